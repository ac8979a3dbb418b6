r"""A contraction written as a product of two equal factors, ``L = \tfrac12 (y_i - t_i)(y_i - t_i)``, is a sum.

Einstein-style notes write the squared loss of a linear layer as the product of the residual with itself, so that
the repeated index is visible. The parser multiplies the two equal factors into one power, ``(y_i - t_i)^2``, in
which i no longer repeats: the definition of the scalar L kept i free, ``\frac{\partial L}{\partial x_l} =
(y_k - t_k) W_{kl}`` FAILED (a false alarm) and ``\frac{\partial L}{\partial y_k} = y_k - t_k`` was SKIPPED "holds
only at i = k". A factor the body writes twice side by side (``documents.writtentwice``) is the contraction the
notes wrote: its index is summed, as ``y_i \log\hat y_i`` already was. A body that writes a power (``(y_i -
t_i)^2``) keeps its reading."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.writtentwice import squared_contractions, written_twice
from verifier.results import Verdict

LAYER = r"""Throughout, a repeated index is summed (Einstein's convention).

A linear layer $y_i = W_{ij}x_j + b_i$ with the squared loss $L = \tfrac12 (y_i - t_i)(y_i - t_i)$ has

$$
\frac{\partial L}{\partial y_k} = RIGHT .
$$
"""


def _verdict(right: str, notes: str = LAYER) -> Verdict:
    steps = doc_steps(notes.replace("RIGHT", right))
    assert len(steps) == 1, steps
    return steps[0].verdict


def test_the_factors_written_twice_are_found() -> None:
    assert written_twice(r"\tfrac12 (y_i - t_i)(y_i - t_i)") == {"i"}
    assert written_twice(r"\frac{1}{2}\left(y_i - t_i\right)\left(y_i - t_i\right)") == {"i"}
    assert written_twice(r"x_i x_i") == {"i"}
    assert written_twice(r"\frac12 (y_i - t_i)^2") == set()  # a power: no product written
    assert written_twice(r"(y_i - t_i)(y_j - t_j)") == set()  # two different factors


def test_the_squared_factor_is_summed_over_its_index() -> None:
    y, t = sp.IndexedBase("y"), sp.IndexedBase("t")
    i = sp.Symbol("i")
    tree = sp.Rational(1, 2) * (y[i] - t[i]) ** 2
    summed = squared_contractions(tree, {"i"}, lambda n: n == "i", ())
    assert summed.has(sp.Sum) and summed != tree
    assert squared_contractions(tree, {"i"}, lambda n: n == "i", ("i",)) == tree  # the entry's own index


def test_the_derivative_of_the_contracted_loss_is_proved() -> None:
    assert _verdict("y_k - t_k") is Verdict.PROVED


def test_the_gradient_through_the_layer_is_proved() -> None:
    notes = LAYER.replace(r"\frac{\partial L}{\partial y_k}", r"\frac{\partial L}{\partial x_l}")
    assert _verdict(r"(y_k - t_k)\,W_{kl}", notes) is Verdict.PROVED


def test_the_wrong_twins_are_failed() -> None:
    assert _verdict("2(y_k - t_k)") is Verdict.FAILED  # the ½ dropped
    notes = LAYER.replace(r"\frac{\partial L}{\partial y_k}", r"\frac{\partial L}{\partial x_l}")
    assert _verdict(r"(y_k - t_k)\,W_{lk}", notes) is Verdict.FAILED  # the swapped index
