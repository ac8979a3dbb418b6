r"""A Gamma function or binomial coefficient of a huge integer is refused when read, as a factorial is (redteam38).

``\Gamma(10^{7}) = 1`` in a note made reading the whole document a TIMEOUT (no step checked): SymPy evaluates Γ of
an integer at once as a factorial of millions of digits, and ``\binom{10^6}{500000}`` likewise (built from Γ).
``1000000!`` was already refused ("would have more than 4000 digits", redteam26); Γ, B and the binomial now are
too, so the member is SKIPPED and the next step is checked. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import LatexError, parse_latex


@pytest.mark.parametrize(
    "latex",
    [r"\Gamma(10^{5})", r"\binom{10^{5}}{50000}", r"\mathrm{B}(10^{5}, 3)", r"\Gamma(10^{5} + \frac{1}{2})"],
)
def test_a_huge_integer_argument_is_refused(latex: str) -> None:
    with pytest.raises(LatexError, match="digits"):
        parse_latex(latex)


@pytest.mark.parametrize(
    ("latex", "value"),
    [(r"\Gamma(5)", 24), (r"\binom{10}{3}", 120), (r"\binom{10^{5}}{2}", 4999950000), (r"\mathrm{B}(2, 3)", "1/12")],
)
def test_small_arguments_keep_their_value(latex: str, value: object) -> None:
    import sympy as sp

    assert parse_latex(latex) == sp.Rational(value)


def test_the_next_step_is_still_checked() -> None:
    steps = doc_steps(r"""
        $$\Gamma(10^{7}) = 1$$

        $$\frac{d}{dx} x^2 = 3x$$
        """)
    assert [s.verdict.value for s in steps] == ["SKIPPED", "FAILED"]
