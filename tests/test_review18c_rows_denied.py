r"""Rows of X said to be not something else are still the samples (review18c).

``samples.rows_denied`` took any negation in a clause about the rows of X ("The rows of $X$ are not
normalised; they are the samples $\mathbf{x}_i$") as denying that the rows are the samples, so the
correct ``\sum_i \mathbf{x}_i\mathbf{x}_i^T = X^T X`` was no longer checked. A denial needs the
samples (observations, examples, data points) in its clause. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.samples import rows_denied
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Least squares

The rows of $X$ are not normalised; they are the samples $\mathbf{{x}}_i$.

$$\sum_i \mathbf{{x}}_i\mathbf{{x}}_i^T = {rhs}$$
"""


def test_rows_not_normalised_are_still_the_samples() -> None:
    assert rows_denied(r"The rows of $X$ are not normalised; they are the samples $\mathbf{x}_i$.") == set()
    (step,) = doc_steps(_NOTES.format(rhs="X^T X"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
    (step,) = doc_steps(_NOTES.format(rhs="X X^T"), "notes.md")
    assert step.verdict not in _GREEN, step.message


def test_rows_that_are_not_the_samples_are_denied() -> None:
    assert rows_denied("The rows of $X$ are not the samples.") == {"X"}
    assert rows_denied("The rows of $X$ are not observations.") == {"X"}
