r"""A label matrix the prose calls one-hot has rows that sum to one.

Softmax regression in matrix form: "$Y \in \{0,1\}^{n \times K}$ one-hot labels", ``P = \operatorname{softmax}(XW)``
row-wise and ``\nabla_W L = \frac1n X^\top(P - Y)``, which needs each row of Y to sum to one. Only a label
*vector* y/t was read one-hot, and the correct gradient was FAILED (a false alarm). The prose's "one-hot"
must be said of Y itself (not of the other matrices of the sentence), and not denied. Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sumstoone import one_hot_positions

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Let $X \in \mathbb{R}^{n \times d}$ be the data, $W \in \mathbb{R}^{d \times K}$ the weights,
$Y \in \{0,1\}^{n \times K}$ {words},
and $P = \operatorname{softmax}(XW)$ row-wise, with
$$L(W) = -\frac{1}{n}\sum_{i=1}^n \sum_{k=1}^K Y_{ik}\log P_{ik}.$$
Then
$$\nabla_W L = {rhs}$$
"""


def _last(rhs: str, words: str = "the one-hot labels") -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{rhs}", rhs).replace("{words}", words))[-1]
    return step.verdict.value, step.message


def test_the_batch_gradient_with_one_hot_label_rows_is_green() -> None:
    verdict, message = _last(r"\frac{1}{n} X^\top (P - Y)")
    assert verdict in GREEN and "rows of Y" in message, message
    assert "rows of X" not in message and "rows of W" not in message


def test_a_missing_one_over_n_is_still_failed() -> None:
    verdict, message = _last(r"X^\top (P - Y)")
    assert verdict == "FAILED", message


def test_a_sign_flip_is_still_failed() -> None:
    verdict, message = _last(r"\frac{1}{n} X^\top (Y - P)")
    assert verdict == "FAILED", message


def test_which_sentences_call_a_matrix_one_hot() -> None:
    assert one_hot_positions(r"Here $Y \in \{0,1\}^{n \times K}$ holds one-hot labels.", "Y") == {1}
    assert one_hot_positions(r"The one-hot label matrix $\mathbf{Y}$ is given.", "Y") == {1}
    assert one_hot_positions(r"Each column of $T$ is one-hot.", "T") == {0}
    assert one_hot_positions(r"$X$ is the data and $Y$ the one-hot labels.", "X") == frozenset()
    assert one_hot_positions(r"Here $Y$ is not one-hot: the labels are soft.", "Y") == frozenset()
