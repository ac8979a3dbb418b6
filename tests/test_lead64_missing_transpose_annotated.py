"""A missing transpose inside a member is FAILED when every shape it involves is annotated, even beside a loss
the notes leave undefined.

A two-layer network's backward pass annotates ``W_2 \\in \\mathbb{R}^{H \\times C}`` and the upstream gradient
``G = \\partial L/\\partial S \\in \\mathbb{R}^{N \\times C}``, and writes ``\\partial L/\\partial A = G W_2`` for
``G W_2^\\top``: an N×C factor times an H×C one, a product no size makes well formed in the shapes written (and
wrong where H = C). It was SKIPPED "the shapes inferred for the undeclared names do not fit": the loss L, an
arbitrary function the notes leave undefined, counted as a name whose shape was guessed. A function of that kind
has no shape of its own (its derivative takes the variable's); the clash rests on annotated shapes only.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""Inputs $X \in \mathbb{R}^{N \times D}$, weights $W_1 \in \mathbb{R}^{D \times H}$,
$W_2 \in \mathbb{R}^{H \times C}$.
Forward:
$$Z = X W_1, \quad A = \mathrm{ReLU}(Z), \quad S = A W_2.$$
With upstream gradient $G = \frac{\partial L}{\partial S} \in \mathbb{R}^{N \times C}$:
$$\frac{\partial L}{\partial W_2} = A^\top G, \qquad \frac{\partial L}{\partial A} = {RIGHT}$$
"""


def test_the_missing_transpose_is_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("{RIGHT}", "G W_2"))
    assert verdicts[6] == ["PROVED", "FAILED"], verdicts


def test_the_right_product_is_proved() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("{RIGHT}", r"G W_2^\top"))
    assert verdicts[6] == ["PROVED", "PROVED"], verdicts


def test_a_clash_with_a_guessed_shape_stays_skipped() -> None:
    """M is not annotated: its shape is inference's guess, so the clash may be the guess's."""
    note = _NOTE.replace(r"$W_2 \in \mathbb{R}^{H \times C}$", "and a second layer $W_2$").replace("{RIGHT}", "G W_2 M")
    assert verdicts_by_line(note)[6][1] == "SKIPPED"
