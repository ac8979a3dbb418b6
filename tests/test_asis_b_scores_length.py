r"""The scores of a softmax written ``e^j`` (documents/typos.py) take the family's length, and the
gradient of the cross-entropy ``\partial L / \partial o = p - y`` is read with that reading and a
one-hot label together (documents/doubts.py): the notes' vector form of the per-entry result."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = {Verdict.PROVED, Verdict.PASSED}

_NOTES = r"""
The softmax of the scores: $$ q_j = \frac{e^j}{\sum_{i} e^i} $$

The loss: $$ L = -\sum_{i} t_i \log(q_i) $$

Differentiating by the scores, for a one-hot label $t$: $$ \frac{\partial L}{\partial z_k} = q_k - t_k $$

In vector form:

$$ {claim} $$
"""


def test_the_vector_gradient_holds_with_the_scores_and_a_one_hot_label() -> None:
    step = doc_steps(_NOTES.replace("{claim}", r"\frac{\partial L}{\partial z} = q - t"))[-1]
    assert step.verdict is Verdict.PROVED
    assert "e^{z_j} for e^j" in step.message and "one-hot" in step.message


def test_a_wrong_vector_gradient_is_not_green() -> None:
    for wrong in (r"\frac{\partial L}{\partial z} = t - q",  # sign flip
                  r"\frac{\partial L}{\partial z} = q + t",  # sign of the label
                  r"\frac{\partial L}{\partial z} = 2 q - t"):  # a factor
        assert doc_steps(_NOTES.replace("{claim}", wrong))[-1].verdict not in GREEN, wrong


def test_soft_labels_get_no_one_hot_reading() -> None:
    # p - y needs sum(y) = 1 only: but a label the prose calls a probability vector is never one-hot
    soft = _NOTES.replace("for a one-hot label $t$", "where $t$ is a probability vector")
    step = doc_steps(soft.replace("{claim}", r"\frac{\partial L}{\partial z} = q - t"))[-1]
    assert "one-hot" not in step.message
