"""The suite's guard names what a test left of the interval timers and their handlers, and puts it back (timer71).

tests/conftest.py's autouse fixture checked the budgets' two timers only: a soft limit that stopped half way left
its handlers installed as well, and the next stray signal raised a finished limit's budget in a later test.
"""

from __future__ import annotations

import signal

from timerguard import before, left_behind


def test_nothing_left_is_nothing_named() -> None:
    assert left_behind(before()) == []


def test_a_handler_left_installed_is_named_and_put_back() -> None:
    handlers = before()
    previous = signal.signal(signal.SIGVTALRM, lambda signum, frame: None)
    try:
        assert left_behind(handlers) == ["the SIGVTALRM handler changed"]
        assert signal.getsignal(signal.SIGVTALRM) == previous
    finally:
        signal.signal(signal.SIGVTALRM, previous)


def test_each_timer_left_armed_is_named_and_disarmed() -> None:
    handlers = before()
    try:
        signal.setitimer(signal.ITIMER_REAL, 100)
        signal.setitimer(signal.ITIMER_PROF, 100)
        assert left_behind(handlers) == ["ITIMER_REAL armed", "ITIMER_PROF armed"]
        assert signal.getitimer(signal.ITIMER_REAL)[0] == signal.getitimer(signal.ITIMER_PROF)[0] == 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.setitimer(signal.ITIMER_PROF, 0)
