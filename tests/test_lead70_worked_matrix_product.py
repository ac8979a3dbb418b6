r"""A gradient worked as a product of number matrices at the values the notes state is a worked link.

lead70's quadratic form: "With $A = \begin{pmatrix} 1 & 2 \\ 0 & 3 \end{pmatrix}$ and $x = (1, -1)^\top$," then
``\nabla_x f(x) = \begin{pmatrix} 2 & 2 \\ 2 & 6 \end{pmatrix} \begin{pmatrix} 1 \\ -1 \end{pmatrix} = …``. Arithmetic
on numbers (documents.numberpoints.substituted_numbers) was read only in scalars: a matrix environment counted as a
name, so the link was read for every x, at a size of the checker's choosing, and SKIPPED "the left member is 3×1" —
right or with A + Aᵀ worked wrong. A matrix or vector of numbers (transposed or not) times another is arithmetic on
numbers: the link is read at the values stated. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Quadratic form

Let $f(x) = x^\top A x$ with $A \in \mathbb{R}^{n \times n}$; its gradient is $\nabla_x f(x) = (A + A^\top) x$.

**Worked example.** With $A = \begin{pmatrix} 1 & 2 \\ 0 & 3 \end{pmatrix}$ and $x = (1, -1)^\top$,

$$
\nabla_x f(x) = \begin{pmatrix} 2 & 2 \\ 2 & SIX \end{pmatrix} \begin{pmatrix} 1 \\ -1 \end{pmatrix} = RESULT.
$$
"""


def test_the_right_worked_product_is_proved() -> None:
    note = _NOTE.replace("SIX", "6").replace("RESULT", r"\begin{pmatrix} 0 \\ -4 \end{pmatrix}")
    assert verdicts_by_line(note)[8] == ["PROVED", "PROVED"]


def test_a_wrong_entry_of_the_worked_matrix_is_failed() -> None:
    note = _NOTE.replace("SIX", "4").replace("RESULT", r"\begin{pmatrix} 0 \\ -2 \end{pmatrix}")
    assert verdicts_by_line(note)[8] == ["FAILED", "PROVED"]


def test_a_product_of_letters_is_still_read_as_an_identity() -> None:
    # (A + A^T) x with letters: no number substituted, an identity for every x
    worked = r"\begin{pmatrix} 2 & 2 \\ 2 & SIX \end{pmatrix} \begin{pmatrix} 1 \\ -1 \end{pmatrix} = RESULT"
    note = _NOTE.replace(worked, r"(A^\top + A) x")
    assert verdicts_by_line(note)[8] == ["PROVED"], note
