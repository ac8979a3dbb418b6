"""Run entries in worker processes with a hard wall-clock budget and a memory cap each.

A SymPy call stuck in C (a huge integer power, say) never returns to Python, so no signal
handler or ``except`` can stop it; only killing the process can. Workers are forked from the
parent (which already imported SymPy and the catalog), so starting one costs milliseconds.
Results come back as immutable records and are put back in catalog order, so the output of
``--jobs 4`` is identical to ``--jobs 1``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait

from verifier.budget import BudgetExceeded
from verifier.catalog import Entry
from verifier.engine import Settings, verify_entry
from verifier.results import IdentityResult, Verdict

DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 2048


@dataclass(frozen=True)
class RunOptions:
    settings: Settings = field(default_factory=Settings)
    jobs: int = 0  # 0: one per core
    timeout: float = DEFAULT_TIMEOUT  # per identity, wall clock
    memory_mb: int = DEFAULT_MEMORY_MB  # per worker, on top of what the parent already uses


OnResult = Callable[[int, IdentityResult], None]


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
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # not permitted here: the hard timeout still applies
        return


def _error_result(entry: Entry, settings: Settings, verdict: Verdict, message: str, stage: str = "") -> IdentityResult:
    return IdentityResult(
        id=entry.id,
        title=entry.title,
        statement=entry.statement,
        verdict=verdict,
        source=entry.location,
        tags=entry.tags,
        seed=settings.seed,
        message=message,
        stage=stage,
    )


def verify_guarded(entry: Entry, settings: Settings, progress: Callable[[str], None] | None = None) -> IdentityResult:
    """verify_entry that turns anything escaping it into an ERROR record (never a crash of the run)."""
    stage = ["start"]

    def track(s: str) -> None:
        stage[0] = s
        if progress is not None:
            progress(s)

    try:
        return verify_entry(entry, settings, track)
    except BudgetExceeded as exc:
        return _error_result(entry, settings, Verdict.TIMEOUT, "the budget ran out", exc.stage or stage[0])
    except MemoryError:
        return _error_result(entry, settings, Verdict.ERROR, f"memory limit exceeded during {stage[0]}", stage[0])
    except RecursionError:
        return _error_result(entry, settings, Verdict.ERROR, f"recursion too deep during {stage[0]}", stage[0])
    except Exception as exc:  # noqa: BLE001 - an engine bug must not take the run down; it is reported with its trace
        tail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return _error_result(entry, settings, Verdict.ERROR, f"internal error during {stage[0]}: {tail}", stage[0])


def _worker(conn: Connection, entries: Sequence[Entry], settings: Settings, memory_mb: int) -> None:
    _limit_memory(memory_mb)
    while True:
        try:
            index = conn.recv()
        except EOFError:
            return
        if index is None:
            return
        entry = entries[index]
        result = verify_guarded(entry, settings, lambda s, i=index: conn.send(("stage", i, s)))
        conn.send(("done", index, result))


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: Connection
    index: int | None = None
    started: float = 0.0
    stage: str = "start"


def run_entries(
    entries: Sequence[Entry], options: RunOptions, on_result: OnResult | None = None
) -> list[IdentityResult]:
    """Verify ``entries`` in isolated workers; results in the order of ``entries``."""
    if not entries:
        return []
    ctx = mp.get_context("fork")
    jobs = options.jobs or os.cpu_count() or 1
    jobs = max(1, min(jobs, len(entries)))
    settings = options.settings
    results: list[IdentityResult | None] = [None] * len(entries)
    pending = list(range(len(entries)))
    slots: list[_Slot] = []

    def spawn() -> _Slot:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, entries, settings, options.memory_mb), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def finish(slot: _Slot, result: IdentityResult) -> None:
        assert slot.index is not None
        if not result.duration:
            result = replace(result, duration=time.monotonic() - slot.started)
        results[slot.index] = result
        if on_result is not None:
            on_result(slot.index, result)
        slot.index = None

    def assign(slot: _Slot) -> None:
        if pending:
            slot.index = pending.pop(0)
            slot.started = time.monotonic()
            slot.stage = "start"
            slot.conn.send(slot.index)

    def kill(slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()

    try:
        for _ in range(jobs):
            slot = spawn()
            slots.append(slot)
            assign(slot)
        while any(s.index is not None for s in slots):
            busy = [s for s in slots if s.index is not None]
            now = time.monotonic()
            wait_for = min(s.started + options.timeout for s in busy) - now
            ready = wait([s.conn for s in busy], timeout=max(wait_for, 0))
            for slot in busy:
                if slot.conn in ready:
                    try:
                        kind, _index, payload = slot.conn.recv()
                    except (EOFError, OSError):
                        entry = entries[slot.index]  # type: ignore[index]
                        code = slot.process.exitcode
                        why = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
                        finish(
                            slot,
                            _error_result(
                                entry,
                                settings,
                                Verdict.ERROR,
                                f"the worker died ({why}) during {slot.stage}",
                                slot.stage,
                            ),
                        )
                        kill(slot)
                        slots[slots.index(slot)] = new = spawn()
                        assign(new)
                        continue
                    if kind == "stage":
                        slot.stage = payload
                    elif kind == "done":
                        finish(slot, payload)
                        assign(slot)
                elif time.monotonic() >= slot.started + options.timeout:
                    entry = entries[slot.index]  # type: ignore[index]
                    finish(
                        slot,
                        _error_result(
                            entry,
                            settings,
                            Verdict.TIMEOUT,
                            f"no verdict within {options.timeout:g}s; the worker was stopped during {slot.stage}",
                            slot.stage,
                        ),
                    )
                    kill(slot)
                    slots[slots.index(slot)] = new = spawn()
                    assign(new)
    finally:
        for slot in slots:
            try:
                slot.conn.send(None)
            except (OSError, ValueError):
                pass
        for slot in slots:
            slot.process.join(1)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(1)
    return [r if r is not None else _missing(entries[i], settings) for i, r in enumerate(results)]


def _missing(entry: Entry, settings: Settings) -> IdentityResult:
    return _error_result(entry, settings, Verdict.ERROR, "no result was produced (internal error)")
