r"""A shape the prose states with ``\times``: "$W_1$ is $d \times m$", "$W$ is an $m \times n$ matrix" (variants16).

Notes on the row-vector convention state their shapes in words ("$x$ is a row vector ($1 \times d$),
$W_1$ is $d \times m$"); only ``\in \mathbb{R}^{…}`` was read, so W_1 and W_2 were numbers and the correct
``\partial L/\partial W_2 = h^\top \delta_2`` was SKIPPED "holds only with W_1, W_2 read as numbers".
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
Here $x$ is a row vector ($1 \times d$), $W_1$ is $d \times m$ and $W_2$ is an $m \times k$ matrix:
$h = \sigma(x W_1)$, $\hat y = h W_2$ and $L = \frac{1}{2}\|\hat y - y\|^2$.

$$\delta_2 = \hat y - y$$

$$\frac{\partial L}{\partial W_2} = {rhs}$$
"""


def test_shapes_stated_in_words_are_read() -> None:
    assert doc_steps(_NOTES.replace("{rhs}", r"h^\top \delta_2"))[-1].verdict is Verdict.PROVED


def test_wrong_gradients_with_the_stated_shapes_are_not_green() -> None:
    assert doc_steps(_NOTES.replace("{rhs}", r"-h^\top \delta_2"))[-1].verdict is Verdict.FAILED
    # the transposed product holds only in numerator layout, which the notes do not state: SKIPPED
    assert doc_steps(_NOTES.replace("{rhs}", r"\delta_2^\top h"))[-1].verdict is Verdict.SKIPPED


def test_the_shape_annotation_is_read_from_the_prose() -> None:
    from verifier.documents.annotations import annotated_shapes

    text = r"Let $W$ be an $m \times n$ matrix and $V$ is $3 \times 2$."
    found = {key: dims for _, key, dims in annotated_shapes(text)}
    assert found[("W", ())] == (("m", ()), ("n", ()))
    assert found[("V", ())] == (3, 2)
