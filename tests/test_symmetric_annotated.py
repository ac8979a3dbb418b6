r"""Prose that states a matrix symmetric while annotating it, or with an adjective before "symmetric".

"Let $A \in \mathbb{R}^{n \times n}$ be a symmetric matrix" is how most notes introduce the quadratic
form's matrix, and ∇ₓ xᵀAx = 2Ax was FAILED under it: only ``$A$`` alone before "is symmetric" was read.
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

_STEP = "\n\n$$\\nabla_x f(x) = 2 A x$$\n"


def _verdict(prose: str) -> Verdict:
    [step] = [s for ch in check_text(prose + _STEP, "notes.md").chains for s in ch.result.steps]
    return step.verdict


@pytest.mark.parametrize(
    "prose",
    [
        r"Let $A \in \mathbb{R}^{n \times n}$ be a symmetric matrix and $f(x) = x^T A x$.",
        r"Let $A \in \mathbb{R}^{n \times n}$ be a constant symmetric matrix and $f(x) = x^T A x$.",
        r"Here $A \in \mathbb{R}^{d \times d}$ is a real symmetric matrix; $f(x) = x^\top A x$.",
        r"Let $A \in \mathbb{R}^{n \times n}$ be a positive definite symmetric matrix and $f(x) = x^T A x$.",
    ],
    ids=["annotated", "annotated-constant", "real", "positive-definite"],
)
def test_a_matrix_stated_symmetric_in_its_annotation_gives_2Ax(prose: str) -> None:
    assert _verdict(prose) in (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize(
    "prose",
    [
        r"Let $A$ be a constant symmetric matrix and $f(x) = x^T A x$.",
        r"Let $A$ be a positive definite symmetric matrix and $f(x) = x^T A x$.",
    ],
    ids=["constant", "positive-definite"],
)
def test_a_matrix_stated_symmetric_without_its_size_is_never_failed(prose: str) -> None:
    assert _verdict(prose) is not Verdict.FAILED  # its shape unread, the step is SKIPPED at worst


@pytest.mark.parametrize(
    "prose",
    [
        r"Let $A \in \mathbb{R}^{n \times n}$ be a constant matrix and $f(x) = x^T A x$.",
        r"Let $A \in \mathbb{R}^{n \times n}$ be a matrix, not necessarily symmetric, and $f(x) = x^T A x$.",
        r"Let $A \in \mathbb{R}^{n \times n}$ be a constant matrix, $B \in \mathbb{R}^{n \times n}$ a symmetric "
        r"one, and $f(x) = x^T A x$.",
        r"We do not take $A \in \mathbb{R}^{n \times n}$ to be a symmetric matrix; $f(x) = x^T A x$.",
    ],
    ids=["not-said", "not-necessarily", "another-letter", "negated"],
)
def test_2Ax_is_not_green_where_the_prose_does_not_state_A_symmetric(prose: str) -> None:
    assert _verdict(prose) not in (Verdict.PROVED, Verdict.PASSED)
