r"""``I`` inside a determinant is the identity, as it is everywhere else (fresh49).

``\det(J - \lambda I) = \lambda^2 + \gamma\lambda + \frac14`` after a 2×2 Jacobian ``J`` written out (the
Dirac-GAN analysis of the R1 penalty) was SKIPPED "terms of shapes 2×2, 3×2 cannot be combined": inside ``\det``
every capital the notes leave undeclared was made a matrix of its own shape, ``I`` included, while ``I``
alone is the identity, sized by the matrices beside it. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# A Jacobian

At the equilibrium the Jacobian is

$$
J = \begin{pmatrix} 0 & -\frac12 \\ \frac12 & -\gamma \end{pmatrix}
$$

and its characteristic polynomial is

$$
\det(J - \lambda I) = \lambda^2 + \gamma\lambda + \frac14 .
$$
"""


def test_the_characteristic_polynomial_is_checked() -> None:
    assert verdicts_by_line(_NOTE)[12][0] in ("PROVED", "PASSED")


def test_a_sign_slip_in_it_fails() -> None:
    assert verdicts_by_line(_NOTE.replace(r"\gamma\lambda + \frac14", r"\gamma\lambda - \frac14"))[12] == ["FAILED"]


def test_a_capital_inside_det_is_still_a_matrix() -> None:
    # det(AB) = det(A) det(B) for undeclared A, B: matrices, not numbers (not green on a scalar reading)
    text = "# d\n\n$$\n\\det(A + B) = \\det(A) + \\det(B)\n$$\n"
    assert verdicts_by_line(text)[4][0] in ("FAILED", "SKIPPED")
