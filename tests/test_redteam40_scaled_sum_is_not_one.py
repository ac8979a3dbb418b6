r"""A sum the notes scale before the 1 does not sum to one (redteam40).

"The weights are positive with $\frac{1}{K}\sum_k q_k = 1$" says the weights *average* to one (they sum to K), yet
documents.sumstoone found ``\sum_k q_k = 1`` inside it, and the wrong ``\sum_k q_k \log c = \log c`` (it is
K log c) was PROVED "holds when read with q a probability vector, as the notes say". The sum must be a whole member
of the equation, not a term scaled by ``\frac{1}{K}``, ``2`` or a minus sign. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sumstoone import said_sums_to_one
from verifier.results import Verdict

NOTES = r"""
    The weights are positive with SAID, so

    $$
    \sum_k q_k \log c = \log c
    $$
    """


def _verdict(said: str) -> Verdict:
    return doc_steps(NOTES.replace("SAID", said))[-1].verdict


def test_weights_that_average_to_one_do_not_sum_to_one() -> None:
    assert _verdict(r"$\frac{1}{K}\sum_k q_k = 1$") is not Verdict.PROVED
    assert _verdict(r"$2\sum_k q_k = 1$") is not Verdict.PROVED


def test_weights_that_sum_to_one_still_read_so() -> None:
    assert _verdict(r"$\sum_k q_k = 1$") is Verdict.PROVED


def test_the_sum_must_be_a_whole_member() -> None:
    for said in (r"$\frac{1}{K}\sum_k q_k = 1$", r"$-\sum_k q_k = 1$", r"$1 - \sum_k q_k = 1$",
                 r"$\lambda \sum_k q_k = 1$", r"$\sum_k p_k = 2\sum_k q_k = 1$"):
        assert not said_sums_to_one(said, "q"), said
    for said in (r"$\sum_k q_k = 1$", r"$\sum_k p_k = \sum_k q_k = 1$", r"$(\sum_k q_k = 1)$",
                 r"$\text{and } \sum_k q_k = 1$", r"$x > 0,\ \sum_k q_k = 1$"):
        assert said_sums_to_one(said, "q"), said
