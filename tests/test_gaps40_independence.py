r"""Independence stated in prose is a hypothesis of the chains in its section: 𝔼[UV] = 𝔼[U]𝔼[V].

"The error $U$ and the estimate $V$ are independent" then ``\mathbb{E}[UV] = \mathbb{E}[U]\mathbb{E}[V]`` was SKIPPED
"needs facts about 𝔼[U·V]", and the steps built on it SKIPPED with it (redteam39: an unchecked lemma is no
evidence). Examples written here (documents.independence)."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
LEMMA = "$$\\mathbb{E}[UV] = \\mathbb{E}[U]\\mathbb{E}[V]$$\n\n"
LATER = "$$\\mathbb{E}[UV + 2] = \\mathbb{E}[U]\\mathbb{E}[V] + 2$$\n"


@pytest.mark.parametrize("said", [
    "The error $U$ and the estimate $V$ are independent.\n\n",
    "Let $U$ and $V$ be independent random variables.\n\n",
    "Take independent draws $U$ and $V$.\n\n",
    "Here $U \\perp V$.\n\n",
])
def test_stated_independence_makes_the_product_rule_and_its_use_green(said: str) -> None:
    steps = doc_steps("# Product\n\n" + said + LEMMA + LATER)
    assert [s.verdict.value in GREEN for s in steps] == [True, True], [s.message for s in steps]
    assert "independent" in steps[0].message


@pytest.mark.parametrize("wrong", [
    "$$\\mathbb{E}[UV] = 2\\mathbb{E}[U]\\mathbb{E}[V]$$\n",
    "$$\\mathbb{E}[U^2 V] = \\mathbb{E}[U]^2\\mathbb{E}[V]$$\n",
])
def test_a_wrong_product_is_never_green(wrong: str) -> None:
    steps = doc_steps("# Product\n\n$U$ and $V$ are independent.\n\n" + wrong)
    assert steps and all(s.verdict.value not in GREEN for s in steps), [s.message for s in steps]


@pytest.mark.parametrize("said", [
    "We do not assume $U$ and $V$ are independent.\n\n",
    "If $U$ and $V$ were independent, the covariance would vanish.\n\n",
    "$U$ and $V$ are independent.\n\n# Another problem\n\n",
    "$U$ and $W$ are independent.\n\n",
])
def test_independence_not_stated_here_is_not_read(said: str) -> None:
    steps = doc_steps("# Product\n\n" + said + LEMMA)
    assert steps and steps[0].verdict.value not in GREEN, [s.message for s in steps]
