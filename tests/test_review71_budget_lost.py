"""review71: an enclosing soft limit's expiry must never be lost at an inner limit's exit or entry
(the rule "always finishes": a block that waits under a budget is stopped).

Each test makes a narrow race deterministic: a signal held (masked) while the enclosing limit's timer fires.
"""

from __future__ import annotations

import signal
import threading
import time

import pytest

from verifier import budget
from verifier.budget import BudgetExceeded, soft_limit


def _fire_held(timer: int) -> None:
    """The timer fires with its signal held by this thread (a signal the kernel keeps pending for it: with
    other threads running, the kernel would hand a process signal to one of them instead)."""
    signal.setitimer(timer, 0)
    signal.pthread_kill(threading.get_ident(), signal.SIGALRM)


def _wait(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(0.01)


def test_review71_enclosing_expiry_fired_while_held_is_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """The inner limit's finally re-arms the enclosing timers (a few ms left) with the signals held, then drains
    the held signals: an enclosing timer that fired inside that window (the process preempted) was drained
    with nothing armed, and the enclosing block then waited forever."""
    real = signal.sigtimedwait
    fired: list[bool] = []

    def slow_drain(signums, timeout):  # the process preempted just before the drain: the enclosing timer fired
        if not fired:
            fired.append(True)
            _fire_held(signal.ITIMER_REAL)
        return real(signums, timeout)

    with pytest.raises(BudgetExceeded) as caught:
        with soft_limit(0.3, "outer", wall_factor=1.0):
            with soft_limit(10.0, "inner"):
                _wait(0.25)
                monkeypatch.setattr(signal, "sigtimedwait", slow_drain)
            monkeypatch.setattr(signal, "sigtimedwait", real)
            _wait(1.5)  # a block that waits: the enclosing limit's wall clock must stop it
    assert caught.value.stage == "outer"
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] == 0


def test_review71_enclosing_expiry_pending_at_inner_entry_is_not_dropped() -> None:
    """The enclosing timer fired and its handler had not run yet when an inner limit started: the inner read
    the enclosing timer as unarmed (no enclosing limit), its handler then dropped the signal (its own timer
    running), and at its exit it did not re-arm the enclosing clock."""
    outer_caught = False
    try:
        with soft_limit(0.2, "outer", wall_factor=1.0):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            try:
                _fire_held(signal.ITIMER_REAL)  # the enclosing wall timer fires, its signal held
                with soft_limit(10.0, "inner"):
                    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
                    _wait(0.05)
            except BudgetExceeded:
                pass  # raised at the inner's entry or in it: the enclosing limit still must stop the wait below
            finally:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
            _wait(1.5)
    except BudgetExceeded as exc:
        outer_caught = exc.stage == "outer"
    assert outer_caught
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] == 0


def test_review71_limits_never_leave_a_timer_armed() -> None:
    with soft_limit(0.5, "a"):
        with soft_limit(0.1, "b"):
            pass
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] == 0
    assert budget is not None
