r"""Two readings the notes ask for at once: ∇ over every term after it, and the matrix they call symmetric.

"For a symmetric positive definite $A$, $\nabla_x \frac12 x^\top A x - b^\top x = Ax - b$." — each reading
was tried alone: ∇ applied to the whole objective (its operand not bracketed) still needs A symmetric,
and A symmetric with ∇ on the first term only leaves ``- b^\top x`` a scalar. Neither held alone, so the
correct step was FAILED — a false alarm. The symmetric reading is now tried over the operator reading too;
a wrong right-hand side under both stays FAILED."""

from __future__ import annotations

from support import doc_steps

_NOTE = "For a symmetric positive definite $A$, $\\nabla_x \\frac12 x^\\top A x - b^\\top x = RIGHT$.\n"


def test_the_gradient_of_the_quadratic_objective_is_not_failed() -> None:
    steps = doc_steps(_NOTE.replace("RIGHT", "Ax - b"))
    assert steps[0].verdict.value in ("PROVED", "PASSED"), steps[0].message


def test_a_wrong_gradient_under_both_readings_fails() -> None:
    steps = doc_steps(_NOTE.replace("RIGHT", "2Ax - b"))
    assert steps[0].verdict.value == "FAILED", steps[0].message


def test_without_symmetry_the_one_half_gradient_is_failed() -> None:
    steps = doc_steps(_NOTE.replace("For a symmetric positive definite $A$", "For any square $A$").replace(
        "RIGHT", "Ax - b"))
    assert steps[0].verdict.value == "FAILED", steps[0].message
