r"""A vector of size n written out entry by entry in a 2×2 example is notation, not a shape mismatch.

A handout states ``x\in\mathbb{R}^n`` and then works a 2×2 case: ``A = \begin{pmatrix} 1 & 2 \\ 0 & 3
\end{pmatrix}, \qquad x = \begin{pmatrix} x_1 \\ x_2 \end{pmatrix}``. The second link was FAILED "shape mismatch:
the left member is 3×1, the right member is 2×1 (at n=3)" — a false alarm: the notes list x's own entries, in
order, which says only that n = 2 in this example (``documents.ownentrylist``). Listing them out of order, or
another letter's entries, or a vector whose size is a written number, keeps its verdict."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.ownentrylist import listed_entries
from verifier.results import Verdict

HANDOUT = r"""For a square matrix $A\in\mathbb{R}^{n\times n}$ and $x\in\mathbb{R}^n$ the quadratic form is $x^T A x$.
Take the example

$$
x = RIGHT .
$$
"""


def _verdicts(right: str, notes: str = HANDOUT) -> list[Verdict]:
    return [s.verdict for s in doc_steps(notes.replace("RIGHT", right))]


def test_a_list_of_the_names_own_entries_is_recognised() -> None:
    assert listed_entries("x", r"\begin{pmatrix} x_1 \\ x_2 \end{pmatrix}") == ("x", 2)
    assert listed_entries(r"\mathbf{x}", r"\begin{bmatrix} x_{1} \\ x_{2} \\ x_{3} \end{bmatrix}") == ("x", 3)
    assert listed_entries("x", r"\begin{pmatrix} x_1 & x_2 \end{pmatrix}^T") == ("x", 2)
    assert listed_entries("x", r"\begin{pmatrix} x_2 \\ x_1 \end{pmatrix}") is None  # out of order
    assert listed_entries("x", r"\begin{pmatrix} y_1 \\ y_2 \end{pmatrix}") is None  # another letter
    assert listed_entries("x", r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}") is None  # numbers: a value


def test_the_entries_of_an_n_vector_written_out_are_no_alarm() -> None:
    verdicts = _verdicts(r"\begin{pmatrix} x_1 \\ x_2 \end{pmatrix}")
    assert verdicts and Verdict.FAILED not in verdicts, verdicts


def test_the_entries_out_of_order_are_still_failed() -> None:
    assert Verdict.FAILED in _verdicts(r"\begin{pmatrix} x_2 \\ x_1 \end{pmatrix}")


def test_a_written_size_keeps_the_mismatch() -> None:
    notes = HANDOUT.replace(r"x\in\mathbb{R}^n", r"x\in\mathbb{R}^3")
    assert Verdict.FAILED in _verdicts(r"\begin{pmatrix} x_1 \\ x_2 \end{pmatrix}", notes)
