r"""Prose that puts the samples in the columns of X, in words the columns reading does not parse
("…the columns of $X$, not its rows", "$X$ is the $d \times n$ matrix whose columns are the
$\mathbf{x}_i$", "…with the samples $\mathbf{x}_i$ as its columns"), still rules out reading
them as the rows of X: the wrong $\sum_i \mathbf{x}_i\mathbf{x}_i^T = X^T X$ was PROVED "with the
data matrix (x^{(i)} as row i of X)". Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

WRONG = r"$$\sum_i \mathbf{x}_i \mathbf{x}_i^T = X^T X$$"


@pytest.mark.parametrize(
    "prose",
    [
        r"The samples $\mathbf{x}_i$ are the columns of $X$, not its rows.",
        r"Let $X$ be the $d \times n$ matrix whose columns are the samples $\mathbf{x}_i$.",
        r"Let $X$ be the data matrix with the samples $\mathbf{x}_i$ as its columns.",
        r"We store the samples $\mathbf{x}_i$ as the columns of $X$, unlike libraries that store them as rows.",
    ],
)
def test_samples_said_to_be_columns_never_prove_the_row_formula(prose: str) -> None:
    *_, step = doc_steps(prose + "\n\n" + WRONG + "\n")
    assert step.verdict.value not in {"PROVED", "PASSED"}, step.message


def test_columns_that_are_features_still_leave_the_rows_to_the_samples() -> None:
    *_, step = doc_steps(r"""
    The columns of $X$ are the features; the rows of $X$ are the samples $\mathbf{x}_i^T$.

    $$\sum_i \mathbf{x}_i \mathbf{x}_i^T = X^T X$$
    """)
    assert step.verdict.value == "PROVED", step.message
