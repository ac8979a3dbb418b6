r"""Independence given a third variable says nothing of 𝔼[XY] (redteam41).

"$U$ and $V$ are conditionally independent given $W$" was read as "U and V independent" (documents.independence),
and ``\mathbb{E}[UV] = \mathbb{E}[U]\mathbb{E}[V]`` was PROVED under it: conditional independence gives
𝔼[UV | W] = 𝔼[U | W]𝔼[V | W], not the unconditional product. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.independence import independent_pairs

NOTES = r"""
# Products

SENTENCE Then

$$
\mathbb{E}[UV] = \mathbb{E}[U]\mathbb{E}[V]
$$
"""


def _verdicts(sentence: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("SENTENCE", sentence))]


def test_conditional_independence_proves_no_product() -> None:
    assert _verdicts("$U$ and $V$ are conditionally independent given $W$.") == ["SKIPPED"]
    assert _verdicts("Given the label $W$, $U$ and $V$ are independent.") == ["SKIPPED"]
    assert independent_pairs("$U$ and $V$ are independent given $W$.") == []


def test_independence_still_proves_the_product() -> None:
    assert _verdicts("$U$ and $V$ are independent.") == ["PROVED"]
    assert _verdicts("Given independent $U$ and $V$,") == ["PROVED"]  # "given" as "assuming"
