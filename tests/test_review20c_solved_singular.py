r"""Review of nbnotes8's solved form: ``v = M^{-1} q`` is read as ``M v = q`` only where M is invertible.
A singular M (``x x^T`` of one sample, rank 1) has no inverse to write, while ``M v = q`` may well follow
from the equation before it. Small notes written for the tests, with the correct twin."""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier.documents.solvedform import invertible
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

ONE_SAMPLE = r"""
# One sample

A sample $\mathbf{x} \in \mathbb{R}^d$, a target $t$ and the weights $\mathbf{w} \in \mathbb{R}^d$.

$$ \mathbf{x}\mathbf{x}^\top \mathbf{w} = t\mathbf{x}
   \Leftrightarrow \mathbf{w} = (\mathbf{x}\mathbf{x}^\top)^{-1} t \mathbf{x} $$
"""

MANY_SAMPLES = r"""
# Samples

The data $\mathbf{X} \in \mathbb{R}^{n \times d}$, targets $\mathbf{t} \in \mathbb{R}^n$,
weights $\mathbf{w} \in \mathbb{R}^d$.

$$ \mathbf{X}^\top \mathbf{X} \mathbf{w} = \mathbf{X}^\top \mathbf{t}
   \Leftrightarrow \mathbf{w} = (\mathbf{X}^\top \mathbf{X})^{-1} \mathbf{X}^\top \mathbf{t} $$
"""


def test_invertible_tells_a_rank_one_product_from_a_full_one() -> None:
    x, y = sp.Matrix(sp.symbols("x:3")), sp.Matrix(sp.symbols("y:3"))
    assert not invertible(x * x.T)
    assert invertible(x * x.T + y * y.T + sp.eye(3))


def _link(text: str) -> Verdict:
    steps = doc_steps(text)
    return steps[-1].verdict


@pytest.mark.slow(4)
def test_a_solved_form_through_a_singular_matrix_is_not_green() -> None:
    # x x^T has rank 1: it has no inverse, so w = (x x^T)^{-1} t x solves nothing
    assert _link(ONE_SAMPLE) not in _GREEN


@pytest.mark.slow(4)
def test_a_solved_form_through_an_invertible_matrix_stays_proved() -> None:
    assert _link(MANY_SAMPLES) is Verdict.PROVED
