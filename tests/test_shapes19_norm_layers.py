r"""A two-layer network as students write it, nothing annotated: ``h = \tanh(W_1 x + b_1)``,
``\hat y = W_2 h + b_2``, ``L = \frac12\|\hat y - y\|^2`` (documents/normlayers.py).

The double bars are a vector norm and the capitals the matrices of a layer, but ŷ is *defined*, so the
norm did not make it a vector, and every name was a number: the correct ``W_2^T(\hat y - y)`` was
PROVED only as a scalar identity, the missing transpose SKIPPED "holds only with W_1, W_2 read as
numbers". The norm's evidence now flows through the definitions (ŷ a vector, then W_2 a matrix, h a
vector, then W_1, x, b_1), with distinct sizes. Conservative: a definition without a capital times a
name, or a name the notes say is a number, keeps its reading. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_DISPLAY = r"""
# Backprop through a two-layer network

Forward pass:
$$
h = \tanh(W_1 x + b_1), \qquad \hat y = W_2 h + b_2, \qquad L = \frac12\|\hat y - y\|^2 .
$$

Backward pass:

$$
\frac{\partial L}{\partial h} = {grad}
$$
"""

_INLINE = r"""
# Backprop

Forward pass: $h = \tanh(W_1 x + b_1)$, $\hat y = W_2 h + b_2$, and the loss
$L = \frac12\|\hat y - y\|^2$.

$$
\frac{\partial L}{\partial h} = {grad}
$$
"""

_BOLD = r"""
# Backprop

Forward pass: $\mathbf{h} = \tanh(\mathbf{W}_1 \mathbf{x} + \mathbf{b}_1)$,
$\hat{\mathbf{y}} = \mathbf{W}_2 \mathbf{h} + \mathbf{b}_2$, and
$L = \frac12\|\hat{\mathbf{y}} - \mathbf{y}\|^2$.

$$
\frac{\partial L}{\partial \mathbf{h}} = {grad}
$$
"""


# the 2-norm written with its subscript, \left\| … \right\|, the labels first
_TWO_NORM = _DISPLAY.replace(r"\frac12\|\hat y - y\|^2", r"\frac{1}{2}\left\| y - \hat y \right\|_2^2")
assert r"\right\|_2^2" in _TWO_NORM


def _last(notes: str, grad: str):  # type: ignore[no-untyped-def]
    return doc_steps(notes.replace("{grad}", grad))[-1]


@pytest.mark.parametrize("notes", [_DISPLAY, _INLINE, _TWO_NORM], ids=["display", "inline", "two-norm"])
def test_the_missing_transpose_is_failed_with_a_counterexample(notes: str) -> None:
    step = _last(notes, r"W_2(\hat y - y)")
    assert step.verdict.value == "FAILED", step.message
    assert step.counterexample is not None
    assert "vector" in step.message and "matrix" in step.message


@pytest.mark.parametrize("notes", [_DISPLAY, _INLINE], ids=["display", "inline"])
def test_the_correct_gradient_is_proved_as_matrices_and_vectors(notes: str) -> None:
    step = _last(notes, r"W_2^T(\hat y - y)")
    assert step.verdict.value in GREEN, step.message
    assert "W_2: a n" in step.message and "matrix" in step.message  # read as a matrix, not a number
    assert "y: a vector" in step.message
    assert "(no other evidence)" not in step.message


def test_the_reasons_say_where_the_shapes_come_from() -> None:
    step = _last(_DISPLAY, r"W_2^T(\hat y - y)")
    assert "inside a norm" in step.message  # y, beside ŷ in ‖ŷ − y‖
    assert "in the definition of the vector h" in step.message  # W_1, through h = tanh(W_1 x + b_1)


def test_bold_vectors_the_same() -> None:
    wrong = _last(_BOLD, r"\mathbf{W}_2(\hat{\mathbf{y}} - \mathbf{y})")
    right = _last(_BOLD, r"\mathbf{W}_2^T(\hat{\mathbf{y}} - \mathbf{y})")
    assert wrong.verdict.value == "FAILED", wrong.message
    assert right.verdict.value in GREEN, right.message


def test_a_scalar_network_stays_scalar_and_proved() -> None:
    steps = doc_steps(r"""
    A single neuron: $z = wx + b$, $a = \sigma(z)$, $L = \frac12 (a - y)^2$.

    $$
    \frac{\partial L}{\partial w} = (a - y)\, a (1 - a)\, x
    $$
    """)
    step = steps[-1]
    assert step.verdict.value in GREEN, step.message
    assert "vector" not in step.message and "matrix" not in step.message


def test_a_norm_over_a_lowercase_definition_is_not_enough() -> None:
    # only the norm says "vector": ŷ = w x + b has no capital times a name, so nothing is made a vector
    steps = doc_steps(r"""
    The model $\hat y = w x + b$ and the loss $L = \frac12\|\hat y - y\|^2$.

    $$
    \frac{\partial L}{\partial b} = \hat y - y
    $$
    """)
    step = steps[-1]
    assert step.verdict.value in GREEN, step.message
    assert "vector" not in step.message


def test_a_defined_name_the_notes_say_is_a_number_is_not_made_a_vector() -> None:
    steps = doc_steps(r"""
    The score $s = W x + c$ is a number, $s \in \mathbb{R}$, and the loss is $L = \|s - t\|^2$.

    $$
    \frac{\partial L}{\partial c} = 2(s - t)
    $$
    """)
    step = steps[-1]
    assert step.verdict.value != "FAILED", step.message  # (SKIPPED: W x a number needs W a row)
    assert "t: a vector" not in step.message and "s: a vector" not in step.message


_BACKPROP = r"""
Forward pass:
$$
h = \tanh(W_1 x + b_1), \qquad \hat y = W_2 h + b_2, \qquad L = \frac12\|\hat y - y\|^2 .
$$

$$
\frac{\partial L}{\partial x} = W_1^T\left((W_2^T(\hat y - y)) \odot (1 - h \odot h)\right)
$$

$$
\frac{\partial L}{\partial W_2} = {outer}
$$
"""


@pytest.mark.slow(4)
def test_the_first_layer_is_checked_through_both_definitions() -> None:
    steps = doc_steps(_BACKPROP.replace("{outer}", r"(\hat y - y) h^T"))
    checked = [s for s in steps if not s.message.startswith("defines")]
    assert [s.verdict.value in GREEN for s in checked] == [True, True], [s.message for s in checked]
    assert "W_1: a n" in checked[0].message  # x, W_1 shaped through h = tanh(W_1 x + b_1)


@pytest.mark.slow(3)
def test_an_outer_product_without_its_transpose_is_not_green() -> None:
    steps = doc_steps(_BACKPROP.replace("{outer}", r"(\hat y - y) h"))
    assert steps[-1].verdict.value not in GREEN, steps[-1].message
