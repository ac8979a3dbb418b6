r"""A vector the notes put in the simplex in words or as ``p \in \Delta^K`` (redteam26).

"Let $p \in \Delta^{K}$" (or "$p$ is a probability vector", "$p$ in the probability simplex") and the true
``\sum_k p_k(1 - p_k) = 1 - \sum_k p_k^2`` was FAILED at a p with negative entries: only an equation
``\sum_k p_k = 1`` written in the notes made p a probability vector (documents.sumstoone). These statements
now say it too; the reading only rescues a step that holds for every probability vector, so a wrong step
stays FAILED."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_TRUE = r"\sum_{k=1}^K p_k (1 - p_k) = 1 - \sum_{k=1}^K p_k^2"
_WRONG = r"\sum_{k=1}^K p_k (1 - p_k) = 1 + \sum_{k=1}^K p_k^2"


@pytest.mark.parametrize("prose", [
    "Let $p \\in \\Delta^{K}$.",
    "Let $p \\in \\Delta_{K-1}$ be a distribution.",
    "Let $p$ be a probability vector.",
    "Let the probability vector $p$ have $K$ entries.",
    "Let $p$ lie in the probability simplex.",
])  # fmt: skip
def test_a_vector_said_in_the_simplex_is_read_so(prose: str) -> None:
    right = doc_steps(f"# A\n\n{prose}\n$${_TRUE}$$\n")[-1]
    assert right.verdict.ok, right.message
    wrong = doc_steps(f"# A\n\n{prose}\n$${_WRONG}$$\n")[-1]
    assert wrong.verdict is Verdict.FAILED, wrong.message


@pytest.mark.parametrize("prose", [
    "Let $p$ be any vector; it is not a probability vector.",
    "Let $q$ be a probability vector and $p$ any vector.",
])  # fmt: skip
def test_a_vector_not_said_in_the_simplex_is_not_read_so(prose: str) -> None:
    r = doc_steps(f"# A\n\n{prose}\n$${_TRUE}$$\n")[-1]
    assert r.verdict is Verdict.FAILED, r.message
