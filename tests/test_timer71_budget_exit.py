"""A budget's signal whose Python handler runs after its limit's ``finally`` began must leave no timer armed (timer71).

The kernel may deliver a budget's signal (its CPU timer fires) just before ``soft_limit``'s ``finally`` masks the
budgets' signals; CPython then runs the Python handler at the next function entry or loop, inside the ``finally``.
It raised the finished block's BudgetExceeded there: the ``finally`` stopped half done, the wall-clock timer stayed
armed and the limit's handlers installed. The common case: a check that stops itself when its :class:`Deadline`
runs out (the other-size allowance) meets its soft limit's CPU timer at the same moment; at the outermost limit
(wall factor 30) a wall timer was left armed for seconds after the check returned (stop 70's flaky "a budget timer
was left armed" after test_mdnotes2_anew). The signal is sent here where the ``finally`` takes the mask (no timing).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from verifier.budget import BudgetExceeded, soft_limit

_TIMERS = (signal.ITIMER_VIRTUAL, signal.ITIMER_REAL)
_SIGNALS = (signal.SIGVTALRM, signal.SIGALRM)


@pytest.fixture
def as_before() -> Iterator[dict[int, object]]:
    """The budgets' handlers before the test; put back and timers disarmed afterwards whatever it left."""
    before = {s: signal.getsignal(s) for s in _SIGNALS}
    yield before
    for t in _TIMERS:
        signal.setitimer(t, 0)
    for s, h in before.items():
        signal.signal(s, h)  # type: ignore[arg-type]


def _cpu_fires_as_the_mask_is_taken(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """On the first masking of the budgets' signals, the CPU timer fires (it is zeroed, as a one-shot timer that
    fired is) and its signal's handler runs before the mask: where the kernel's signal lands just before it."""
    real_mask, sent = signal.pthread_sigmask, []

    def mask(how: int, signums: object) -> object:
        if how == signal.SIG_BLOCK and not sent:
            sent.append(signal.SIGVTALRM)
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
            signal.raise_signal(signal.SIGVTALRM)
        return real_mask(how, signums)

    monkeypatch.setattr(signal, "pthread_sigmask", mask)
    return sent


def test_a_signal_handled_as_the_outermost_limit_ends_leaves_no_timer_armed(monkeypatch, as_before) -> None:
    sent = _cpu_fires_as_the_mask_is_taken(monkeypatch)
    try:
        with soft_limit(5, "other sizes", wall_factor=30.0):
            pass  # the block ended: its CPU timer fires as it hands the clocks back
    except BudgetExceeded:
        pass  # (the finished block's own budget: not what this test is about)
    monkeypatch.undo()
    assert sent, "the simulated signal was never sent"
    assert [signal.getitimer(t)[0] for t in _TIMERS] == [0.0, 0.0]
    assert {s: signal.getsignal(s) for s in _SIGNALS} == as_before


def test_a_signal_handled_as_an_inner_limit_ends_gives_the_enclosing_limit_back(monkeypatch, as_before) -> None:
    with soft_limit(30, "outer"):
        handlers = {s: signal.getsignal(s) for s in _SIGNALS}
        sent = _cpu_fires_as_the_mask_is_taken(monkeypatch)
        raised = ""
        try:
            with soft_limit(5, "inner"):
                pass
        except BudgetExceeded as exc:
            raised = exc.stage
        monkeypatch.undo()
        assert sent, "the simulated signal was never sent"
        assert raised == ""  # the inner block had ended: its budget is not raised after it
        assert {s: signal.getsignal(s) for s in _SIGNALS} == handlers
        assert all(signal.getitimer(t)[0] > 10 for t in _TIMERS)
    assert [signal.getitimer(t)[0] for t in _TIMERS] == [0.0, 0.0]


def test_a_stale_signal_whose_timer_still_runs_raises_nothing(as_before) -> None:
    """A signal that came for a limit just ended, whose handler runs once the enclosing limit's is back: the
    enclosing limit's timer still runs (re-armed with what it had left), so it is not its deadline."""
    with soft_limit(30, "outer"):
        signal.raise_signal(signal.SIGVTALRM)  # the timer of "outer" runs: nothing is raised
        signal.raise_signal(signal.SIGALRM)
        assert all(signal.getitimer(t)[0] > 10 for t in _TIMERS)


def test_a_timer_that_fires_still_raises_its_stage(as_before) -> None:
    """The wrong twin: the handler's new checks must not drop the budget's own signal."""
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.05, "tiny"):
            while True:
                sum(range(100))
    assert info.value.stage == "tiny"
    with soft_limit(30, "outer"), pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.05, "inner"):
            while True:
                sum(range(100))
    assert info.value.stage == "inner"
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.05, "outer"), soft_limit(30, "wide inner"):
            while True:
                sum(range(100))
    assert info.value.stage == "outer"
