"""Time budgets that ``except Exception`` cannot swallow.

Two layers: a *soft* budget here (an interval timer's signal raises :class:`BudgetExceeded` inside
a long SymPy call that is executing Python bytecode) and a *hard* budget in the runner (the worker
process is killed), for calls stuck in C code where no signal handler gets to run.

Soft budgets count this process's CPU time, capped at ``WALL_FACTOR`` times as much wall time
(:func:`soft_limit`, :class:`Deadline`): counted on the wall clock alone, they made a step's verdict
depend on how busy the machine was (PROVED idle, PASSED or SKIPPED under load). The runner's hard
limit stays on the wall clock: it is what ends a worker that hangs without computing.

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
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import CodeType, FrameType
from typing import Any


class BudgetExceeded(BaseException):
    """A budget ran out. Derives from BaseException so ``except Exception`` lets it through."""

    def __init__(self, stage: str = "") -> None:
        super().__init__(stage)
        self.stage = stage


RETRY = 0.01  # seconds until a deferred alarm fires again

#: the wall-clock cap of every budget, as a multiple of its CPU seconds (documents.allowance too)
WALL_FACTOR = 3.0


@dataclass(frozen=True)
class _Clock:
    """One clock a budget counts: its interval timer, the signal that timer sends, how it is read, and
    the multiple of a budget's seconds it allows."""

    timer: int
    signum: int
    now: Callable[[], float]
    scale: float


def _user_cpu() -> float:
    """This process's user CPU seconds: what ``ITIMER_VIRTUAL`` counts (``ITIMER_PROF``, user + system,
    is the sampling profiler's in benchmarks/cpuprofile.py)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_utime


_CPU = _Clock(signal.ITIMER_VIRTUAL, signal.SIGVTALRM, _user_cpu, 1.0)
_WALL = _Clock(signal.ITIMER_REAL, signal.SIGALRM, time.monotonic, WALL_FACTOR)
_CLOCKS = (_CPU, _WALL)

def _scale(clock: _Clock, wall_factor: float | None) -> float:
    """The multiple of a budget's seconds ``clock`` allows: the wall clock's may be set per budget."""
    return wall_factor if wall_factor is not None and clock is _WALL else clock.scale


#: seconds this process has spent in paused() blocks, by clock (no budget counts them)
_paused: dict[_Clock, float] = {_CPU: 0.0, _WALL: 0.0}
#: how many paused() blocks are running (their enclosing limits' timers are stopped, not run out)
_pausing = [0]


def paused_seconds() -> float:
    """Wall-clock seconds spent so far in :func:`paused` blocks (budgets subtract the difference)."""
    return _paused[_WALL]


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with every budget stopped: the armed soft limit's timers are stopped and re-armed
    with what they had left, and the block's time is added to what enclosing soft limits (when they
    re-arm after an inner one) and every :class:`Deadline` leave out.
    For one-time work a step happens to need first (imports, a library's caches), never for checking."""
    alarm = _can_use_alarm()
    left = {c: signal.getitimer(c.timer)[0] if alarm else 0.0 for c in _CLOCKS}
    for c in _CLOCKS:
        if left[c] > 0:
            signal.setitimer(c.timer, 0)
    started = {c: c.now() for c in _CLOCKS}
    _pausing[0] += 1
    try:
        yield
    finally:
        _pausing[0] -= 1
        for c in _CLOCKS:
            _paused[c] += c.now() - started[c]
            if left[c] > 0:
                signal.setitimer(c.timer, left[c])


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
def soft_limit(seconds: float, stage: str = "", wall_factor: float | None = None) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` in this block after ``seconds`` of this process's CPU time, or
    ``WALL_FACTOR`` times as many seconds of wall time, whichever comes first.

    CPU time, because a budget that counts the wall clock decides verdicts by how busy the machine is:
    the same notes got PROVED on an idle machine and PASSED (the symbolic stage cut short) or a partial
    SKIPPED under load. The wall-clock cap still ends a block that waits instead of computing (a
    ``sleep``, a lock) or a machine so busy that the hard limit would otherwise take the whole step.
    Nested limits keep the tighter deadline on each clock and restore the outer one on exit. Outside
    the main thread no signal can be used; the hard budget of the runner still applies there.
    ``wall_factor`` replaces ``WALL_FACTOR`` for this block: an allowance whose spending must not depend on
    the load (documents.othersizes) gives a wide one, so that only a block that waits meets it.
    """
    if seconds <= 0:
        raise BudgetExceeded(stage)
    if not _can_use_alarm():
        yield
        return
    outer = {c: _enclosing(signal.getsignal(c.signum), signal.getitimer(c.timer)[0]) for c in _CLOCKS}
    started = {c: (c.now(), _paused[c]) for c in _CLOCKS}
    ending = [False]  # set first in the ``finally``: from then on this block's handlers raise nothing (_handler)
    try:  # a timer may fire as soon as it is armed (a CPU timer at the next tick): the outer limit is restored
        for c in _CLOCKS:
            handler, remaining = outer[c]
            limit = seconds * _scale(c, wall_factor)
            signal.signal(c.signum, _handler(c, stage, remaining <= 0 or limit < remaining, handler, ending))
            signal.setitimer(c.timer, limit if remaining <= 0 else min(limit, remaining))
        yield
    finally:
        ending[0] = True  # a plain store: no handler runs before it (CPython runs them entering a function or looping)
        with _signals_held():
            for c in _CLOCKS:
                signal.setitimer(c.timer, 0)
            for c in _CLOCKS:
                handler, remaining = outer[c]
                signal.signal(c.signum, handler)
                if remaining > 0:
                    at, paused_before = started[c]
                    left = remaining - (c.now() - at - (_paused[c] - paused_before))
                    signal.setitimer(c.timer, max(left, 1e-3))
        for c in _CLOCKS:  # one that fired while held had its signal drained above: it fires again (review71)
            if outer[c][1] > 0 and signal.getitimer(c.timer)[0] <= 0:
                signal.setitimer(c.timer, 1e-3)


def _enclosing(handler: Any, remaining: float) -> tuple[Any, float]:
    """The enclosing limit of one clock as a soft limit starts: its handler and the seconds its timer has left.

    An enclosing limit's timer that reads zero outside :func:`paused` has fired and its handler has not run yet
    (it runs at the next call or loop, by then this limit's, which ignores a signal while its own timer runs):
    read as a millisecond left, so that this limit hands its clock's signal on to it instead of dropping the
    enclosing deadline (review71)."""
    if remaining <= 0 and getattr(handler, "soft_limit", False) and not _pausing[0]:
        return handler, 1e-3
    return handler, remaining


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold the budgets' signals while a soft limit hands its clocks back, and drop those that came.

    Between disarming one timer and the other, the second could fire and raise the finished block's
    BudgetExceeded inside the ``finally``, leaving the enclosing limit without its handlers and timers.
    A signal held here was meant for the limit that is ending (or for the enclosing one, whose timers
    are re-armed with what they have left, at least a millisecond): dropping it loses no deadline.
    """
    signums = {c.signum for c in _CLOCKS}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, signums)
    try:
        yield
    finally:
        while signal.sigtimedwait(signums, 0) is not None:
            continue
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _handler(
    clock: _Clock, stage: str, tighter: bool, outer: Any, ending: list[bool]
) -> Callable[[int, FrameType | None], None]:
    """The signal handler of one clock of a soft limit: raise where that is safe (else try again a
    moment later), or hand the signal to the enclosing limit whose deadline it is.

    It does nothing once its limit is ending (``ending[0]``, set first in the limit's ``finally``) or while
    its clock's timer is still running. The ``finally`` masks the budgets' signals (:func:`_signals_held`), but
    a signal the kernel delivered before the mask took effect still has its Python handler run afterwards, at
    the next call or loop: raised there, the finished block's BudgetExceeded left the ``finally`` half done,
    the other clock's timer armed and this limit's handlers installed (at the outermost limit, a wall timer
    armed for seconds after the check returned: the flaky "timer left armed" of stop 70, timer71). Dropping
    such a signal loses no deadline: the block has ended, and the enclosing limit's timers are re-armed with
    what they have left (at least a millisecond). A one-shot timer that fired reads zero; one that still
    runs sent no signal of this limit's (a signal that came for the limit just ended and whose handler runs
    after the enclosing limit's was put back)."""

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if ending[0] or signal.getitimer(clock.timer)[0] > 0:
            return
        if tighter:
            if _unsafe_to_raise(frame):
                signal.setitimer(clock.timer, RETRY)
                return
            raise BudgetExceeded(stage)
        if callable(outer):
            outer(signum, frame)

    on_alarm.soft_limit = True  # type: ignore[attr-defined]  # (_enclosing)
    return on_alarm


class Deadline:
    """A budget shared by the stages of one identity: CPU seconds of this process, capped at
    ``WALL_FACTOR`` (or ``wall_factor``) times as many seconds of wall time (see :func:`soft_limit`)."""

    def __init__(self, seconds: float, wall_factor: float | None = None) -> None:
        self._scales = {c: _scale(c, wall_factor) for c in _CLOCKS}
        self._ends = {c: c.now() + seconds * self._scales[c] for c in _CLOCKS}
        self._paused = dict(_paused)  # time spent in paused() blocks from now on is not charged

    def remaining(self) -> float:
        """The seconds left, as a budget to pass on (:func:`soft_limit`): the tighter of the two clocks."""
        return min((end - c.now() + (_paused[c] - self._paused[c])) / self._scales[c]
                   for c, end in self._ends.items())  # fmt: skip

    def expired(self) -> bool:
        return self.remaining() <= 0
