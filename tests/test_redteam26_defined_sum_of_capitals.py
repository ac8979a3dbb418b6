r"""A defined name whose body is a sum of capitals read as numbers (redteam26, found and left; closed by me31).

"Let $C = A + B$ for any matrix $B$." and ``\nabla_x x^T C x = 2Cx``: C is a definition, not a guessed
capital, and its body ``A + B`` is a sum, not a product, so weights.doubt_scalar_capitals found no capital
that multiplies a name; B stayed a real scalar and the wrong gradient was PROVED. A defined name that
multiplies a name now brings the capitals of its body (a sum of them) into the doubt."""

from __future__ import annotations

from support import doc_steps

NOTES = "# A\n\nLet $A$ be symmetric. Let $C = A + B$ for any matrix $B$.\n$$\\nabla_x x^T C x = RHS$$\n"


def test_a_defined_sum_of_capitals_is_not_green() -> None:
    r = doc_steps(NOTES.replace("RHS", "2 C x"))[-1]
    assert not r.verdict.ok, r.message


def test_the_right_gradient_through_it_stays_green() -> None:
    r = doc_steps(NOTES.replace("RHS", "(C + C^T) x"))[-1]
    assert r.verdict.ok, r.message
