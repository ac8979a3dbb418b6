"""Budgets: a timeout is not an Exception, and nested limits restore the outer one."""

from __future__ import annotations

import time

import pytest

from verifier.budget import BudgetExceeded, soft_limit


def test_budget_exceeded_passes_through_except_exception() -> None:
    caught_by_generic = False
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.05, "spin"):
            try:
                while True:
                    time.sleep(0.001)
            except Exception:  # noqa: BLE001 - the point of the test
                caught_by_generic = True
    assert not caught_by_generic
    assert info.value.stage == "spin"


def test_inner_limit_restores_the_outer_one() -> None:
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.3, "outer"):
            with soft_limit(5, "inner"):
                pass
            while True:
                time.sleep(0.001)
    assert info.value.stage == "outer"


def test_no_alarm_is_left_behind() -> None:
    with soft_limit(0.05, "quick"):
        pass
    time.sleep(0.1)  # an alarm left armed would raise here
