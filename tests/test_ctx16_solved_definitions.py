r"""``⇒ w = (X^T X)^{-1} X^T y`` in a display of its own after the normal equations: the solution the notes
derive is checked as following from the equation before it (documents/equivalent.py, ``solves_defining``)
and stays w's definition for the lines after it. Small notes written for the tests, each with a wrong
variant that must not come out green."""

from __future__ import annotations

import functools

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
# Least squares

We minimise $J(w) = \frac{1}{2}(Xw - y)^T (Xw - y)$ over the weights $w$. Setting the gradient to zero:

$$X^T (X w - y) = 0$$

$$\Rightarrow \; X^T X w = X^T y$$

$$\Rightarrow \; w = (X^T X)^{-1} X^T y = (X^T X)^{-1} (X^T y)$$

The fitted values are then

$$X w = X (X^T X)^{-1} X^T y$$
"""

SOLUTION = r"w = (X^T X)^{-1} X^T y = (X^T X)^{-1} (X^T y)"


@functools.cache
def _steps(text: str):  # type: ignore[no-untyped-def]
    return doc_steps(text)


def _step(text: str, lhs: str, rhs_start: str = ""):  # type: ignore[no-untyped-def]
    found = [s for s in _steps(text) if s.lhs_latex.strip(" ;\\") == lhs and s.rhs_latex.startswith(rhs_start)]
    assert len(found) == 1, [(s.lhs_latex, s.rhs_latex) for s in _steps(text)]
    return found[0]


@pytest.mark.slow(6)
def test_a_led_solution_that_goes_on_is_checked_against_the_equation_before_it() -> None:
    step = _step(NOTES, "w")
    assert step.verdict is Verdict.PROVED, step.message
    assert "M v = q" in step.message


@pytest.mark.slow(6)
def test_a_led_solution_alone_in_its_display_is_checked_too() -> None:
    text = NOTES.replace(SOLUTION, r"w = (X^T X)^{-1} X^T y")
    step = _step(text, "w")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.slow(6)
def test_the_solution_stays_the_definition_for_the_lines_after_it() -> None:
    step = _step(NOTES, "X w")
    assert step.verdict is Verdict.PROVED, step.message


@pytest.mark.slow(6)
def test_a_wrong_solution_is_not_green_and_stays_the_definition() -> None:
    wrong = NOTES.replace(SOLUTION, r"w = 2 (X^T X)^{-1} X^T y = 2 (X^T X)^{-1} (X^T y)")
    step = _step(wrong, "w")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "defines w" in step.message


@pytest.mark.slow(6)
def test_a_solution_with_the_factors_swapped_is_not_green() -> None:
    wrong = NOTES.replace(SOLUTION, r"w = (X^T X)^{-1} y^T X = (X^T X)^{-1} (y^T X)")
    step = _step(wrong, "w")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
