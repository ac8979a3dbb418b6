r"""A matrix the prose calls symmetric is read as its symmetric part (S + Sᵀ)/2; that rewriting must
keep the grouping the notes wrote. ``2(w^T S w) w`` is the scalar wᵀSw times the vector w: rebuilt
with SymPy's evaluation the product flattens and the two adjacent w merge into ``w**2``, a different
(and meaningless) quantity, so the correct quotient-rule gradient of the Rayleigh quotient was
FAILED. Every example is written here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.rebuild import replaced

RAYLEIGH = r"""
For a symmetric matrix $S$ and a vector $w \in \mathbb{R}^n$:

$$\nabla_w \frac{w^T S w}{w^T w} = \frac{2Sw}{w^T w} - \frac{2(w^T S w) w}{(w^T w)^2}$$
"""


def test_rayleigh_gradient_holds_for_the_symmetric_matrix_the_prose_names() -> None:
    (step,) = doc_steps(RAYLEIGH)
    assert step.verdict.value == "PROVED", step.message
    assert "S symmetric" in step.message


def test_a_wrong_power_in_the_quotient_rule_stays_failed() -> None:
    (step,) = doc_steps(RAYLEIGH.replace("{(w^T w)^2}$$", "{w^T w}$$"))
    assert step.verdict.value == "FAILED", step.message


def test_replaced_keeps_the_written_grouping() -> None:
    w, s = sp.symbols("w S", commutative=False)
    t = sp.Symbol("T", commutative=False)
    tree = sp.Mul(sp.Mul(w, s, w, evaluate=False), w, evaluate=False)
    out = replaced(tree, {s: t})
    assert not out.has(sp.Pow)  # w·w kept apart (xreplace would merge them into w**2)
    assert out == sp.Mul(sp.Mul(w, t, w, evaluate=False), w, evaluate=False)
    assert sp.Mul(sp.Mul(w, s, w, evaluate=False), w, evaluate=False).xreplace({s: t}).has(sp.Pow)
