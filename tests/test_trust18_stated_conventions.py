r"""A convention the notes state in words rules the other reading out (trust18, red team of the candidates).

The other readings of a failing step (vectors as rows, an implied sum, …) are tried because notes may use
either convention; once the notes state theirs, a green may not come from the other one: "All vectors are
column vectors." then ``x A = (A^T x^T)^T`` (true only for rows) was PROVED, and "We do not use the summation
convention" then ``x_i y_i = x^T y`` was PROVED "read with Einstein summation".
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.vectorconvention import stated_vectors
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


def test_columns_stated_the_row_only_step_is_not_green() -> None:
    (r,) = doc_steps("# V\n\nAll vectors are column vectors. Let $A \\in \\mathbb{R}^{n \\times n}$ and $x \\in "
                     "\\mathbb{R}^n$.\n\n$$x A = (A^T x^T)^T$$\n")
    assert r.verdict not in GREEN, r.message


def test_unstated_the_row_step_keeps_its_reading() -> None:
    (r,) = doc_steps("# V\n\nLet $A \\in \\mathbb{R}^{n \\times n}$ and $x \\in \\mathbb{R}^n$.\n\n"
                     "$$x A = (A^T x^T)^T$$\n")
    assert r.verdict in GREEN, r.message


@pytest.mark.parametrize(("text", "said"), [
    ("All vectors are column vectors.", "columns"),
    ("In these notes vectors are row vectors.", "rows"),
    ("We write vectors as rows throughout.", "rows"),
    ("Vectors are not row vectors here; a sample is a row.", None),
    ("Each sample $x^{(i)}$ is a row vector.", None),
    ("All vectors are column vectors, but gradients by row vectors are rows.", "columns"),
])  # fmt: skip
def test_the_stated_orientation_of_vectors(text: str, said: str | None) -> None:
    assert stated_vectors(text) == said


def test_a_denied_summation_convention_is_no_reading() -> None:
    (r,) = doc_steps("# I\n\nWe do not use the summation convention: a repeated index is not summed unless a sum "
                     "is written.\n\n$$x_i y_i = x^T y$$\n")
    assert r.verdict is Verdict.FAILED, r.message


def test_without_a_word_on_it_the_implied_sum_stays_a_reading() -> None:
    (r,) = doc_steps("# I\n\nSome products.\n\n$$x_i y_i = x^T y$$\n")
    assert r.verdict is not Verdict.FAILED, r.message


def test_row_samples_stated_the_column_outer_product_is_not_green() -> None:
    # "x^{(i)} as row i of X" read each sample as a column, against the notes' "row vector"
    (r,) = doc_steps("# Data\n\nEach sample $x^{(i)} \\in \\mathbb{R}^{1 \\times d}$ is a row vector, and $X \\in "
                     "\\mathbb{R}^{n \\times d}$ stacks them.\n\n$$X^T X = \\sum_{i=1}^n x^{(i)} x^{(i)T}$$\n")
    assert r.verdict not in GREEN, r.message
