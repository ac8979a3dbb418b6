r"""Only the diagonal of a matrix given in words is no diagonal matrix (review18c).

``statedentries`` read "Let $W$ be a matrix whose $k$-th diagonal element is $w_k$" as the diagonal
matrix of the w_k, so ``W^T = W`` and ``\mathbf{x}^T W\mathbf{y} = \mathbf{y}^T W\mathbf{x}`` were PROVED
of a general W; and "the $k$-th diagonal element of $W$" in notes that speak of W's off-diagonal
elements, or later take W to be any matrix, did the same. A matrix the prose calls a matrix (not a
diagonal matrix), or one the notes say has off-diagonal elements or is general, keeps only what is
said: nothing whole. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.statedentries import stated_entries
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Weights

{prose}

$$W^T = W$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        r"Let $W$ be a matrix whose $k$-th diagonal element is $w_k$.",
        r"Let the $k$-th diagonal element of $W$ be $w_k$. The off-diagonal elements of $W$ couple the samples.",
        "Let the $k$-th diagonal element of $W$ be $w_k$.\n\n## Another problem\n\nNow let $W$ be any $3 \\times 3$ "
        "matrix.",
    ],
)
def test_a_diagonal_given_of_a_general_matrix_makes_nothing_symmetric(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert step.verdict not in _GREEN, step.message
    assert not stated_entries(prose)


@pytest.mark.parametrize(
    "prose",
    [
        r"Let the $k$-th diagonal element of $W$ be $w_k$.",
        r"Let $W$ be the diagonal matrix whose $k$-th entry is $w_k$.",
        r"Let $W$ be diagonal with $W_{kk} = w_k$.",
    ],
)
def test_a_diagonal_matrix_given_in_words_is_still_read(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
