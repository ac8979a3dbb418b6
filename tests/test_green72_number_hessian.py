r"""The Hessian of a function of two numbers written out as a number matrix is a claim about it (green72).

red71's ``g02``: "Let $f(x, y) = x^2 + x y + y^2$. The Hessian is $H = \begin{pmatrix} 2 & 1 \\ 1 & 2
\end{pmatrix}$" was learned as the definition of H and never checked, so a planted entry (``3`` for the last 2) was
GREEN with nothing to check. Two readings were missing: ``\nabla^2 f(x, y)`` of a function the notes define with
two or more parameters (SKIPPED "the variable of the Hessian is not written"; documents.callgradients now reads it
as the matrix of second partials by the parameters, at the arguments written), and the prose's Hessian named by a
letter for such a function (documents.derivednames read only functions of one argument). Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

_EXPLICIT = r"""# A quadratic in two variables

Let $f(x, y) = x^2 + x y + y^2$.

Its second derivatives give $\nabla^2 f(x, y) = \begin{pmatrix} 2 & 1 \\ 1 & CORNER \end{pmatrix}$.
"""

_NAMED = r"""# A quadratic in two variables

Let $f(x, y) = x^2 + x y + y^2$.

The Hessian is $H = \begin{pmatrix} 2 & 1 \\ 1 & CORNER \end{pmatrix}$, which is positive definite.
"""


def test_the_hessian_of_a_called_two_argument_function_is_checked() -> None:
    assert verdicts_by_line(_EXPLICIT.replace("CORNER", "2"))[5] == ["PROVED"]
    assert verdicts_by_line(_EXPLICIT.replace("CORNER", "3"))[5] == ["FAILED"]


def test_the_hessian_at_a_point_is_the_second_partials_there() -> None:
    note = (_EXPLICIT.replace("x^2 + x y + y^2", "x^3 + x y^2").replace("\\nabla^2 f(x, y)", "\\nabla^2 f(1, 2)")
            .replace("\\begin{pmatrix} 2 & 1 \\\\ 1 & CORNER \\end{pmatrix}",
                     "\\begin{pmatrix} 6 & 4 \\\\ 4 & CORNER \\end{pmatrix}"))
    assert verdicts_by_line(note.replace("CORNER", "2"))[5] == ["PROVED"]
    assert verdicts_by_line(note.replace("CORNER", "4"))[5] == ["FAILED"]


def test_a_hessian_the_prose_names_by_its_letter_is_a_claim_about_f() -> None:
    assert verdicts_by_line(_NAMED.replace("CORNER", "2"))[5] == ["PROVED"]
    assert verdicts_by_line(_NAMED.replace("CORNER", "3"))[5] not in (["PROVED"], ["PASSED"])
    assert 5 in verdicts_by_line(_NAMED.replace("CORNER", "3"))


def test_a_matrix_the_prose_does_not_call_the_hessian_stays_a_definition() -> None:
    note = _NAMED.replace("The Hessian is $H =", "Let $A =")
    assert 5 not in verdicts_by_line(note.replace("CORNER", "3"))


def test_a_gradient_of_a_one_parameter_function_keeps_its_reading() -> None:
    note = r"""# A cubic

Let $g(t) = t^3$.

Then $\nabla^2 g(t) = 6t$ and $\nabla^2 g(t) = 5t$.
"""
    assert verdicts_by_line(note)[5] == ["PROVED", "FAILED"]
