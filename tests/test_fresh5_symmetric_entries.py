r"""Index notation states symmetry too: "If $A$ is symmetric, $A_{ik} = A_{ki}$, so ...". The entries
of a matrix the prose calls symmetric are read as those of its symmetric part, (A_{ab} + A_{ba})/2, as
the matrix itself is; the gradient of a quadratic form written with entries was FAILED. Every example
is written here."""

from __future__ import annotations

from support import doc_steps

QUAD = r"""
Repeated indices are summed. Let $q = x_i A_{ij} x_j$.

If $A$ is symmetric, $A_{ik} = A_{ki}$, and

$$\frac{\partial q}{\partial x_k} = 2A_{kj}x_j$$
"""


def test_entries_of_a_symmetric_matrix_give_twice_the_row() -> None:
    step = doc_steps(QUAD)[-1]
    assert step.verdict.value == "PROVED", step.message
    assert "A symmetric" in step.message


def test_a_dropped_factor_two_stays_failed() -> None:
    step = doc_steps(QUAD.replace("= 2A_{kj}x_j", "= A_{kj}x_j"))[-1]
    assert step.verdict.value == "FAILED", step.message


def test_without_the_prose_it_is_not_green() -> None:
    step = doc_steps(QUAD.replace("If $A$ is symmetric, $A_{ik} = A_{ki}$, and", "Then"))[-1]
    assert step.verdict.value == "FAILED", step.message
