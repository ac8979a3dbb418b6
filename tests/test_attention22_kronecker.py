r"""``\operatorname{vec}`` and the Kronecker product ``\otimes``: read, so their identities are checked.

vec stacks the columns of a matrix; some notes stack the rows, under which ``vec(AXB) = (A \otimes B^T)vec(X)``
holds instead of ``(B^T \otimes A)vec(X)``. A step is FAILED only where it fails under both stackings or where the
notes say which they stack. Capitals written as operands of ``\otimes`` are matrices. Every example is written
here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.kronecker import stacked, stacking_said
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
VEC = "$$\\operatorname{vec}(AXB) = RHS\\operatorname{vec}(X)$$\n"


def _one(text: str) -> Verdict:
    steps = doc_steps(text)
    assert len(steps) == 1, steps
    return steps[0].verdict


def test_vec_stacks_columns_or_rows() -> None:
    m = sp.ImmutableMatrix([[1, 2], [3, 4]])
    assert list(stacked(m)) == [1, 3, 2, 4]
    assert list(stacked(m, rows=True)) == [1, 2, 3, 4]


def test_which_stacking_the_notes_say() -> None:
    assert stacking_said("vec stacks the columns of a matrix") == "columns"
    assert stacking_said("in column-major order") == "columns"
    assert stacking_said("the rows are stacked") == "rows"
    assert stacking_said("nothing about it") is None


def test_the_vec_of_a_triple_product_is_checked() -> None:
    assert _one("# Vec\n\n" + VEC.replace("RHS", "(B^T \\otimes A)")) in GREEN


def test_a_kronecker_factor_left_untransposed_is_failed() -> None:
    assert _one("# Vec\n\n" + VEC.replace("RHS", "(B \\otimes A^T)")) is Verdict.FAILED


def test_the_row_stacking_identity_unsaid_is_skipped_not_failed() -> None:
    steps = doc_steps("# Vec\n\n" + VEC.replace("RHS", "(A \\otimes B^T)"))
    assert steps[0].verdict is Verdict.SKIPPED, steps[0].message
    assert "stacking the rows" in steps[0].message


def test_the_row_stacking_identity_with_columns_said_is_failed() -> None:
    text = "# Vec\n\nHere vec stacks the columns of a matrix.\n\n" + VEC.replace("RHS", "(A \\otimes B^T)")
    assert _one(text) is Verdict.FAILED


def test_the_row_stacking_identity_with_rows_said_is_green() -> None:
    text = "# Vec\n\nHere vec stacks the rows of a matrix.\n\n" + VEC.replace("RHS", "(A \\otimes B^T)")
    assert _one(text) in GREEN


def test_the_mixed_product_rule_is_checked() -> None:
    # C is a scalar-looking capital (a cost elsewhere): as an operand of ⊗ it is a matrix
    assert _one("# Kron\n\n$$(A \\otimes B)(C \\otimes D) = AC \\otimes BD$$\n") in GREEN


def test_the_transpose_of_a_kronecker_product() -> None:
    assert _one("# Kron\n\n$$(A \\otimes B)^T = A^T \\otimes B^T$$\n") in GREEN
    assert _one("# Kron\n\n$$(A \\otimes B)^T = B^T \\otimes A^T$$\n") is Verdict.FAILED
