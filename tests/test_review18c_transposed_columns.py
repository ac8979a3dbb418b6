r"""A column of a transposed matrix is a row of the matrix (review18c).

``samples.column_letters`` read "$\mathbf{x}_i$ is the $i$-th column of $X^T$" as the samples being
the columns of X, so the wrong ``\sum_i \mathbf{x}_i\mathbf{x}_i^T = X X^T`` was PROVED (the columns of
X^T are the rows of X: the sum is X^T X). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.samples import column_letters
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Least squares

{prose}

$$\sum_i \mathbf{{x}}_i\mathbf{{x}}_i^T = {rhs}$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        r"Each $\mathbf{x}_i$ is the $i$-th column of $X^T$.",
        r"The columns of $X^\top$ are the samples $\mathbf{x}_i$.",
    ],
)
def test_a_column_of_the_transpose_is_no_column(prose: str) -> None:
    assert column_letters(prose) == set()
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X X^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message


def test_a_column_of_the_matrix_still_is() -> None:
    prose = r"Each $\mathbf{x}_i$ is the $i$-th column of $X$."
    assert column_letters(prose) == {"X"}
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X X^T"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
