r"""``\nabla f`` of a function the notes define with two or more numbers: the column of its partials.

"Let $f(x, y) = x^2 y + y^3$. The gradient is $\nabla f = (2xy,\; x^2 + 3y^2)$": the gradient of a function of
a few numbers, written without its arguments, is the gradient at the function's own parameters, as
``\nabla f(x, y)`` is (documents.callgradients). It was read only of a function of one parameter, so the
step was SKIPPED "the variable of the gradient is not written", a wrong partial as well as a right one."""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Gradient

Let $f(x, y) = x^2 y + y^3$. The gradient is

$$\nabla f = \begin{pmatrix} 2 x y \\ x^2 + 3 y^2 \end{pmatrix}$$

and its squared norm is

$$\lVert \nabla f \rVert^2 = 4 x^2 y^2 + (x^2 + 3 y^2)^2$$
"""


def test_the_bare_gradient_of_a_function_of_two_numbers_is_checked() -> None:
    verdicts = verdicts_by_line(NOTE)
    assert verdicts.get(5) == ["PROVED"]
    assert verdicts.get(9) == ["PROVED"]


def test_a_wrong_partial_in_the_bare_gradient_fails() -> None:
    assert verdicts_by_line(NOTE.replace("x^2 + 3 y^2", "x^2 + 3 y")).get(5) == ["FAILED"]
    assert verdicts_by_line(NOTE.replace("4 x^2 y^2 +", "2 x^2 y^2 +")).get(9) == ["FAILED"]


def test_a_function_of_a_vector_keeps_its_reading() -> None:
    # one parameter: the gradient by it, as before (no column of partials by letters)
    text = "# G\n\nLet $g(w) = w^\\top w$. Then\n\n$$\\nabla g = 2 w$$\n"
    assert verdicts_by_line(text).get(5) == ["PROVED"]
