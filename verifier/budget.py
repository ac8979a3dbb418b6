"""Time budgets that ``except Exception`` cannot swallow.

Two layers: a *soft* budget here (SIGALRM raises :class:`BudgetExceeded` inside a long SymPy
call that is executing Python bytecode) and a *hard* budget in the runner (the worker process
is killed), for calls stuck in C code where no signal handler gets to run.

A signal can land anywhere, and two places must not be interrupted: the import machinery
(an exception there leaves a half-initialised module behind, and every later use of it fails)
and a finalizer (``__del__`` or a weakref callback such as ``WeakKeyDictionary``'s ``remove``,
where Python only prints the exception and the budget is lost).
When the alarm lands in one of those, the handler does not raise; it re-arms the timer for
a moment later, so the budget ends at the first safe point instead.

A third kind of time must not count at all: a library's one-time work (SymPy's first
``simplify`` imports ``sympy.physics.units`` and dozens of modules). Done lazily inside a step, it
would be charged to that step's budget, and under machine load it could decide PROVED against
PASSED; :func:`paused` runs such work with every budget stopped (the soft limits' timer and every
:class:`Deadline`), so a budget measures the proof, however late the one-time work happens (the
runner's hard limit on a worker's wall time still counts it).
"""

from __future__ import annotations

import gc
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import CodeType, FrameType


class BudgetExceeded(BaseException):
    """A budget ran out. Derives from BaseException so ``except Exception`` lets it through."""

    def __init__(self, stage: str = "") -> None:
        super().__init__(stage)
        self.stage = stage


RETRY = 0.01  # seconds until a deferred alarm fires again

_paused = 0.0  # wall-clock seconds this process has spent in paused() blocks (no budget counts them)


def paused_seconds() -> float:
    """Wall-clock seconds spent so far in :func:`paused` blocks (budgets subtract the difference)."""
    return _paused


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with every budget stopped: the armed soft limit's timer is stopped and re-armed
    with what it had left, and the block's time is added to :func:`paused_seconds`, which enclosing
    soft limits (when they re-arm after an inner one) and every :class:`Deadline` leave out.
    For one-time work a step happens to need first (imports, a library's caches), never for checking."""
    global _paused
    alarm = _can_use_alarm()
    left = signal.getitimer(signal.ITIMER_REAL)[0] if alarm else 0.0
    if left > 0:
        signal.setitimer(signal.ITIMER_REAL, 0)
    started = time.monotonic()
    try:
        yield
    finally:
        _paused += time.monotonic() - started
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)


def _in_weakref(filename: str) -> bool:
    """weakref.py's callbacks run from the garbage collector: an exception there is only printed."""
    return filename.endswith(("/weakref.py", "/_weakrefset.py"))


def _gc_callback_codes() -> set[CodeType]:
    """The code of every ``gc.callbacks`` hook (hypothesis registers one): the collector runs them
    where an exception is only printed, like a finalizer."""
    codes: set[CodeType] = set()
    for hook in gc.callbacks:
        code = getattr(getattr(hook, "__func__", hook), "__code__", None)
        if code is not None:
            codes.add(code)
    return codes


def _unsafe_to_raise(frame: FrameType | None) -> bool:
    """True while ``frame`` or a caller is importing a module, running a finalizer or a weakref
    or garbage-collector callback: an exception raised there is printed and lost, not raised."""
    hooks = _gc_callback_codes()
    while frame is not None:
        code = frame.f_code
        if (
            code.co_filename.startswith("<frozen importlib")
            or code.co_name == "__del__"
            or _in_weakref(code.co_filename)
            or code in hooks
        ):
            return True
        frame = frame.f_back
    return False


def _can_use_alarm() -> bool:
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@contextmanager
def soft_limit(seconds: float, stage: str = "") -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in this block after ``seconds`` of wall time.

    Nested limits keep the tighter deadline and restore the outer one on exit. Outside the
    main thread no signal can be used; the hard budget of the runner still applies there.
    """
    if seconds <= 0:
        raise BudgetExceeded(stage)
    if not _can_use_alarm():
        yield
        return
    outer_handler = signal.getsignal(signal.SIGALRM)
    outer_remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    started, paused_before = time.monotonic(), _paused
    effective = seconds if outer_remaining <= 0 else min(seconds, outer_remaining)
    inner_is_tighter = outer_remaining <= 0 or seconds < outer_remaining

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if inner_is_tighter:
            if _unsafe_to_raise(frame):
                signal.setitimer(signal.ITIMER_REAL, RETRY)
                return
            raise BudgetExceeded(stage)
        if callable(outer_handler):
            outer_handler(signum, frame)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, effective)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_remaining > 0:
            left = outer_remaining - (time.monotonic() - started - (_paused - paused_before))
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3))


class Deadline:
    """A wall-clock budget shared by the stages of one identity."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self._paused = _paused  # time spent in paused() blocks from now on is not charged

    def remaining(self) -> float:
        return self.end - time.monotonic() + (_paused - self._paused)

    def expired(self) -> bool:
        return self.remaining() <= 0
