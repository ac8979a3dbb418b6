"""Run user code in forked worker processes: a hard wall-clock budget and a memory cap per call.

Everything an author or a reader supplies (a catalog module's import, an entry's builder, a
command-line claim, a document's chains) runs here, never in the CLI process, because:

* a SymPy call stuck in C (a huge integer power, ``sum(range(10**12))``) never returns to the
  interpreter, so no signal handler or ``except`` can stop it; only killing the process can;
* ``sys.exit``, ``os._exit``, a segfault or a memory hog must cost one ERROR row, not the run;
* state an entry changes (``mpmath.mp.dps``, ``np.seterr``, SymPy's ``evaluate``, a patched
  verifier function, the working directory) must not reach the next entry: every call gets a
  **fresh fork** of the parent, so no verdict depends on ``--jobs`` or on the order;
* a ``print`` in user code must not corrupt a JSON or JUnit report written to stdout: the
  worker's stdout and stderr go to a private file (its tail is shown when the worker dies).

Each worker leads its own process group, so a subprocess an entry started is killed with it on
TIMEOUT; the kernel kills a worker whose parent dies (``PR_SET_PDEATHSIG``), and SIGTERM or
Ctrl-C of the parent kills every live group before it exits. How a worker and what it left behind
are found and killed (its group, the ``/proc`` scan for its marker, the processes below it as their
subreaper, the watcher that outlives a killed parent), and the state that shares, is
:mod:`verifier.processes`'s; this module schedules the calls and reads what the workers send back.

:func:`run_in_worker` is the one reusable call (used by ``verify check``, ``verify doc``,
``verify explain`` and the loader); :func:`run_each` runs a list of items in one or two workers,
:func:`run_many` each call in its own. What a catalog entry's run adds (its guarded record, the
warm-up, the schedule) is :mod:`verifier.entryruns`'s.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import resource
import secrets
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, Generic, TypeVar

from verifier import framestack, processes, workergc
from verifier.assumptionorder import (  # noqa: F401 - re-exported: the CLI, benchmarks and tests name them here
    _RANK,
    FAST_QUERIES_SWITCH,
    ORDER_SWITCH,
    QUERY_ORDER,
    fixed_assumption_order,
    in_order,
    rank_facts,
)

DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 2048
OUTPUT_LIMIT = 256 * 1024 * 1024  # bytes a worker may print before its writes fail
OUTPUT_TAIL = 400  # characters of a dead worker's output quoted in its ERROR message

T = TypeVar("T")


# ----------------------------------------------------------------------------------------------
# One call in one worker


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How a call in a worker ended.

    ``status`` is ``"ok"`` (``value`` holds the return value), ``"raised"`` (``message`` is the
    exception's last line, ``error`` its type name), ``"memory"`` (MemoryError under the cap),
    ``"timeout"`` (killed after ``timeout`` seconds) or ``"died"`` (the process ended without an
    answer: ``os._exit``, a signal, a crash in C). ``stage`` is the last stage the call reported.
    """

    status: str
    value: T | None = None
    stage: str = ""
    message: str = ""
    error: str = ""
    reason: str = ""  # ``str(exc)`` of what was raised: the message without the type's module
    output: str = ""
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


_stage_sink: Connection | None = None  # set in a worker: where report_stage sends


def report_stage(stage: str) -> None:
    """Tell the parent what the worker is doing (named in a TIMEOUT). A no-op outside a worker."""
    if _stage_sink is not None:
        with contextlib.suppress(OSError, ValueError):
            _stage_sink.send(("stage", stage))


def _vm_bytes() -> int:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _limit_memory(extra_mb: int) -> None:
    if extra_mb <= 0:
        return
    limit = _vm_bytes() + extra_mb * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):  # not permitted here: the hard timeout still applies
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _child(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    conn: Connection,
    out_fd: int,
    memory_mb: int,
    parent: int,
    token: str = "",
    watcher: int | None = None,
) -> None:
    """Body of a forked worker; never returns (``os._exit``), so no parent cleanup runs twice."""
    global _stage_sink
    code = 0
    try:
        processes._become_worker(parent, token, watcher)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM, signal.SIGVTALRM):
            signal.signal(sig, signal.SIG_DFL)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        signal.setitimer(signal.ITIMER_REAL, 0)  # the budgets' timers (verifier.budget), if a parent armed them
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        sys.dont_write_bytecode = True  # course code imported here leaves no .pyc in the course (loader)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        sys.stdin = open(0, closefd=False)
        own = sys.stdout = sys.stderr = open(1, "w", buffering=1, closefd=False, errors="replace")
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))
        _limit_memory(memory_mb)
        _stage_sink = conn
        me = os.getpid()
        try:
            message: tuple[Any, ...] = ("done", framestack.call_with_room(fn, *args))
        except MemoryError:
            message = ("memory", "", "MemoryError")
        except BaseException as exc:  # noqa: BLE001 - SystemExit, KeyboardInterrupt, budgets: all are reported
            tail = traceback.format_exception_only(type(exc), exc)[-1].strip()
            message = ("raised", tail, type(exc).__name__, str(exc))
        try:  # pickled before the check below: a value's __reduce__, a finaliser a collection runs are user code
            payload = ForkingPickler.dumps(message)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError) as exc:
            why = f"the result could not be sent back: {exc}"
            payload = ForkingPickler.dumps(("raised", why, type(exc).__name__, why))
        # Alone only if no user code can run from here on: not in another process (a fork of this
        # worker), not in a stream user code put in place of ours (flushed as the worker exits).
        if os.getpid() == me and sys.stdout is own and processes._alone():
            conn.send(("alone",))
        elif os.getpid() == me and processes._subreaper:  # what it started ends now, while it is still below it
            processes._kill_below(me)  # (not said alone: the parent's group kill and scan follow as before)
        conn.send_bytes(payload)
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child into the parent's code
        code = 70
    finally:
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
        os._exit(code)


FREEZE_SWITCH = "VERIFY_GC_FREEZE"  # "0": forks without gc.freeze() (to compare)


def _freeze_heap() -> None:
    """Move every object the parent holds to the collector's permanent generation before a fork.

    Why: a worker is a fork of a parent that has imported SymPy (~10^6 objects). Without this,
    each collection of the oldest generation in the worker walks all of them and writes to their
    headers, copying the shared pages one by one (copy-on-write) -- work that has nothing to do
    with the entry and was paid again in each of the catalog's workers. Objects made after the
    fork are collected as before; the frozen ones are the parent's, which outlive the worker anyway.
    """
    if os.environ.get(FREEZE_SWITCH) != "0":
        gc.freeze()


class Worker:
    """One call of ``fn(*args)`` in a fresh fork: own process group, memory cap, private output."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...] = (), memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        for stream in (sys.stdout, sys.stderr):  # buffered parent output must not be written twice
            with contextlib.suppress(Exception):
                stream.flush()
        self.output = tempfile.TemporaryFile()
        self.conn, child_conn = Pipe(duplex=False)
        self.started = time.monotonic()
        self.stage = "start"
        self.answer: tuple[Any, ...] | None = None
        self.alone = False  # the worker said it left no process behind (no /proc scan at its reap)
        parent = os.getpid()
        self._exit: int | None = None
        with processes.interrupts_held():  # a Ctrl-C during the fork is raised by the caller's next look
            watcher = processes._watcher_fd()
            with contextlib.suppress(OSError, AttributeError):
                processes._libc()
            self.token = token = f"{parent}-{secrets.token_hex(8)}"
            _freeze_heap()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the child
                self.conn.close()
                _child(fn, args, child_conn, self.output.fileno(), memory_mb, parent, token, watcher)
            child_conn.close()
            self.pid = pid
            processes._tokens[pid] = token
            with contextlib.suppress(OSError):  # also here, so that a kill right after the fork hits the group
                os.setpgid(pid, pid)
            processes._live_groups.add(pid)

    def poll(self) -> bool:
        """Read what the worker sent; True once it has answered or hung up."""
        while self.answer is None:
            try:
                if not self.conn.poll():
                    return False
                message = self.conn.recv()
            except (EOFError, OSError):
                self.answer = ("eof",)
                return True
            if message[0] == "stage":
                self.stage = message[1]
            elif message[0] == "alone":
                self.alone = True
            else:
                self.answer = message
        return True

    def kill(self) -> None:
        processes._kill_group(self.pid, escaped=not self.alone)

    def reap(self) -> str:
        """Kill the worker's group (its subprocesses too), wait for it; return its output's tail.
        A Ctrl-C meanwhile is held (:func:`verifier.processes.interrupts_held`): raised between two
        reaps, it left a worker stopped and alive."""
        with processes.interrupts_held():
            return self._reap()

    def _reap(self) -> str:
        self.kill()
        processes._tell_watcher(f"-{self.token}")  # before the wait: until then its pid cannot be reused
        with contextlib.suppress(ChildProcessError):
            if (status := processes._reap(self.pid)) is not None:  # never waits for ever (a tracer may hold it)
                self._exit = os.waitstatus_to_exitcode(status)
        processes._live_groups.discard(self.pid)
        processes._tokens.pop(self.pid, None)
        self.conn.close()
        try:
            self.output.seek(0, os.SEEK_END)
            size = self.output.tell()
            self.output.seek(max(0, size - 4 * OUTPUT_TAIL))
            text = self.output.read().decode("utf-8", "replace")
        except OSError:
            text = ""
        self.output.close()
        return text[-OUTPUT_TAIL:]

    def outcome(self, timed_out: bool, timeout: float) -> Outcome[Any]:
        """Reap the worker and say how the call ended."""
        answer = self.answer
        output = self.reap()
        elapsed = time.monotonic() - self.started
        base = {"stage": self.stage, "output": output, "elapsed": elapsed}
        if timed_out and (answer is None or answer[0] == "eof"):
            return Outcome("timeout", message=f"no answer within {timeout:g}s", **base)
        if answer is None or answer[0] == "eof":
            code = self._exit
            why = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            return Outcome("died", message=f"the worker died ({why})", **base)
        if answer[0] == "done":
            return Outcome("ok", value=answer[1], **base)
        if answer[0] == "memory":
            return Outcome("memory", message="memory limit exceeded", error="MemoryError", **base)
        return Outcome("raised", message=answer[1], error=answer[2], reason=answer[3], **base)


def preload_engine() -> None:
    """Import what checking a claim needs (the engine imports it lazily) before forking workers.

    A run served from the cache never needs it; a command that checks claims in workers would
    otherwise import it in every worker (and again in the fresh worker after a TIMEOUT).
    """
    import verifier.boundaryprobe  # engine._on_boundaries asks it of a PASSED derivative with cases (green70)
    import verifier.engine  # the checker itself (this module imported it at the top before verifier.entryruns)
    import verifier.fastpath
    import verifier.numeric
    import verifier.roundingsteps  # engine._beyond_samples asks it of most PASSED steps (cold67)
    import verifier.sizes  # noqa: F401

    fixed_assumption_order()


def run_in_worker(
    fn: Callable[..., T],
    *args: Any,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    on_stage: Callable[[str], None] | None = None,
) -> Outcome[T]:
    """Call ``fn(*args)`` in a fresh forked worker; kill it (and its subprocesses) after ``timeout``.

    ``fn`` and ``args`` are inherited by the fork (not pickled); the return value is pickled back.
    Inside ``fn``, :func:`report_stage` names the stage a TIMEOUT reports. Ctrl-C kills the worker
    and raises KeyboardInterrupt here.
    """
    preload_engine()
    with processes._kill_workers_on_exit():
        worker: Worker | None = None
        try:
            with processes.interrupts_held():  # until it is named here, where the finally reaps it
                worker = Worker(fn, tuple(args), memory_mb)
            while True:
                left = worker.started + timeout - time.monotonic()
                if left <= 0:
                    return worker.outcome(True, timeout)
                processes.check_interrupted()  # one held while the worker was forked
                wait(processes._watchful([worker.conn]), timeout=min(left, processes.WATCH_EVERY))
                processes._rewatch()
                processes.check_interrupted()
                before = worker.stage
                if worker.poll():
                    return worker.outcome(False, timeout)
                if on_stage is not None and worker.stage != before:
                    on_stage(worker.stage)
        finally:
            if worker is not None and worker.pid in processes._live_groups:
                worker.reap()
            processes.check_interrupted()


def _each(fn: Callable[[Any], Any], items: Sequence[Any], order: Sequence[int]) -> None:
    """Worker body of :func:`run_each`: one answer per item of ``order``, each announced before it starts."""
    workergc.long_lived()  # its caches outlive the items: full collections rarer (verifier.workergc)
    for index in order:
        report_stage(f"\0item {index}")
        value = fn(items[index])
        assert _stage_sink is not None
        _stage_sink.send(("item", index, value))


@dataclass
class _Lane:
    """One worker of :func:`run_each` going through the items in its order."""

    order: list[int]
    position: int = 0  # next position of ``order`` this lane has not handed to a worker yet
    worker: Worker | None = None
    current: int = -1
    began: float = 0.0
    stage: str = "start"


def run_each(
    fn: Callable[[Any], T],
    items: Sequence[Any],
    on_failure: Callable[[Any, Outcome[Any]], T],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    on_start: Callable[[Any], None] | None = None,
    jobs: int = 1,
    on_result: Callable[[Any, Any], None] | None = None,
) -> list[T]:
    """``[fn(item) for item in items]`` in forked workers, with a budget of ``timeout`` seconds *per item*.

    ``on_start(item)`` runs in the parent when a worker starts an item (a progress line that
    names what is being checked, not what finished). ``on_result(item, value)`` runs in the parent
    as an item's answer arrives (not for an item given ``on_failure``): the parent's own work on an
    answer overlaps the workers still busy with the other items, instead of waiting for the last.

    The items share one worker while they finish in time (they may share caches, as the chains
    of one document do). An item that times out, crashes the worker or raises is given
    ``on_failure(item, outcome)`` instead, the worker is killed, and a fresh one goes on with the
    next item. Inside ``fn``, :func:`report_stage` names the stage a timeout reports.

    ``jobs`` ≥ 2: two workers, one going through the items from the first, one from the last; a
    worker that reaches an item the other has started is stopped there. So the two cores share
    the work however unevenly it is spread over the items, with no estimate of any item's cost.
    A worker does not wait for the parent before an item, so where they meet both may start the
    same item for as long as the parent takes to read the announcement (it then stops the later
    one, and only the first one's answer counts): items are assumed to have no side effects.
    """
    results: list[Any] = [None] * len(items)
    owner: dict[int, int] = {}  # item -> the lane that started it
    n = len(items)
    lanes = [_Lane(list(range(n)))]
    if jobs > 1 and n > 1:
        lanes.append(_Lane(list(range(n - 1, -1, -1))))

    def start(k: int, lane: _Lane) -> None:
        while lane.position < n and lane.order[lane.position] in owner:
            lane.position += 1
        if lane.position >= n:
            return
        rest = lane.order[lane.position :]
        lane.current, lane.began, lane.stage = rest[0], time.monotonic(), "start"
        owner[rest[0]] = k  # a worker that dies before it says anything is charged its first item
        with processes.interrupts_held():  # until the lane names it, where the finally reaps it
            lane.worker = Worker(_each, (fn, items, rest), memory_mb)

    def stop(lane: _Lane) -> None:
        assert lane.worker is not None
        if lane.worker.pid in processes._live_groups:
            lane.worker.reap()
        lane.worker = None

    def serve(k: int, lane: _Lane) -> None:
        """Read what the lane's worker sent; stop it, or start a fresh one, as its messages say."""
        worker = lane.worker
        assert worker is not None
        while True:
            try:
                message = worker.conn.recv() if worker.conn.poll() else None
            except (EOFError, OSError):
                message = ("eof",)
            if message is None and time.monotonic() < lane.began + timeout:
                return
            if message is not None and message[0] == "alone":
                worker.alone = True
                continue
            if message is not None and message[0] == "stage":
                if message[1].startswith("\0item "):
                    index = int(message[1].split()[1])
                    if owner.get(index, k) != k:  # the other lane got here first: this lane is done
                        lane.position = n
                        stop(lane)
                        return
                    owner[index] = k
                    lane.current, lane.began, lane.stage = index, time.monotonic(), "start"
                    lane.position = lane.order.index(index) + 1
                    if on_start is not None:
                        on_start(items[index])
                else:
                    lane.stage = message[1]
                continue
            if message is not None and message[0] == "item":
                if owner.get(message[1]) == k:
                    results[message[1]] = message[2]
                    if on_result is not None:
                        on_result(items[message[1]], message[2])
                continue
            if message is not None and message[0] == "done":
                lane.position = n
                stop(lane)
                return
            worker.answer = message if message is not None and message[0] != "eof" else None
            worker.stage = lane.stage
            worker.started = lane.began
            outcome = worker.outcome(message is None, timeout)
            results[lane.current] = on_failure(items[lane.current], outcome)
            lane.position = lane.order.index(lane.current) + 1
            lane.worker = None
            start(k, lane)
            return

    preload_engine()
    with processes._kill_workers_on_exit():
        try:
            for k, lane in enumerate(lanes):
                start(k, lane)
            while any(lane.worker is not None for lane in lanes):
                busy = [(k, lane) for k, lane in enumerate(lanes) if lane.worker is not None]
                left = min(lane.began + timeout for _, lane in busy) - time.monotonic()
                processes.check_interrupted()  # one held while a worker was forked or reaped
                if left > 0:
                    wait(
                        processes._watchful([lane.worker.conn for _, lane in busy if lane.worker is not None]),
                        timeout=min(left, processes.WATCH_EVERY),
                    )
                    processes._rewatch()
                processes.check_interrupted()
                for k, lane in busy:
                    if lane.worker is not None:
                        serve(k, lane)
        finally:
            for lane in lanes:
                if lane.worker is not None and lane.worker.pid in processes._live_groups:
                    lane.worker.reap()
            processes.check_interrupted()
    return results


def run_many(
    calls: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]],
    *,
    jobs: int = 0,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    on_outcome: Callable[[int, Outcome[Any]], None] | None = None,
    meanwhile: Iterator[Any] | None = None,
    order: Sequence[int] | None = None,
) -> list[Outcome[Any]]:
    """Each ``fn(*args)`` of ``calls`` in its own fresh worker, ``jobs`` at a time; outcomes in call order.

    ``order``: the indices of ``calls`` in the order their workers start (default: call order).

    ``meanwhile``: work for this process while the workers run, one ``next`` at a time between
    looks at the workers (it is not finished when the workers end first).
    Ctrl-C kills the workers and raises KeyboardInterrupt (the outcomes so far went to ``on_outcome``).
    """
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(calls)))
    outcomes: list[Outcome[Any] | None] = [None] * len(calls)
    pending = list(range(len(calls))) if order is None else list(order)
    assert sorted(pending) == list(range(len(calls))), "order must name each call once"
    busy: dict[int, Worker] = {}

    ended: dict[int, tuple[Worker, bool]] = {}  # answered or out of time, not reaped yet

    def fill() -> None:
        while pending and len(busy) < jobs:
            index = pending.pop(0)
            fn, args = calls[index]
            with processes.interrupts_held():  # until it is listed, where the finally reaps it
                busy[index] = Worker(fn, args, memory_mb)

    with processes._kill_workers_on_exit():
        try:
            while pending or busy:
                fill()
                processes.check_interrupted()  # one held while a worker was forked or reaped: not after a step
                wait_for = min(w.started + timeout for w in busy.values()) - time.monotonic()
                if meanwhile is not None and next(meanwhile, None) is not None:
                    wait_for = 0.0  # a step was done: look at the workers, then the next step
                else:
                    meanwhile = None
                processes.check_interrupted()  # one lost during the step (a finaliser, an at-fork callback)
                wait(
                    processes._watchful([w.conn for w in busy.values()]),
                    timeout=min(max(wait_for, 0), processes.WATCH_EVERY),
                )
                processes._rewatch()
                processes.check_interrupted()
                for index, worker in list(busy.items()):
                    if worker.poll():
                        ended[index] = busy.pop(index), False
                    elif time.monotonic() >= worker.started + timeout:
                        ended[index] = busy.pop(index), True
                # The next calls start before the ended workers are reaped: reaping waits for a
                # worker's exit (its address space torn down, its group killed, ~10-30 ms each),
                # and a core left idle meanwhile was most of what --jobs 2 lost to --jobs 1.
                fill()
                for index in sorted(ended):
                    with processes.interrupts_held():  # out of `ended` until reaped: the finally would miss it
                        worker, timed_out = ended.pop(index)
                        outcomes[index] = outcome = worker.outcome(timed_out, timeout)
                    if on_outcome is not None:
                        on_outcome(index, outcome)
        finally:
            for worker in [*busy.values(), *(w for w, _ in ended.values())]:
                worker.reap()
            processes.check_interrupted()
    return [o if o is not None else Outcome("died", message="no outcome (internal error)") for o in outcomes]
