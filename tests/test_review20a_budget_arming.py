"""A soft limit whose timer fires while it is being armed leaves the enclosing limit as it was (review20a).

Since the budgets count two clocks, ``soft_limit`` arms two timers before its block starts. A CPU timer
fires at the next scheduler tick, so a nearly spent budget (``deadline.remaining()`` of a few microseconds)
can fire between the first timer and the ``try`` that restores the enclosing limit: the exception left
the inner handler installed and the enclosing limit's CPU timer spent, so the outer budget counted only
its wall-clock cap from then on. The timer firing at once is simulated (no timing in this test)."""

from __future__ import annotations

import signal

import pytest

from verifier.budget import BudgetExceeded, soft_limit

_CLOCKS = ((signal.ITIMER_VIRTUAL, signal.SIGVTALRM), (signal.ITIMER_REAL, signal.SIGALRM))


@pytest.mark.parametrize("clock", _CLOCKS, ids=["cpu", "wall"])
def test_an_inner_limit_that_fires_while_armed_restores_the_outer_one(monkeypatch, clock) -> None:
    timer, signum = clock
    real = signal.setitimer
    tiny = 1e-4  # the inner budget, on the CPU clock (the wall clock's is WALL_FACTOR times as much)

    def fires_at_once(which: int, seconds: float, interval: float = 0.0) -> tuple[float, float]:
        if which == timer and 0 < seconds < 1e-3:  # the inner limit's timer: it has fired already
            previous = real(which, 0)
            signal.raise_signal(signum)
            return previous
        return real(which, seconds, interval)

    with soft_limit(30, "outer"):
        handlers = {s: signal.getsignal(s) for _, s in _CLOCKS}
        monkeypatch.setattr(signal, "setitimer", fires_at_once)
        with pytest.raises(BudgetExceeded) as info:
            with soft_limit(tiny, "inner"):
                pass
        monkeypatch.setattr(signal, "setitimer", real)
        assert info.value.stage == "inner"
        assert {s: signal.getsignal(s) for _, s in _CLOCKS} == handlers
        assert all(signal.getitimer(t)[0] > 10 for t, _ in _CLOCKS)
    assert all(signal.getitimer(t)[0] == 0 for t, _ in _CLOCKS)
