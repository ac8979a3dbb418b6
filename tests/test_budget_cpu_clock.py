"""Soft budgets count CPU time, capped by wall time: a verdict must not depend on how busy the machine is.

Counted on the wall clock, the symbolic stage's budget ran out on a loaded machine where it did not on
an idle one, and the same step came out PASSED instead of PROVED (or a partial SKIPPED). A block that
waits instead of computing is still ended, by the wall-clock cap (``WALL_FACTOR`` times the budget)."""

from __future__ import annotations

import resource
import time

import pytest

from verifier.budget import WALL_FACTOR, BudgetExceeded, Deadline, soft_limit


def _user_cpu() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_utime


def _spin(seconds: float) -> None:
    """Compute (not wait) for ``seconds`` of this process's CPU time."""
    end = _user_cpu() + seconds
    while _user_cpu() < end:
        sum(range(1000))


def test_time_spent_waiting_is_not_computing() -> None:
    """Wall time the process does not run (a loaded machine runs it less) is not charged as CPU time."""
    with soft_limit(0.2, "step"):
        time.sleep(0.3)  # past the CPU budget on the wall clock, within the cap
    deadline = Deadline(0.2)
    time.sleep(0.3)
    assert not deadline.expired()


def test_computing_past_the_budget_is_stopped() -> None:
    started = _user_cpu()
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.1, "spin"):
            _spin(5)
    assert info.value.stage == "spin"
    assert _user_cpu() - started < 1.0
    deadline = Deadline(0.1)
    _spin(0.15)
    assert deadline.expired()


def test_waiting_past_the_wall_clock_cap_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(BudgetExceeded):
        with soft_limit(0.05, "wait"):
            while time.monotonic() - started < 5:
                time.sleep(0.01)
    assert time.monotonic() - started < 0.05 * WALL_FACTOR + 1.0


def test_a_bounded_row_reading_is_cut_by_computing_not_by_waiting() -> None:
    """The row reading's run (documents.orientation) is cut by the same clocks as every other budget."""
    from types import SimpleNamespace

    from verifier.documents.orientation import bounded

    doc = SimpleNamespace(stage=lambda name: None)
    with bounded(doc, 0.5) as run:  # waits past its CPU seconds, well inside its wall-clock cap (1.5 s)
        time.sleep(0.6)
        doc.stage("numeric")
    assert not run.cut
    with bounded(doc, 0.1) as run:
        _spin(5)
    assert run.cut
