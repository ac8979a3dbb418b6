r"""A line that writes a derivative keeps its primes as derivatives (documents.primenames): fresh8 looked
for ``\frac{d`` on the same text line only, so ``\dfrac{d}{dt}``, ``\tfrac{d}{dt}``, ``\frac{\mathrm d}{…}``
and a display whose derivative is on the row above read ``x'`` as a second quantity, and a dropped
chain-rule factor (``\frac{d}{dt} x^2 = x x'``), FAILED before, came out SKIPPED. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.primenames import quantity_primes


@pytest.mark.parametrize(
    "text",
    [
        "$$\\dfrac{d}{dt} x^2 = 2 x x'$$",
        "$$\\tfrac{d}{dt} x^2 = 2 x x'$$",
        "$$\\frac{\\mathrm d}{\\mathrm d t} x^3 = 3 x^2 x'$$",
        "$$\\begin{aligned}\n\\frac{d}{dt} x^2\n&= 2 x x'\n\\end{aligned}$$",
        "$$\n\\frac{d}{dt} x^2\n= 2 x x'\n$$",
    ],
)
def test_a_derivative_written_in_the_formula_keeps_the_prime(text: str) -> None:
    assert quantity_primes(text) == frozenset()


def test_a_second_quantity_in_a_display_over_lines_is_still_found() -> None:
    assert quantity_primes("$$\\begin{aligned}\nu &= x'^2\n&- x^2\n\\end{aligned}$$") == frozenset({"x"})


_CHAIN = r"""
Let $x$ depend on $t$.

$$\begin{aligned}
\frac{d}{dt} x^2
&= {rhs}
\end{aligned}$$
"""


def test_a_dropped_chain_rule_factor_over_two_rows_fails() -> None:
    assert doc_steps(_CHAIN.replace("{rhs}", "x x'"))[-1].verdict.value == "FAILED"


def test_the_chain_rule_over_two_rows_is_green() -> None:
    assert doc_steps(_CHAIN.replace("{rhs}", "2 x x'"))[-1].verdict.value in ("PROVED", "PASSED")


def test_a_dropped_factor_after_dfrac_fails() -> None:
    (step,) = doc_steps("Let $x$ depend on $t$.\n\n$$\\dfrac{d}{dt} x^2 = x x'$$\n")
    assert step.verdict.value == "FAILED"


def test_a_document_environment_is_not_one_formula() -> None:
    text = "\\begin{document}\n$x' - x$ is the step.\n\n$\\frac{d}{dt} y$\n\\end{document}\n"
    assert quantity_primes(text) == frozenset({"x"})
