r""""a distribution $q$ on $m$ outcomes" puts q in the probability simplex (fresh42, documents.simplexprose).

Only "probability vector"/"probability distribution" were read: the KL-to-uniform identity
``\sum_i q_i \log q_i + \log m \sum_i q_i = \log m - H(q)`` (true because the q_i sum to one) was FAILED at
an unnormalised q after "For a distribution $q$ on $m$ outcomes". Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.simplexprose import said_in_simplex


@pytest.mark.parametrize("text", [
    "For a distribution $q$ on $m$ outcomes, the entropy is",
    "Let $q$ be a discrete distribution over the classes.",
    "for the categorical distribution $\\mathbf{q}$ we have",
])
def test_a_distribution_is_in_the_simplex(text: str) -> None:
    assert said_in_simplex(text, "q")


def test_a_denied_distribution_is_not() -> None:
    assert not said_in_simplex("Here $q$ is not a distribution: its entries need not sum to one.", "q")


_NOTE = r"""# Entropy

For a distribution $q$ on $m$ outcomes, the entropy is $H(q) = -\sum_i q_i \log q_i$, and

$$
\sum_i q_i \log q_i + \log m \sum_i q_i = \log m - H(q) .
$$
"""


def test_the_identity_for_a_distribution_is_not_failed() -> None:
    assert verdicts_by_line(_NOTE)[6] == ["PROVED"]
