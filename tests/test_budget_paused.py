"""``budget.paused``: one-time work (SymPy's first ``simplify``) done inside a step is charged to no budget.

The CLI's parent no longer runs ``simplify`` before it forks workers (no catalog entry reaches it),
so a worker or a ``verify doc`` run warms it the first time a step needs it, maybe inside the
argument by cases' budget: that time must not decide PROVED against PASSED under load.
"""

from __future__ import annotations

import time

import pytest
import sympy as sp

from verifier import symbolic
from verifier.budget import BudgetExceeded, Deadline, paused, paused_seconds, soft_limit


def test_a_paused_block_does_not_count_against_the_armed_limit() -> None:
    with soft_limit(0.3, "step"):
        with paused():
            time.sleep(0.5)  # past the limit: no alarm while paused
        time.sleep(0.05)  # the limit's own time is left, re-armed
    with pytest.raises(BudgetExceeded) as info:  # and it still fires once its own time is used up
        with soft_limit(0.2, "step"):
            with paused():
                time.sleep(0.05)
            while True:
                time.sleep(0.001)
    assert info.value.stage == "step"


def test_an_outer_limit_re_armed_after_an_inner_one_leaves_out_the_paused_time() -> None:
    with soft_limit(0.4, "outer"):
        with soft_limit(5, "inner"):
            with paused():
                time.sleep(0.5)
        time.sleep(0.05)


def test_a_deadline_leaves_out_the_paused_time() -> None:
    before = paused_seconds()
    deadline = Deadline(0.3)
    with paused():
        time.sleep(0.4)
    assert paused_seconds() - before >= 0.4
    assert not deadline.expired()
    assert 0 < deadline.remaining() <= 0.3


def test_the_first_simplify_inside_the_argument_by_cases_is_not_charged_to_its_budget(monkeypatch) -> None:
    """At x = 1 the sides are the numbers (1 + sqrt 2)^2 - 2 sqrt 2 - 2 and 1: the argument by cases
    asks ``simplify`` whether they differ, the first ``simplify`` of the process (slowed here to stand
    for its imports under load). Charged to the stage's budget, it would stop the whole cascade."""
    symbolic.warm_simplify.cache_clear()
    real, calls = sp.simplify, []

    def first_call_slow(expr, *args, **kwargs):
        calls.append(expr)
        if len(calls) == 1:
            time.sleep(1.2)  # the warm-up's first call: longer than the stage's budget
        return real(expr, *args, **kwargs)

    monkeypatch.setattr(sp, "simplify", first_call_slow)
    x, r2 = sp.Symbol("x", real=True), sp.sqrt(2)
    lhs = sp.Piecewise((x, x > 1), ((1 + r2) ** 2 - 2 * r2 - 2, x >= 1), (x, True))
    outcome = symbolic.prove_equal([lhs], [x], {}, Deadline(30), simplify_budget=1.0)
    assert len(calls) > 2  # the warm-up's two calls, then the argument's own
    assert not outcome.refuted  # 1 = 1 at x = 1: no refutation (and no BudgetExceeded)
