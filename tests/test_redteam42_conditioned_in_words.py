r"""Independence conditioned in other words is conditional independence too (redteam42).

redteam41 took back "conditionally independent given $W$" and "Given the label $W$, …". Other wordings of the same
condition still gave the chain 𝔼[UV] = 𝔼[U]𝔼[V], so ``\mathbb{E}[UV] = \mathbb{E}[U]\mathbb{E}[V]`` was PROVED:
"independent once we condition on $W$", "independent given the label" (no formula after "given"), "independent
within each class $c$". Each says 𝔼[UV | ·] = 𝔼[U | ·]𝔼[V | ·] only."""

from __future__ import annotations

from support import doc_steps

NOTES = "# Independence\n\nSAID\n\n$$\n\\mathbb{E}[UV] = \\mathbb{E}[U]\\mathbb{E}[V]\n$$\n"


def _only(said: str) -> str:
    return doc_steps(NOTES.replace("SAID", said))[-1].verdict.value


def test_conditioning_on_a_name_in_words_is_not_independence() -> None:
    assert _only("$U$ and $V$ are independent once we condition on $W$.") != "PROVED"


def test_given_a_thing_in_words_is_not_independence() -> None:
    assert _only("$U$ and $V$ are independent given the label.") != "PROVED"


def test_within_each_class_is_not_independence() -> None:
    assert _only("$U$ and $V$ are independent within each class $c$.") != "PROVED"


def test_plain_independence_still_proves() -> None:
    assert _only("$U$ and $V$ are independent.") == "PROVED"
    assert _only("Given independent $U$ and $V$, the product factorises.") == "PROVED"
