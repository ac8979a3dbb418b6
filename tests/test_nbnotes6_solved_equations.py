r"""An equation solved through ⇔ states the solution, not the meaning of its name (documents.equivalent).

``X^T X w = X^T y \Leftrightarrow w = (X^T X)^{-1} X^T y`` was learned as the notes' definition of w (a
first link ``w = …``), so the model written again later, ``y = Xw + \epsilon`` with w the true parameter,
was read with w the estimate, and a regularised solution ``w = (X^T X + \lambda I)^{-1} X^T y`` as a
restatement of it. The examples are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
The model is

$$ \mathbf{y} = \mathbf{X}\mathbf{w} + \epsilon $$

Setting the gradient of the squared error to zero,

$$
\mathbf{X}^T \mathbf{X}\mathbf{w} - \mathbf{X}^T\mathbf{y} = 0
\Leftrightarrow \mathbf{X}^T \mathbf{X}\mathbf{w} = \mathbf{X}^T\mathbf{y}
\Leftrightarrow \mathbf{w} = (\mathbf{X}^T \mathbf{X})^{-1}\mathbf{X}^T\mathbf{y}
$$

With Gaussian noise the model stays the same:

$$ MODEL $$

and the ridge solution is

$$ \mathbf{w} = (\mathbf{X}^T \mathbf{X} + \lambda \mathbf{I})^{-1}\mathbf{X}^T\mathbf{y} $$
"""


def _steps(model: str = r"\mathbf{y} = \mathbf{X}\mathbf{w} + \epsilon") -> list:
    check = check_text(_NOTES.replace("MODEL", model), "t.md", FAST)
    return [s for c in check.chains for s in c.result.steps]


def _as_written(run_once: Callable[[str, Callable[[], Any]], Any]) -> list:
    """The notes with the model restated as written, checked once per test run for the two tests that
    read them (conftest.run_once): each test asserts on another step of the same check."""
    return run_once("nbnotes6-solved-as-written", _steps)


@pytest.mark.slow(3)
def test_the_model_restated_after_the_solution_is_checked_against_the_model(run_once) -> None:
    steps = _as_written(run_once)
    restated = [s for s in steps if s.lhs_latex == r"\mathbf{y}"][1]
    assert restated.verdict.value in ("PROVED", "PASSED"), restated.message


@pytest.mark.slow(2)
def test_a_wrong_restated_model_is_not_green() -> None:
    steps = _steps(r"\mathbf{y} = \mathbf{X}^T\mathbf{w} + \epsilon")
    restated = [s for s in steps if s.lhs_latex == r"\mathbf{y}"][1]
    assert restated.verdict.value not in ("PROVED", "PASSED"), restated.message


def test_the_solution_is_no_definition_and_never_failed(run_once) -> None:
    steps = _as_written(run_once)
    solved = [s for s in steps if s.lhs_latex == r"\mathbf{w}"]
    assert len(solved) == 2
    # the solved form follows from the equation before it (documents.solvedform, nbnotes8): PROVED as a link
    assert solved[0].verdict.value == "PROVED" and "defines" not in solved[0].message, solved[0].message
    assert "M v = q" in solved[0].message, solved[0].message
    # the ridge solution is then the notes' first definition of w, not a restatement of the OLS one
    assert "defines w (the notes' definition" in solved[1].message, solved[1].message
