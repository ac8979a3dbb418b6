r"""``\nabla f(x, y)`` and ``\nabla f(1, 0)``: the gradient of a function the notes define, at its arguments.

"Let $f(x, y) = x^2 y + \sin(xy)$. Then $\nabla f(x, y) = \begin{pmatrix} … \end{pmatrix}$ … $\nabla f(1, 0) =
(0, 2)^\top$" — a calculus course's first gradient. The gradient was read only as ``\nabla_x f`` or of a
function of one parameter written bare, so every such step was SKIPPED "the variable of the gradient is not
written". The gradient of a function the notes define with scalar parameters is the column of its partials
in the order of the parameters, at the point written (documents.callgradients)."""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTE = r"""
Let $f(x, y) = x^2 y + \sin(xy)$. Then $\nabla f(x, y) = \begin{pmatrix} GRAD \end{pmatrix}$.

At the point, $\nabla f(1, 0) = (POINT)^\top$.
"""

_RIGHT = r"2xy + y\cos(xy) \\ x^2 + x\cos(xy)"


def test_the_gradient_of_a_two_parameter_function_is_checked() -> None:
    steps = doc_steps(_NOTE.replace("GRAD", _RIGHT).replace("POINT", "0, 2"))
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


@pytest.mark.parametrize(
    ("grad", "point", "wrong"),
    [
        (r"x^2 + x\cos(xy) \\ 2xy + y\cos(xy)", "0, 2", 0),  # the partials swapped
        (_RIGHT, "2, 0", 1),  # the point's partials swapped
        (r"2xy + \cos(xy) \\ x^2 + x\cos(xy)", "0, 2", 0),  # a chain-rule factor lost
        (_RIGHT, "0, 1", 1),  # a term lost at the point
    ],
)
def test_a_wrong_gradient_fails(grad: str, point: str, wrong: int) -> None:
    steps = doc_steps(_NOTE.replace("GRAD", grad).replace("POINT", point))
    assert steps[wrong].verdict.value == "FAILED", [s.message for s in steps]
    assert steps[1 - wrong].verdict.value == "PROVED", [s.message for s in steps]


def test_the_gradient_of_a_one_parameter_function_at_a_number() -> None:
    steps = doc_steps(r"Let $f(x) = x^3 - 2x$. Then $\nabla f(2) = 10$ and $\nabla f(1) = 2$." + "\n")
    assert [s.verdict.value for s in steps] == ["PROVED", "FAILED"], [s.message for s in steps]
