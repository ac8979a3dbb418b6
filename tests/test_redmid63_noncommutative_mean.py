r"""A wrong multiple of a defined mean is FAILED, not an internal ERROR (redmid63, older than stop 63).

"the mean is $\bar x = \frac{1}{n}\sum_{i=1}^n x_i$" then ``\sum_{i=1}^n x_i = (n-1)\bar x``: the closed form of the
difference (verifier.closedsums, asked for the sizes to check a step that uses n as a value) ran SymPy's simplify on
a tree with a non-commuting factor, which raised ``PolynomialError: non-commutative expressions are not supported``;
nothing caught it, and the chain was an ERROR (the right ``n\bar x`` was PROVED). A difference with no closed form
is no answer: the step is checked at concrete sizes instead. The note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = """# The sum of the data

For data $x_1, \\dots, x_n$, the mean is $\\bar x = \\frac{1}{n}\\sum_{i=1}^n x_i$.

$$\\sum_{i=1}^n x_i = FACTOR\\bar x$$
"""


@pytest.mark.parametrize("factor", ["(n-1)", "(n+1)", "2n"])
def test_a_wrong_multiple_of_the_mean_is_failed(factor: str) -> None:
    assert verdicts_by_line(_NOTES.replace("FACTOR", factor))[5] == ["FAILED"]


def test_the_right_multiple_is_proved() -> None:
    assert verdicts_by_line(_NOTES.replace("FACTOR", "n"))[5] == ["PROVED"]


def test_a_polynomial_planted_beside_the_mean_is_caught() -> None:
    # the planted term's degree in n still gives the sizes past its roots (everysize._past_degree, sound40)
    text = _NOTES.replace("FACTOR\\bar x", "n\\bar x + (n-2)(n-3)(n-4)(n-5)\\bar x")
    assert verdicts_by_line(text)[5] == ["FAILED"]
