"""A soft limit whose other timer fires while it is being disarmed restores the enclosing limit.

``soft_limit`` disarms two timers when its block ends. A signal from the second timer landing after the
first one was zeroed ran the inner limit's handler inside the ``finally``: the block, which had
finished, raised the inner stage's BudgetExceeded, and the enclosing limit's handlers and timers were
never restored (the outer budget then had no timer at all). The timer firing in that window is
simulated (no timing in this test)."""

from __future__ import annotations

import signal

import pytest

from verifier.budget import soft_limit

_CLOCKS = ((signal.ITIMER_VIRTUAL, signal.SIGVTALRM), (signal.ITIMER_REAL, signal.SIGALRM))


@pytest.mark.parametrize("late", _CLOCKS, ids=["cpu-fires-late", "wall-fires-late"])
def test_a_timer_firing_while_the_inner_limit_is_disarmed_is_not_charged_to_the_finished_block(
    monkeypatch, late
) -> None:
    late_timer, late_signum = late
    real = signal.setitimer
    fired: list[int] = []

    def other_fires_when_first_disarmed(which: int, seconds: float, interval: float = 0.0) -> tuple[float, float]:
        previous = real(which, seconds, interval)
        if seconds == 0 and which != late_timer and not fired:  # the first timer is zeroed: the other fires
            fired.append(which)
            signal.raise_signal(late_signum)
        return previous

    with soft_limit(30, "outer"):
        handlers = {s: signal.getsignal(s) for _, s in _CLOCKS}
        with soft_limit(20, "inner"):
            monkeypatch.setattr(signal, "setitimer", other_fires_when_first_disarmed)
        monkeypatch.setattr(signal, "setitimer", real)
        assert fired, "the simulated late signal was never sent"
        assert {s: signal.getsignal(s) for _, s in _CLOCKS} == handlers
        assert all(signal.getitimer(t)[0] > 10 for t, _ in _CLOCKS)
    assert all(signal.getitimer(t)[0] == 0 for t, _ in _CLOCKS)
