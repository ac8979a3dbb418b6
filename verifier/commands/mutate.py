"""``verify mutate``: the kill rate of wrong variants, and no false FAILED over many seeds.

Entries marked ``expect="FAILED"`` are left out (they are not true identities); an entry whose
builder or evaluation raises is reported as an error row and the others are still scored.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from rich.console import Console
from rich.table import Table
from rich.text import Text

from verifier.catalog import Entry
from verifier.commands.run import load
from verifier.engine import Settings
from verifier.errors import UsageError
from verifier.exitcodes import ExitCode
from verifier.logsafe import printable
from verifier.mutate import MAX_MUTANTS_PER_ENTRY, EntryPower, SweepResult, mutation_report, seed_sweep
from verifier.paths import display_path
from verifier.runner import run_in_worker
from verifier.settings import from_args

T = TypeVar("T")

OPTIONS = ("catalog",)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", nargs="*", help="identity ids (default: all)")
    p.add_argument("--seed", type=int, help="random seed (default: [tool.verify] seed, else 20181)")
    p.add_argument("--points", type=int, help="sample points per check (default 60)")
    p.add_argument("--limit", type=int, default=MAX_MUTANTS_PER_ENTRY, help="mutants per identity")
    p.add_argument("--seeds", type=int, default=200, help="seeds for the false-FAIL sweep (0: skip)")


def _failure(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}".splitlines()[0]


def _power(entry: Entry, settings: Settings, limit: int) -> list[EntryPower]:
    """In a worker: the mutation score of one entry (the mutants' values stay there)."""
    reports = mutation_report([entry], settings, limit)
    for r in reports:
        r.survivors = [replace(m, value=None) for m in r.survivors]
    return reports


def _isolated(fn: Callable[..., list[T]], args: tuple[Any, ...], budget: float, what: str) -> list[T]:
    """``fn(*args)`` in a fresh worker (builders are author code: they may exit, print, hang or crash).

    Anything but a return value is raised here as a one-line error, reported as that entry's row.
    """
    outcome = run_in_worker(fn, *args, timeout=budget)
    if outcome.ok and isinstance(outcome.value, list):
        return outcome.value
    detail = outcome.message or outcome.status
    if outcome.status == "timeout":
        detail = f"no answer within {budget:g}s during {outcome.stage}"
    raise RuntimeError(f"{what}: {detail}")


def run(args: argparse.Namespace) -> int:
    if args.points is None:
        args.points = 60  # enough to kill every mutant; the sweep multiplies it by --seeds
    options = from_args(args)
    settings = options.settings()
    console = Console(highlight=False)
    catalog = load(options)
    entries = [e for e in catalog.entries if (not args.ids or e.id in args.ids) and not e.expect]
    if not entries:
        raise UsageError(f"no identities selected in {display_path(options.catalog)}")
    started = time.perf_counter()
    reports: list[EntryPower] = []
    errors: list[tuple[str, str]] = []
    for entry in entries:
        try:
            budget = options.timeout * max(1, args.limit)  # per mutant, as `verify all` per identity
            reports += _isolated(_power, (entry, settings, args.limit), budget, "mutants")
        except Exception as exc:  # noqa: BLE001 - one broken entry must not hide the others' scores
            errors.append((entry.id, _failure(exc)))
    table = Table(title="mutation score", title_justify="left")
    for col in ("id", "mutants", "equivalent", "killed", "survived", "kill rate"):
        table.add_column(col, justify="left" if col == "id" else "right")
    for r in reports:
        table.add_row(
            printable(r.id),
            str(r.generated),
            str(r.equivalent),
            str(r.killed),
            str(len(r.survivors)),
            f"{r.kill_rate:.0%}",
        )
    console.print(table)
    killed = sum(r.killed for r in reports)
    tested = sum(r.tested for r in reports)
    survivors = [(r.id, m) for r in reports for m in r.survivors]
    errors += [(r.id, e) for r in reports for e in r.errors]
    console.print(
        f"overall: {killed} of {tested} non-equivalent mutants killed ({killed / max(tested, 1):.1%}); "
        f"{sum(r.equivalent for r in reports)} equivalent mutants discarded"
    )
    for ident, m in survivors:
        console.print(
            Text(printable(f"survivor {ident} member {m.member + 1} ({m.kind}): {m.text[:200]}"), style="red")
        )
    false_failures = 0
    if args.seeds > 0:
        sweep: list[SweepResult] = []
        for entry in entries:
            try:
                budget = options.timeout * args.seeds  # per seed, as `verify all` per identity
                sweep += _isolated(seed_sweep, ([entry], list(range(args.seeds)), settings.points), budget, "sweep")
            except Exception as exc:  # noqa: BLE001 - reported below, the other entries are still swept
                errors.append((entry.id, f"seed sweep: {_failure(exc)}"))
        false_failures = sum(len(s.false_failures) for s in sweep)
        console.print(
            f"seed sweep: {false_failures} false FAILED over {args.seeds} seeds x {settings.points} points "
            f"on {len(sweep)} true identities"
        )
        for s in sweep:
            for seed, label in s.false_failures:
                rerun = options.rerun(s.id).replace(f"--seed {settings.seed}", f"--seed {seed}")
                console.print(Text(f"false FAILED {s.id} {label}: reproduce with {rerun}", style="red"))
    for ident, e in errors:
        console.print(Text(printable(f"error {ident}: {e}"), style="magenta"))
    console.print(f"in {time.perf_counter() - started:.1f}s")
    return ExitCode.OK if not survivors and not errors and not false_failures else ExitCode.REFUTED
