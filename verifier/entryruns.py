"""Verify catalog entries in workers: one entry's guarded run and its record, the warm-up before forking, the run.

:mod:`verifier.runner` runs any call in a forked worker and knows nothing of entries; this module
owns what an entry's run adds on top: :func:`verify_guarded` turns whatever escapes the engine into
an ERROR or TIMEOUT record, :func:`verify_recording` also sends back the course files the worker
read (the cache needs them), :func:`entry_outcome_result` makes the record of a worker that ended
without one, :func:`warming` does SymPy's and NumPy's one-time work once in the parent before the
forks, and :func:`run_entries` schedules the entries over :func:`verifier.runner.run_many`, the
longest first (:func:`longest_first`).
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from verifier.budget import BudgetExceeded
from verifier.catalog import Entry
from verifier.engine import Settings, verify_entry
from verifier.results import IdentityResult, Verdict
from verifier.runner import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    OUTPUT_TAIL,
    Outcome,
    preload_engine,
    report_stage,
    run_many,
)


@dataclass(frozen=True)
class RunOptions:
    settings: Settings = field(default_factory=Settings)
    jobs: int = 0  # 0: one per core
    timeout: float = DEFAULT_TIMEOUT  # per identity, wall clock
    memory_mb: int = DEFAULT_MEMORY_MB  # per worker, on top of what the parent already uses


OnResult = Callable[[int, IdentityResult], None]


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


def verify_in_worker(entry: Entry, settings: Settings) -> IdentityResult:
    """What a worker runs for one entry (with :func:`run_in_worker`; stages go to the parent)."""
    return verify_guarded(entry, settings, report_stage)


@dataclass(frozen=True)
class Recorded:
    """What :func:`verify_recording` sends back: the verdict and the files outside any snapshot it read."""

    result: IdentityResult
    dependencies: tuple[tuple[str, str], ...] | None  # None: a file changed while it ran (not cacheable)


def verify_recording(entry: Entry, settings: Settings) -> Recorded:
    """:func:`verify_in_worker`, plus the course modules it imported and the data files it read from
    disk (:mod:`verifier.reads`), with their digests: the cache checks them before serving the verdict."""
    from verifier import reads
    from verifier.loader import installed_roots, outside_dependencies

    started = time.time_ns()
    reads.start()
    try:
        result = verify_in_worker(entry, settings)
    finally:
        data = reads.stop(started, installed_roots())
    modules = outside_dependencies(started)
    if modules is None or data is None:
        return Recorded(result, None)
    return Recorded(result, tuple(sorted({**dict(modules), **dict(data)}.items())))


def entry_outcome_result(
    entry: Entry, settings: Settings, outcome: Outcome[IdentityResult], timeout: float
) -> IdentityResult:
    """The record for an entry whose worker ended: its own result, or an ERROR/TIMEOUT saying why."""
    if outcome.ok and isinstance(outcome.value, IdentityResult):
        result = outcome.value
        return result if result.duration else replace(result, duration=outcome.elapsed)
    stage = outcome.stage
    if outcome.status == "timeout":
        message = f"no verdict within {timeout:g}s; the worker was stopped during {stage}"
        verdict = Verdict.TIMEOUT
    elif outcome.status == "memory":
        message, verdict = f"memory limit exceeded during {stage}", Verdict.ERROR
    elif outcome.status == "raised":
        message, verdict = f"the entry raised {outcome.message} during {stage}", Verdict.ERROR
    else:
        message, verdict = f"{outcome.message} during {stage}", Verdict.ERROR
        if outcome.output.strip():
            message += f"; its last output: {outcome.output.strip()[-OUTPUT_TAIL:]}"
    return replace(_error_result(entry, settings, verdict, message, stage), duration=outcome.elapsed)


_warming: Iterator[bool] | None = None


def warming() -> Iterator[bool]:
    """The warm-up of :func:`_warm_up` one step at a time (each ``next`` does one step, True while
    steps are left), so the parent can do it while it waits for other workers: ``verify all
    --no-cache`` warms up while the catalog modules are imported (``load_catalog(meanwhile=...)``),
    which took the cores' idle time, not its own. It is the same generator on every call, so
    :func:`_warm_up` only does the steps that are left, and no step runs twice."""
    global _warming
    if _warming is None:
        _warming = _warm_steps()
    return _warming


def _warm_up() -> None:
    """Do SymPy's and NumPy's one-time work (lazy imports, lambdify set-up) once, before forking.

    Every entry runs in a fresh fork of this process, so whatever is warm here is warm in every
    worker, the same for each: it saves time, and it cannot make a verdict depend on the order.
    It saves much: without it the catalog's workers spent 8.3-9.1 s of CPU instead of 5.2-6.0 s.
    """
    for _ in warming():
        pass


def _warm_steps() -> Iterator[bool]:
    preload_engine()
    yield True
    import sympy as sp

    from verifier.catalog import D
    from verifier.ml import relu, sigmoid

    def scalar(b: Any) -> Any:
        z = b.real("z")
        lhs = D(sigmoid(z) + relu(z) + sp.log(1 + sp.exp(z)), z)
        return b.chain(lhs, sigmoid(z) * (1 - sigmoid(z)) + sp.Heaviside(z) + sigmoid(z))

    def block(b: Any) -> Any:
        x, w = b.vector("x", 2), b.matrix("W", 2, 2)
        return b.chain(D((x.T * w * x)[0, 0], x), (w + w.T) * x)

    for builder in (scalar, block):
        verify_guarded(Entry("warm-up", "warm-up", "", "", builder), Settings(points=20))
        yield True


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run: ``results`` holds the records finished so far (None for the others)."""

    def __init__(self, results: Sequence[IdentityResult | None]) -> None:
        super().__init__(list(results))  # args[0] too, for code that only knows KeyboardInterrupt
        self.results = list(results)


def run_entries(
    entries: Sequence[Entry],
    options: RunOptions,
    on_result: OnResult | None = None,
    dependencies: dict[int, tuple[tuple[str, str], ...] | None] | None = None,
    expected: dict[str, float] | None = None,
) -> list[IdentityResult]:
    """Verify ``entries``, each in a fresh worker, ``options.jobs`` at a time; results in entry order.

    ``expected``: seconds each entry id took last time (:meth:`verifier.cache.ResultCache.durations`):
    the longest start first, so that on several cores the run does not end with one long entry alone
    (an id not listed counts as the longest: it may be). Each entry still runs in its own fresh fork
    of this process, so the order changes no verdict.

    ``dependencies`` (if given) receives, per entry index, the course files outside any snapshot
    that its worker imported (see :func:`verifier.loader.outside_dependencies`): the cache needs them.
    Ctrl-C kills the workers and raises :class:`Interrupted` with the results so far.
    """
    if not entries:
        return []
    settings = options.settings
    results: list[IdentityResult | None] = [None] * len(entries)

    def done(index: int, outcome: Outcome[Any]) -> None:
        recorded = outcome.value
        if isinstance(recorded, Recorded):
            outcome = replace(outcome, value=recorded.result)
            if dependencies is not None:
                dependencies[index] = recorded.dependencies
        results[index] = entry_outcome_result(entries[index], settings, outcome, options.timeout)
        if on_result is not None:
            on_result(index, results[index])  # type: ignore[arg-type]

    _warm_up()
    from verifier import reads  # noqa: F401 - what verify_recording uses: imported once here, not in each worker
    from verifier.loader import SnapshotBuilder, before_forks, compile_snapshots

    compile_snapshots(e.builder.snapshot for e in entries if isinstance(e.builder, SnapshotBuilder))
    before_forks()  # classify the modules loaded so far once, before forking
    calls = [(verify_recording, (entry, settings)) for entry in entries]
    order = longest_first([e.id for e in entries], expected or {})
    try:
        run_many(
            calls, jobs=options.jobs, timeout=options.timeout, memory_mb=options.memory_mb, on_outcome=done, order=order
        )
    except KeyboardInterrupt:
        raise Interrupted(results) from None
    return [r if r is not None else _missing(entries[i], settings) for i, r in enumerate(results)]


def longest_first(ids: Sequence[str], expected: dict[str, float]) -> list[int]:
    """Indices of ``ids`` by the seconds ``expected`` gives them, longest first (unknown ids first, ties
    in the given order)."""
    return sorted(range(len(ids)), key=lambda i: -expected.get(ids[i], float("inf")))


def _missing(entry: Entry, settings: Settings) -> IdentityResult:
    return _error_result(entry, settings, Verdict.ERROR, "no result was produced (internal error)")
