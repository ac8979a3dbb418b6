r"""A derivative's variable and an Iverson bracket define no quantity (fresh42, documents.namesubscripts).

``\partial E / \partial z_i = q_i - [i = t]`` was read as a definition ``z_i = q_i - [i = t]`` whose body writes i
as a quantity, and ``[i = t]`` as a definition of i: z_i became one labelled name (``z_ilabel``), no longer the
entry of ``\mathbf{z} = V\mathbf{u}``, and the correct ``-\log q_t = -z_t + \log\sum_j e^{z_j}`` (with
``q_i = e^{z_i}/\sum_j e^{z_j}``) was FAILED. The name after ``\partial`` is the variable of a derivative, not the
name a line defines, and ``[i = t]`` is a condition. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.namesubscripts import quantity_subscripts
from verifier.results import Verdict

_NOTE = r"""# Softmax

The scores are $\mathbf{z} = V\mathbf{u}$ with $V \in \mathbb{R}^{m \times n}$, and $q_i = e^{z_i}/\sum_j e^{z_j}$.
For the true class $t$,

$$
-\log q_t = -z_t + \log\sum_{j=1}^{m} e^{z_j} .
$$

Its derivative is DERIVATIVE.
"""


@pytest.mark.parametrize("derivative", [
    r"$\partial E / \partial z_i = q_i - [i = t]$",
    r"$\frac{\partial E}{\partial z_i} = q_i - [i = t]$",
])
def test_the_softmax_identity_is_not_failed(derivative: str) -> None:
    assert verdicts_by_line(_NOTE.replace("DERIVATIVE", derivative))[7] == [Verdict.PROVED.value]


def test_a_derivative_defines_no_label() -> None:
    assert quantity_subscripts(r"$\partial E / \partial z_i = q_i - [i = t]$") == set()
    assert quantity_subscripts(r"$\partial E / \partial z_i = q_i - y_i$, $i = \dim u$") == set()


def test_an_iverson_bracket_defines_no_index() -> None:
    assert quantity_subscripts(r"$g_i = q_i - [i = t]$") == set()


def test_a_layer_label_still_reads() -> None:
    text = r"$\mathbf{o} = V\mathbf{h}$ and $\delta_o = \mathbf{o} - \mathbf{t}$"
    assert quantity_subscripts(text) == {("delta", "o")}
