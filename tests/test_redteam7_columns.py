r"""Which sentences make the samples the columns of X (redteam7).

"Here $\mathbf{x}_i$ is the $i$-th column of $X$" was not read (only "columns of $X$" was), so the
data-matrix reading took the samples as rows and the wrong ``\sum_i \mathbf{x}_i\mathbf{x}_i^T = X^T X``
was PROVED; and "the columns of $X$ are the features", said beside "the rows of $X$ are the samples",
made the samples columns, so the wrong ``X X^T`` was PROVED and the correct ``X^T X`` SKIPPED. Every
example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Data

{prose}

$$\sum_i \mathbf{{x}}_i \mathbf{{x}}_i^T = {rhs}$$
"""

_COLUMNS = [
    r"Here $\mathbf{x}_i$ is the $i$-th column of $X$.",
    r"The $i$-th column of $X$ is the sample $\mathbf{x}_i$.",
    r"We stack the samples $\mathbf{x}_i$ as the columns of $X$.",
]
_ROWS = [
    r"The rows of $X$ are the samples $\mathbf{x}_i^T$; the columns of $X$ are the features.",
    r"The rows of $X$ are the samples $\mathbf{x}_i^T$. The columns of $X$ hold the features.",
]


@pytest.mark.parametrize("prose", _COLUMNS)
def test_samples_stated_as_columns(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X^T X"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X X^T"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.parametrize("prose", _ROWS)
def test_columns_that_are_features_leave_the_samples_rows(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X X^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X^T X"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_rows_denied_make_no_row_reading() -> None:
    prose = r"The rows of $X$ are not the samples $\mathbf{x}_i$: the samples are its columns."
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X^T X"), "notes.md")
    assert step.verdict not in _GREEN, step.message


def test_a_sentence_that_says_rows_and_columns_is_no_column_statement() -> None:
    prose = r"The columns of $X$ are the features $x_1, \dots, x_d$, and the samples $\mathbf{x}_i^T$ are its rows."
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X X^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="X^T X"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
