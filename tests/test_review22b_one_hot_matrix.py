r"""Review of me27b's one-hot label matrix (sumstoone.one_hot_positions): the prose must call *this*
matrix one-hot, and its rows unless it says its own columns. Examples written here (review22b)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.sumstoone import one_hot_positions

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Let $X \in \mathbb{R}^{n \times d}$ be the data, $W \in \mathbb{R}^{d \times K}$ the weights,
{words}
and $P = \operatorname{softmax}(XW)$ row-wise, with
$$L(W) = -\frac{1}{n}\sum_{i=1}^n \sum_{k=1}^K Y_{ik}\log P_{ik}.$$
Then
$$\nabla_W L = \frac{1}{n} X^\top (P - Y)$$
"""


def _last(words: str) -> str:
    return doc_steps(_NOTES.replace("{words}", words))[-1].verdict.value


@pytest.mark.parametrize("words", [
    r"and the non-one-hot targets $Y \in [0,1]^{n \times K}$ (counts of votes),",
    r"and $Y \in \mathbb{R}^{n \times K}$ the targets; we multiply $Y$ by the one-hot vector $e_k$,",
])
def test_a_matrix_the_prose_does_not_call_one_hot_is_not_read_with_rows_summing_to_one(words: str) -> None:
    assert _last(words) not in GREEN


def test_another_matrix_s_columns_do_not_make_the_labels_column_stochastic() -> None:
    words = r"and $Y \in \{0,1\}^{n \times K}$ the one-hot labels; each column of $X$ is a feature,"
    assert _last(words) in GREEN


def test_which_axis_and_which_words() -> None:
    assert one_hot_positions(r"Let $Y$ be one-hot labels; each column of $X$ is a feature.", "Y") == {1}
    assert one_hot_positions(r"Here $T$ has one-hot columns.", "T") == {0}
    assert one_hot_positions(r"Here $T$, whose columns are one-hot, is given.", "T") == {0}
    assert one_hot_positions(r"Each column of $T$ is one-hot.", "T") == {0}
    assert one_hot_positions(r"Each row of $T$ is one-hot.", "T") == {1}
    assert one_hot_positions(r"The non-one-hot targets $Y$ are counts.", "Y") == frozenset()
    assert one_hot_positions(r"We multiply $Y$ by the one-hot vector $e_k$.", "Y") == frozenset()
