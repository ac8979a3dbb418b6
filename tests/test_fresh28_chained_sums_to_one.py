r"""``\sum_i p_i = \sum_i q_i = 1`` says both vectors sum to one, not q alone.

The Hellinger distance (fresh28): "Expanding the square and using $\sum_i p_i = \sum_i q_i = 1$:
$$\frac{1}{2} \sum_i (p_i + q_i - 2\sqrt{p_i q_i}) = 1 - \sum_i \sqrt{p_i q_i}.$$" The probability-vector reading
(documents.sumstoone) took only a sum written right before ``= 1``, so p was any vector and the right step FAILED.
Each sum of a chain of sums that ends in ``= 1`` is now said to sum to one. Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sumstoone import said_sums_to_one

GREEN = ("PROVED", "PASSED")


def test_each_sum_of_a_chain_ending_in_one_sums_to_one() -> None:
    text = "using $\\sum_i p_i = \\sum_j q_j = 1$"
    assert said_sums_to_one(text, "p") and said_sums_to_one(text, "q")


def test_a_chain_ending_in_another_total_says_nothing() -> None:
    text = "using $\\sum_i p_i = \\sum_j q_j = 1 - \\epsilon$"
    assert not said_sums_to_one(text, "p") and not said_sums_to_one(text, "q")


def test_the_hellinger_expansion_is_green_and_a_wrong_one_failed() -> None:
    lead = "Expanding the square and using $\\sum_i p_i = \\sum_i q_i = 1$:\n\n"
    right = doc_steps(lead + "$$\\frac{1}{2} \\sum_i (p_i + q_i - 2\\sqrt{p_i q_i}) = 1 - \\sum_i \\sqrt{p_i q_i}$$\n")
    wrong = doc_steps(lead + "$$\\frac{1}{2} \\sum_i (p_i + q_i - 2\\sqrt{p_i q_i}) = 1 - 2\\sum_i \\sqrt{p_i q_i}$$\n")
    assert right and right[-1].verdict.value in GREEN, [s.message for s in right]
    assert wrong and wrong[-1].verdict.value == "FAILED", [s.message for s in wrong]
