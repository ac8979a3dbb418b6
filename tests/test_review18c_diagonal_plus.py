r"""A matrix that is diagonal plus something is not stated symmetric (review18c).

``doubts._SYMMETRIC`` reads "$A$ is diagonal" as a statement that A is symmetric; "The matrix $A$ is
diagonal plus a rank-one term $\mathbf{u}\mathbf{v}^T$" and "$A$ is diagonal dominant" matched too, so
the wrong ``\nabla_{\mathbf{x}}\mathbf{x}^T A\mathbf{x} = 2A\mathbf{x}`` (right only for a symmetric A)
was PROVED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Quadratic forms

{prose}

$$\nabla_{{\mathbf{{x}}}} \mathbf{{x}}^T A \mathbf{{x}} = 2A\mathbf{{x}}$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        r"The matrix $A$ is diagonal plus a rank-one term $\mathbf{u}\mathbf{v}^T$.",
        r"Let $A$ be diagonal dominant, with positive entries.",
        r"Here $A$ is a diagonal-plus-low-rank matrix.",
    ],
)
def test_diagonal_plus_something_states_no_symmetry(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert step.verdict not in _GREEN, step.message


def test_a_diagonal_matrix_still_is_symmetric() -> None:
    (step,) = doc_steps(_NOTES.format(prose="Let $A$ be diagonal."), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
