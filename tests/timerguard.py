"""What a test left of the interval timers and their signals' handlers (tests/conftest.py checks every test: timer71).

A budget's interval timer left armed, or its signal's handler left installed, raises BudgetExceeded (a
BaseException) in a later test or in pytest's own reporting, where it crashes the xdist worker (an INTERNALERROR
under load) instead of failing the test that left it. :func:`before` is read as a test starts, :func:`left_behind`
as it ends: it disarms and puts back what it finds, and names it. No import of the verifier here (conftest loads it
before collection). Cost: a ``getitimer`` and two of ``_signal``'s ``getsignal`` per clock (the raw handler;
``signal.getsignal`` converts it to an enum, 10 times as slow), about 8 µs a test, 0.1 s for the whole suite.
"""

from __future__ import annotations

import _signal
import signal

#: the interval timers (the budgets' CPU and wall clocks, verifier.budget, and the sampling profiler's)
TIMERS = tuple((name, getattr(signal, name)) for name in ("ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF"))
#: the signals they send
SIGNALS = (signal.SIGALRM, signal.SIGVTALRM, signal.SIGPROF)


def before() -> list[object]:
    """The handlers of :data:`SIGNALS` as a test starts."""
    return [_signal.getsignal(s) for s in SIGNALS]


def left_behind(handlers: list[object]) -> list[str]:
    """What is left since :func:`before` gave ``handlers``: each timer armed, each handler changed (disarmed and put
    back here), by name; [] where nothing is."""
    armed = [name for name, timer in TIMERS if signal.getitimer(timer)[0] > 0]
    for name, timer in TIMERS:
        if name in armed:
            signal.setitimer(timer, 0)
    changed = [s for s, h in zip(SIGNALS, handlers, strict=True) if _signal.getsignal(s) != h]
    for s, h in zip(SIGNALS, handlers, strict=True):
        if s in changed:
            signal.signal(s, h)  # type: ignore[arg-type]
    return [f"{name} armed" for name in armed] + [f"the {signal.Signals(s).name} handler changed" for s in changed]
