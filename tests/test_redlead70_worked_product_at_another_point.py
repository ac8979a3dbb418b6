r"""A product of number matrices worked at a point the notes do not state for the chain's names is another point's
value, not a slip at the stated ones (documents.numberpoints.substituted_numbers).

"Let $f(x) = x^\top A x$ with $A = …$ … At $x = (1, -1)^\top$ the gradient is $(0, -4)^\top$. At the point $(2,
1)^\top$ instead, $$\nabla f(x) = \begin{pmatrix} 2 & 2 \\ 2 & 6 \end{pmatrix} \begin{pmatrix} 2 \\ 1 \end{pmatrix} =
\begin{pmatrix} 6 \\ 10 \end{pmatrix}.$$": lead70 read every product of number matrices as arithmetic on the stated
values, so the right first link was read at x = (1, -1) and called FAILED (the base SKIPPED it). A vector of numbers the
product writes that is no stated vector's value is the point it is worked at: the link is not read at the stated values
then. The product worked at the stated x keeps lead70's reading (its wrong entry FAILED). Every example is written
here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Quadratic form

Let $f(x) = x^\top A x$ with $A = \begin{pmatrix} 1 & 2 \\ 0 & 3 \end{pmatrix}$, so $\nabla f(x) = (A + A^\top) x$.
At $x = (1, -1)^\top$ the gradient is $(0, -4)^\top$. At the point POINT instead,

$$
\nabla f(x) = \begin{pmatrix} 2 & 2 \\ 2 & SIX \end{pmatrix} VECTOR = RESULT .
$$
"""


_AT_21 = r"\begin{pmatrix} 2 \\ 1 \end{pmatrix}"


def _note(six: str, point: str, vector: str, result: str) -> str:
    return _NOTE.replace("SIX", six).replace("POINT", point).replace("VECTOR", vector).replace("RESULT", result)


def test_a_product_worked_at_another_point_is_not_failed() -> None:
    note = _note("6", r"$(2, 1)^\top$", _AT_21, r"\begin{pmatrix} 6 \\ 10 \end{pmatrix}")
    verdicts = verdicts_by_line(note)[7]
    assert "FAILED" not in verdicts, verdicts


def test_its_wrong_result_is_still_not_green() -> None:
    note = _note("6", r"$(2, 1)^\top$", _AT_21, r"\begin{pmatrix} 6 \\ 8 \end{pmatrix}")
    assert verdicts_by_line(note)[7][-1] == "FAILED"


def test_a_wrong_entry_at_the_stated_point_is_still_failed() -> None:
    note = _note("4", r"$x$", r"\begin{pmatrix} 1 \\ -1 \end{pmatrix}", r"\begin{pmatrix} 0 \\ -2 \end{pmatrix}")
    assert verdicts_by_line(note)[7] == ["FAILED", "PROVED"]
