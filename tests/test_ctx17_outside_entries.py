r"""A step that never writes a matrix, left unread because one of the notes' *definitions* indexes that
matrix past the size the notes wrote out (``z_k = \sum_{i=1}^3 A_{ik} u_i`` for a 2×3 A: a slip in the
definition's range, not in the step): the step is read again without the notes' definitions, and it
is taken only where it then holds (a step that holds for every value of the names holds for the
meant ones too); a failure without the definitions says nothing about the notes, so it stays SKIPPED.
A step that writes the matrix itself keeps its own verdict. Small notes written for the tests."""

from __future__ import annotations

import functools

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
# A small layer

The weights are $A = \begin{bmatrix}a_{11} & a_{12} & a_{13} \\ a_{21} & a_{22} & a_{23}\end{bmatrix}$ and the
input is $u = [u_1, u_2]^T$, the offset $c = [c_1, c_2, c_3]^T$. Each score is
$\displaystyle z_k = \sum_{i=1}^3 a_{ik}u_i + c_k$.

The normalised scores are

$$q_k = \operatorname{softmax}(z)_k = \frac{\exp(z_k)}{\sum_{j=1}^3 \exp(z_j)}$$
"""

STEP = r"\frac{\exp(z_k)}{\sum_{j=1}^3 \exp(z_j)}"


@functools.cache
def _steps(text: str):  # type: ignore[no-untyped-def]
    return doc_steps(text)


def _step(text: str, rhs_start: str):  # type: ignore[no-untyped-def]
    found = [s for s in _steps(text) if s.rhs_latex.strip().startswith(rhs_start)]
    assert len(found) == 1, [(s.lhs_latex, s.rhs_latex) for s in _steps(text)]
    return found[0]


@pytest.mark.slow(6)
def test_a_step_not_writing_the_matrix_is_read_without_the_definition_that_oversteps_it() -> None:
    step = _step(NOTES, r"\frac{\exp(z_k)}")
    assert step.verdict is Verdict.PROVED, step.message
    assert "read without the notes' earlier definitions" in step.message


@pytest.mark.slow(6)
def test_a_wrong_step_read_so_is_not_green_and_not_failed() -> None:
    text = NOTES.replace(STEP, r"\frac{\exp(z_k)}{\sum_{j=1}^3 \exp(2 z_j)}")
    step = _step(text, r"\frac{\exp(z_k)}")
    assert step.verdict is Verdict.SKIPPED, step.message


@pytest.mark.slow(6)
def test_a_step_that_writes_the_matrix_past_its_size_is_not_read_again() -> None:
    text = NOTES + "\n$$\\sum_{i=1}^3 c_i u_i = c_1 u_1 + c_2 u_2 + c_3 u_3$$\n"
    step = _step(text, r"c_1 u_1")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
