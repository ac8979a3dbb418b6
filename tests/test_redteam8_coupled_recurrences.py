r"""Two families defined by coupled recurrences are not read with one unfolded alone (redteam8).

Momentum notes define ``v_{k+1} = \beta v_k + f'(x_k)`` and ``x_{k+1} = x_k - \eta v_{k+1}``. Unfolding x
alone read ``v_{k+1}`` as a free value, though the notes compute it from ``x_k``: the wrong
``\partial x_{k+1}/\partial x_k = 1`` was PROVED and the correct ``1 - 2\eta`` (with ``f(x) = x^2``)
FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_MOMENTUM = r"""
# Momentum

Let $f(x) = x^2$. The method keeps $v_{k+1} = \beta v_k + f'(x_k)$ and $x_{k+1} = x_k - \eta v_{k+1}$.

$$\frac{\partial x_{k+1}}{\partial x_{k}} = RHS$$
"""


def test_the_other_familys_entry_is_not_read_free() -> None:
    step = doc_steps(_MOMENTUM.replace("RHS", "1"), "notes.md")[-1]
    assert step.verdict not in _GREEN, step.message


def test_the_correct_derivative_is_not_failed() -> None:
    step = doc_steps(_MOMENTUM.replace("RHS", r"1 - 2\eta"), "notes.md")[-1]
    assert step.verdict is not Verdict.FAILED, step.message


_ONE_FAMILY = r"""
# Heavy ball

Let $f(x) = x^2$. The heavy-ball method iterates $x_{k+1} = x_k - \eta f'(x_k) + \beta(x_k - x_{k-1})$.

$$\frac{\partial x_{k+1}}{\partial x_{k}} = RHS$$
"""


@pytest.mark.parametrize(("rhs", "verdict"), [(r"1 - 2\eta + \beta", Verdict.PROVED), (r"1 - 2\eta", Verdict.FAILED)])
def test_one_family_is_still_unfolded(rhs: str, verdict: Verdict) -> None:
    step = doc_steps(_ONE_FAMILY.replace("RHS", rhs), "notes.md")[-1]
    assert step.verdict is verdict, step.message


_BROUGHT = r"""
# Gradient descent

The iterates are $x_{k+1} = x_k - \eta g_k$ where $g_k = 2x_k$ is the gradient.

$$LHS = RHS$$
"""


def test_a_definition_the_rule_brings_in_is_not_read_with_a_free_entry() -> None:
    # g_{k+1} := 2x_{k+1} came in with the unfolded x_{k+2}, and was read with x_{k+1} free
    step = doc_steps(_BROUGHT.replace("LHS", "x_{k+2}").replace("RHS", r"(1 - 2\eta)^2 x_k"), "notes.md")[-1]
    assert step.verdict is not Verdict.FAILED, step.message
    wrong = doc_steps(_BROUGHT.replace("LHS", "x_{k+2}").replace("RHS", r"x_k - 2\eta g_k"), "notes.md")[-1]
    assert wrong.verdict not in _GREEN, wrong.message


@pytest.mark.parametrize(("rhs", "verdict"), [(r"1 - 2\eta", Verdict.PROVED), ("1", Verdict.FAILED)])
def test_one_step_through_the_brought_definition_is_still_read(rhs: str, verdict: Verdict) -> None:
    lhs = r"\frac{\partial x_{k+1}}{\partial x_{k}}"
    step = doc_steps(_BROUGHT.replace("LHS", lhs).replace("RHS", rhs), "notes.md")[-1]
    assert step.verdict is verdict, step.message
