r"""A display whose sentence goes on with "where $A$ is symmetric" states its hypothesis after it.

``$$\nabla_x (x^T A x) = 2Ax,$$ where $A$ is symmetric.`` is how most notes write it; only the prose before
the display was read, so the step was FAILED (a false alarm on a correct line). The clause must go on with
the display's sentence ("where", "for", "since" …): a new sentence after the display, a negated or other
letter's symmetry, says nothing. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.symmetricprose import trailing_clause

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
For the quadratic form we get

$$\nabla_x (x^T A x) = 2Ax,$$

{after}
"""


def _verdict(after: str) -> tuple[str, str]:
    (step,) = doc_steps(_NOTES.replace("{after}", after))
    return step.verdict.value, step.message


@pytest.mark.parametrize(
    "after",
    [
        "where $A$ is symmetric.",
        "for a symmetric matrix $A$.",
        "since $A = A^T$ here.",
        "where $A$ is a symmetric matrix.",
    ],
)
def test_symmetry_said_right_after_the_display_is_its_hypothesis(after: str) -> None:
    verdict, message = _verdict(after)
    assert verdict in GREEN, message


@pytest.mark.parametrize(
    "after",
    [
        "where $A$ is any square matrix.",
        "where $A$ is not symmetric.",
        "where $B$ is symmetric.",
        "This is wrong. In the next part $A$ is symmetric.",
    ],
)
def test_no_symmetry_of_this_matrix_said_after_it_keeps_the_failure(after: str) -> None:
    verdict, message = _verdict(after)
    assert verdict == "FAILED", message


def test_the_trailing_clause_is_the_sentence_the_display_goes_on_with() -> None:
    assert trailing_clause("where $A$ is symmetric. Next, the Hessian") == "where $A$ is symmetric"
    assert trailing_clause("The Hessian of $f$ is symmetric.") == ""
