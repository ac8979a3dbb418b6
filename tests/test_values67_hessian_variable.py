r"""``\nabla^2 g`` of a function the notes define with one parameter: the Hessian by that parameter.

"$g(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x} + \mathbf{c}^\top\mathbf{x}$ … $\nabla^2 g = \begin{bmatrix} 2 & 2 \\
2 & 6 \end{bmatrix}$" was SKIPPED "the variable of the Hessian is not written" although ``\nabla g`` of the same g is
read as the gradient by its one parameter. The Hessian reads its variable the same way (a function of two
parameters: by both, green72). Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import StepResult

GREEN = ("PROVED", "PASSED")

_SYMBOLIC = r"""
Let $g(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x} + \mathbf{c}^\top\mathbf{x}$ for $\mathbf{x} \in \mathbb{R}^n$ and a
matrix $A \in \mathbb{R}^{n \times n}$.

$$\nabla^2 g = {rhs}$$
"""

_STATED = r"""
Let $A = \begin{bmatrix} 1 & 1 \\ 1 & 3 \end{bmatrix}$ and $\mathbf{c} = (1, 2)^\top$, and
$g(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x} + \mathbf{c}^\top\mathbf{x}$ for $\mathbf{x} \in \mathbb{R}^2$.

$$\nabla^2 g = \begin{bmatrix} 2 & 2 \\ 2 & {corner} \end{bmatrix}$$
"""


def _step(notes: str, **fill: str) -> StepResult:
    for key, value in fill.items():
        notes = notes.replace("{" + key + "}", value)
    (step,) = doc_steps(notes)
    return step


def test_the_hessian_of_a_one_parameter_function_is_by_that_parameter() -> None:
    step = _step(_SYMBOLIC, rhs=r"A + A^\top")
    assert step.verdict.value in GREEN, step.message
    assert "Hessian with respect to x" in step.message


def test_a_wrong_hessian_of_it_fails() -> None:
    assert _step(_SYMBOLIC, rhs="2A").verdict.value == "FAILED"


def test_the_worked_hessian_at_stated_values_is_proved() -> None:
    step = _step(_STATED, corner="6")
    assert step.verdict.value in GREEN, step.message


def test_a_wrong_worked_hessian_is_never_green() -> None:
    step = _step(_STATED, corner="5")
    assert step.verdict.value not in GREEN
    # the Hessian was taken, and differs: 6 at the integer A and c stated, exact, 5 written (FAILED since lead68)
    assert step.verdict.value == "FAILED" and "6" in str(step.counterexample), step.message


def test_a_function_of_two_parameters_is_by_both() -> None:
    # values67 kept the message here; green72 reads \nabla^2 f of f(x, y) as the matrix of second partials by x and
    # y (documents.callgradients), as \nabla f of it was read already: right PROVED, a wrong entry FAILED
    notes = r"""
Let $f(x, y) = x^2 y + y^3$.

$$\nabla^2 f = \begin{bmatrix} 2y & 2x \\ 2x & {corner} \end{bmatrix}$$
"""
    step = _step(notes, corner="6y")
    assert step.verdict.value in GREEN and "second partial derivatives" in step.message, step.message
    assert _step(notes, corner="6x").verdict.value == "FAILED"
