r"""Prose about the matrix of a quadratic form (redteam7).

"Let $D$ be a diagonal matrix" stated nothing, so the correct ``\nabla_{\mathbf{x}} \mathbf{x}^T D
\mathbf{x} = 2D\mathbf{x}`` was FAILED (a diagonal matrix is symmetric); and "When $A$ is symmetric the
gradient simplifies. In general:" stated A symmetric for the general formula after it, so the wrong
``2A\mathbf{x}`` for a general A was PROVED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Forms

{prose}

$$\nabla_{{\mathbf{{x}}}} \mathbf{{x}}^T {M} \mathbf{{x}} = {rhs}$$
"""


@pytest.mark.parametrize(
    "prose",
    [r"Let $D$ be a diagonal matrix.", r"The matrix $D$ is diagonal.", r"For a diagonal matrix $D$ of weights:"],
)
def test_a_diagonal_matrix_is_symmetric(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose, M="D", rhs=r"2D\mathbf{x}"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
    (step,) = doc_steps(_NOTES.format(prose=prose, M="D", rhs=r"D\mathbf{x}"), "notes.md")
    assert step.verdict not in _GREEN, step.message


@pytest.mark.parametrize(
    "prose",
    [r"The matrix $D$ is not diagonal.", r"Let $B$ be a diagonal matrix and $D$ a square one."],
)
def test_no_diagonal_matrix_said(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose, M="D", rhs=r"2D\mathbf{x}"), "notes.md")
    assert step.verdict not in _GREEN, step.message


@pytest.mark.parametrize(
    "prose",
    [
        r"When $A$ is symmetric the gradient simplifies. In general:",
        r"If $A$ is symmetric this is $2A\mathbf{x}$; otherwise we get",
    ],
)
def test_a_symmetric_case_set_aside_for_the_general_one(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose, M="A", rhs=r"2A\mathbf{x}"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_NOTES.format(prose=prose, M="A", rhs=r"(A + A^T)\mathbf{x}"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.parametrize(
    "prose", [r"If $A$ is symmetric, the gradient is", r"If $A$ is symmetric (as Hessians are in general), we get"]
)
def test_a_symmetric_case_stated_for_the_display(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose, M="A", rhs=r"2A\mathbf{x}"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
