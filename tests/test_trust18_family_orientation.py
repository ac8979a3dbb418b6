r"""A family's orientation is fixed once per document, never chosen step by step (trust18).

With columns ``a_j \in \mathbb{R}^m`` of A and entries ``a_{ij}`` written in the same notes, both ``a_j^T y
= \sum_i a_{ij} y_i`` and ``a_j^T y = \sum_i a_{ji} y_i`` were PROVED: each step read a_j as a column of a
(the first) or as a row, a sample (the second), whichever its own subscripts fitted. The orientation the
notes state (or, where they state none, the first step that decides it) now holds for every step: a step
that holds only under the other one is FAILED where the notes fixed it, SKIPPED naming the ambiguity where
they did not.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_RIGHT = r"a_j^T y = \sum_i a_{ij} y_i"
_WRONG = r"a_j^T y = \sum_i a_{ji} y_i"

_COLUMNS = """# Columns

Let $A \\in \\mathbb{R}^{m \\times n}$ with columns $a_j \\in \\mathbb{R}^m$ and entries $a_{ij}$, and $y \\in
\\mathbb{R}^m$.

"""

_UNSAID = """# Products

Some sums.

"""

GREEN = (Verdict.PROVED, Verdict.PASSED)


def _doc(head: str, *steps: str) -> str:
    return head + "\n\n".join(f"$${s}$$" for s in steps) + "\n"


def test_both_orientations_in_one_document_are_never_both_green() -> None:
    right, wrong = doc_steps(_doc(_COLUMNS, _RIGHT, _WRONG))
    assert right.verdict in GREEN, right.message
    assert wrong.verdict is Verdict.FAILED, wrong.message


def test_the_wrong_step_alone_after_the_columns_annotation_is_failed() -> None:
    (wrong,) = doc_steps(_doc(_COLUMNS, _WRONG))
    assert wrong.verdict is Verdict.FAILED, wrong.message


def test_the_right_step_alone_after_the_columns_annotation_is_green() -> None:
    (right,) = doc_steps(_doc(_COLUMNS, _RIGHT))
    assert right.verdict in GREEN, right.message


def test_rows_stated_make_the_row_step_right() -> None:
    head = ("# Rows\n\nLet $A \\in \\mathbb{R}^{m \\times n}$ with rows $a_i^T$, $a_i \\in \\mathbb{R}^n$, "
            "entries $a_{ij}$ and $x \\in \\mathbb{R}^n$.\n\n")
    right, wrong = doc_steps(_doc(head, r"a_i^T x = \sum_j a_{ij} x_j", r"a_i^T x = \sum_j a_{ji} x_j"))
    assert right.verdict in GREEN, right.message
    assert wrong.verdict is Verdict.FAILED, wrong.message


@pytest.mark.parametrize("order", [(_RIGHT, _WRONG), (_WRONG, _RIGHT)])
def test_unsaid_orientation_the_first_step_decides_and_the_other_is_skipped(order: tuple[str, str]) -> None:
    first, second = doc_steps(_doc(_UNSAID, *order))
    assert first.verdict in GREEN, first.message
    assert second.verdict is Verdict.SKIPPED, second.message
    assert "orientation" in second.message and "a_j" in second.message, second.message


def test_unsaid_orientation_a_step_wrong_under_both_stays_failed() -> None:
    first, second = doc_steps(_doc(_UNSAID, _RIGHT, r"a_j^T y = \sum_i a_{ij} y_j"))
    assert first.verdict in GREEN, first.message
    assert second.verdict is Verdict.FAILED, second.message


def test_one_orientation_throughout_keeps_every_step_green() -> None:
    steps = doc_steps(_doc(_UNSAID, _RIGHT, r"\sum_j a_j x_j = \sum_j x_j a_j",
                           r"a_k^T z = \sum_l a_{lk} z_l"))
    assert all(s.verdict in GREEN for s in steps), [s.message for s in steps]
