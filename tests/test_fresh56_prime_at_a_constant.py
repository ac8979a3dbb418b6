r"""``h'(K)`` after ``h(x) = \frac{x^n}{K^n + x^n}`` is h' at the point K, not the derivative of h(K) by K (fresh56).

A note on the Hill function says "at the half-saturation point, ``h'(K) = \frac{n}{4K}``". The derivative of
``h(K) = 1/2`` by K is 0, so the right line was FAILED "at K = 1, n = 1: left 0, right 0.25". When the point
is a constant the function's own body writes (K here), the only sense of the prime is the derivative in the
parameter, evaluated there; a point the body does not write reads the same either way. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_HILL = """# Saturation

The occupancy is

$$
h(x) = \\frac{x^2}{K^2 + x^2}
$$

with a constant $K > 0$. At the half-saturation point, $h'(K) = {rhs}$.
"""


@pytest.mark.parametrize(("rhs", "verdicts"), [("\\frac{1}{2K}", {Verdict.PROVED, Verdict.PASSED}),
                                               ("\\frac{1}{K}", {Verdict.FAILED})])  # fmt: skip
def test_the_prime_at_a_constant_of_the_body(rhs: str, verdicts: set[Verdict]) -> None:
    step = doc_steps(_HILL.replace("{rhs}", rhs))[-1]
    assert step.verdict in verdicts, step.message


def test_a_point_the_body_does_not_write_reads_as_before() -> None:
    notes = "# Square\n\nLet $g(u) = u^2$. For any $a$, $g'(a) = 2a$.\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
