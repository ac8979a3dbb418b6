r"""Two matrices of annotated shapes that no transpose makes agree are the notes' mistake (gaps56).

``\frac{\partial}{\partial z}\big(A^\top(Az - c)\big) = A A^\top`` with ``A \in \mathbb{R}^{p \times q}`` and
``z \in \mathbb{R}^q`` annotated: the left member is q×q, the right p×p. A derivative layout only transposes a
member, so none makes a q×q member equal a p×p one; with every shape written by the notes the step was still
SKIPPED "the shapes inferred … do not fit" (only two vectors of different lengths were read so, trust14). The
right step is PROVED; a scalar beside a matrix (``\nabla^2 \frac{\lambda}{2}\|w\|^2 = \lambda`` for λI) and two
members that are each other's transpose stay with the doubts.
"""

from __future__ import annotations

from support import doc_steps

PROSE = (r"Let $A \in \mathbb{R}^{p \times q}$, $z \in \mathbb{R}^q$ and $c \in \mathbb{R}^p$. The Jacobian of the "
         r"normal-equation residual in $z$ is")


def _step(latex: str, prose: str = PROSE) -> object:
    steps = doc_steps(f"{prose}\n\n$$\n{latex}\n$$\n")
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0]


def test_the_right_jacobian_is_proved() -> None:
    step = _step(r"\frac{\partial}{\partial z}\left(A^\top(Az - c)\right) = A^\top A")
    assert step.verdict.value in ("PROVED", "PASSED"), step.message


def test_square_members_of_other_sizes_are_failed() -> None:
    step = _step(r"\frac{\partial}{\partial z}\left(A^\top(Az - c)\right) = A A^\top")
    assert step.verdict.value == "FAILED", step.message


def test_a_transposed_member_stays_a_layout_question() -> None:
    prose = (r"Let $A \in \mathbb{R}^{p \times q}$, $z \in \mathbb{R}^q$ and $c \in \mathbb{R}^p$. The Jacobian "
             r"of the residual is")
    step = _step(r"\frac{\partial}{\partial z}\left(Az - c\right) = A^\top", prose)
    assert step.verdict.value != "FAILED", step.message


def test_a_scalar_beside_a_matrix_is_not_failed() -> None:
    prose = r"Let $w \in \mathbb{R}^d$. The Hessian of the penalty is"
    step = _step(r"\nabla^2_w \frac{\lambda}{2}\|w\|^2 = \lambda", prose)
    assert step.verdict.value != "FAILED", step.message
