r"""A step that fails with ``A^{-1}`` read as the inverse *and* as the entry-wise reciprocal is FAILED (gaps54).

``A^{-1}`` of a square matrix is read as its inverse (documents.squares), a reading the checker chooses: a step
that failed under it was SKIPPED, "the notes may mean the entry-wise operation". That other operation can be
checked too: ``(AB)^{-1} = A^{-1} B^{-1}`` (the factors not swapped) fails under both, so it is wrong whichever
the notes meant. A step that holds entry-wise (``(A \odot B)^{-1} = A^{-1} \odot B^{-1}``) stays SKIPPED, and a
right one is green as before.
"""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Inverses of products

Let $A, B \in \mathbb{R}^{n \times n}$. Then

$$
%s
$$
"""


def _step(formula: str):  # type: ignore[no-untyped-def]
    return doc_steps(NOTES % formula)[-1]


def test_a_step_wrong_under_both_readings_is_failed() -> None:
    step = _step(r"(A B)^{-1} = A^{-1} B^{-1}")
    assert step.verdict.value == "FAILED", step.message
    assert "entry-wise" in step.message


def test_the_right_order_is_green() -> None:
    assert _step(r"(A B)^{-1} = B^{-1} A^{-1}").verdict.value in ("PROVED", "PASSED")


def test_a_step_that_holds_entry_wise_stays_skipped() -> None:
    step = _step(r"(A \odot B)^{-1} = A^{-1} \odot B^{-1}")
    assert step.verdict.value == "SKIPPED", step.message
    assert "entry-wise" in step.message


def test_a_right_step_through_a_logarithm_is_not_failed() -> None:
    # drawn at matrices of either sign of determinant, the logarithm's branch fails it under both readings
    notes = r"""
# The determinant lemma along a line

For an invertible $\mathbf{A} \in \mathbb{R}^{n \times n}$ and vectors $\mathbf{u}, \mathbf{v} \in \mathbb{R}^n$,

$$\log\det\left(\mathbf{A} + t\,\mathbf{u}\mathbf{v}^\top\right) = \log\det\mathbf{A}
+ \log\left(1 + t\,\mathbf{v}^\top \mathbf{A}^{-1}\mathbf{u}\right) .$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value != "FAILED", step.message
