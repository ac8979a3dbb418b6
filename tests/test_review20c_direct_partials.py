r"""Review of nbnotes8's direct-partials reading of ⇔ links: a function written bare holds fixed only the
defined quantities it is applied to (its parameters, the data ``t`` of ``J(A, t, b)``), not an intermediate
its body uses (``z := y - Xw`` in ``J(w)``): a dropped chain-rule term is no direct partial. Small notes
written for the tests, with the correct twin."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

RIDGE = r"""
# Ridge

Let $\mathbf{X} \in \mathbb{R}^{n \times d}$, $\mathbf{y} \in \mathbb{R}^n$ and $\mathbf{w} \in \mathbb{R}^d$.
The residual is

$$ \mathbf{z} = \mathbf{y} - \mathbf{X}\mathbf{w} $$

and the ridge loss is

$$ J(\mathbf{w}) = \frac{1}{2} \mathbf{z}^\top \mathbf{z} + \frac{\lambda}{2} \mathbf{w}^\top \mathbf{w} $$

Setting the gradient to zero:

$$ \frac{\partial J}{\partial \mathbf{w}} = 0 \Leftrightarrow GRADIENT = 0 $$
"""


def _link(text: str) -> Verdict:
    return doc_steps(text)[-1].verdict


@pytest.mark.slow(8)
def test_a_dropped_chain_rule_term_through_an_intermediate_is_not_green() -> None:
    # z depends on w: the gradient of J(w) is -X^T z + λw, not λw
    assert _link(RIDGE.replace("GRADIENT", r"\lambda \mathbf{w}")) not in _GREEN


@pytest.mark.slow(8)
def test_the_gradient_through_an_intermediate_stays_proved() -> None:
    right = r"\mathbf{X}^\top \mathbf{X} \mathbf{w} - \mathbf{X}^\top \mathbf{y} + \lambda \mathbf{w}"
    assert _link(RIDGE.replace("GRADIENT", right)) is Verdict.PROVED
