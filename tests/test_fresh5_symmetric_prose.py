r"""Notes often state symmetry without a verb: "with $Q$ symmetric positive definite", "for $A$
symmetric". The gradient of the quadratic term ½xᵀQx is Qx only for a symmetric Q, so the correct
stationarity condition of a QP was FAILED when the prose said it this way. Every example is written
here."""

from __future__ import annotations

from support import doc_steps

QP = r"""
Minimise $\tfrac12 x^\top Q x + c^\top x$ subject to $Ax = b$, with $Q$ symmetric positive definite.

$$L(x,\nu) = \tfrac12 x^\top Q x + c^\top x + \nu^\top (Ax - b).$$

$$\nabla_x L(x,\nu) = Qx + c + A^\top \nu$$
"""

BARE = r"""
For $S$ symmetric and $w \in \mathbb{R}^n$, let $f(w) = w^\top S w$. Then

$$\nabla_w f(w) = 2Sw$$
"""


def test_symmetric_without_a_verb_is_the_notes_hypothesis() -> None:
    steps = doc_steps(QP)
    assert steps[-1].verdict.value == "PROVED", steps[-1].message
    assert "Q symmetric" in steps[-1].message


def test_a_dropped_half_stays_failed_with_q_symmetric() -> None:
    steps = doc_steps(QP.replace(r"= Qx + c", r"= 2Qx + c"))
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


def test_for_s_symmetric_reads_the_hypothesis() -> None:
    (*_, step) = doc_steps(BARE)
    assert step.verdict.value == "PROVED", step.message


def test_a_wrong_factor_stays_failed_for_s_symmetric() -> None:
    (*_, step) = doc_steps(BARE.replace("= 2Sw", "= Sw"))
    assert step.verdict.value == "FAILED", step.message


def test_not_symmetric_is_no_hypothesis() -> None:
    (*_, step) = doc_steps(BARE.replace("For $S$ symmetric", "For $S$ not symmetric"))
    assert step.verdict.value != "PROVED", step.message
