r"""A symmetry stated as the condition of a formula in its own sentence ("for symmetric $A$ this is $2A\mathbf{x}$.")
is not a hypothesis of the next sentence's step (documents.symmetricprose.of_its_own_formula).

fresh64's Mathpix quadratic form: after "… $(A + A^\top)\mathbf{x}$, and for symmetric $A$ this is $2A\mathbf{x}$.
The Hessian is", the wrong Hessian ``\nabla^2 f = 2A`` was PROVED "read with A symmetric, as the notes say" — the
one GREEN of the probe collection that makes a step. The condition governs the formula its sentence goes on to; a
reader may still carry it on, so the step is no FAILED either: SKIPPED, saying so. A symmetry the notes state as a
fact ("Let $A$ be symmetric.") or in the step's own sentence still holds for it. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Quadratic form

Let $f(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x}$ with $A \in \mathbb{R}^{n \times n}$. Its gradient is
$$\nabla_{\mathbf{x}} f(\mathbf{x}) = (A + A^\top)\mathbf{x}$$
and for symmetric $A$ this is $2A\mathbf{x}$. The Hessian is
$$\nabla^2_{\mathbf{x}} f(\mathbf{x}) = HESSIAN$$
"""


def test_a_wrong_hessian_after_a_condition_of_another_formula_is_not_green() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("HESSIAN", "2A"))
    assert verdicts[6] == ["SKIPPED"], verdicts


def test_the_right_hessian_is_still_proved() -> None:
    assert verdicts_by_line(_NOTE.replace("HESSIAN", "A + A^\\top"))[6] == ["PROVED"]


def test_a_symmetry_stated_as_a_fact_still_holds_for_the_next_step() -> None:
    note = _NOTE.replace("and for symmetric $A$ this is $2A\\mathbf{x}$. The Hessian is",
                         "where $A$ is symmetric. The Hessian is").replace("HESSIAN", "2A")
    assert verdicts_by_line(note)[6] == ["PROVED"], note
