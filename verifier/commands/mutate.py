"""``verify mutate``: the kill rate of wrong variants, and no false FAILED over many seeds."""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from verifier.config import load_config
from verifier.engine import DEFAULT_SEED, Settings
from verifier.exitcodes import ExitCode
from verifier.loader import load_catalog
from verifier.mutate import MAX_MUTANTS_PER_ENTRY, mutation_report, seed_sweep


def main(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(
        prog="verify mutate",
        description="Mutation score of the catalog (every non-equivalent mutant must FAIL) and a seed sweep "
        "(no true identity may FAIL at any seed).",
    )
    p.add_argument("ids", nargs="*", help="identity ids (default: all)")
    p.add_argument("--derivations", metavar="DIR")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--points", type=int, default=60, help="sample points per check (default 60)")
    p.add_argument("--limit", type=int, default=MAX_MUTANTS_PER_ENTRY, help="mutants per identity")
    p.add_argument("--seeds", type=int, default=200, help="seeds for the false-FAIL sweep (0: skip)")
    try:
        args = p.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    console = Console(highlight=False)
    config = load_config()
    root = Path(args.derivations or config.base / str(config.get("derivations", "derivations")))
    catalog = load_catalog(root)
    entries = [e for e in catalog.entries if not args.ids or e.id in args.ids]
    if not entries:
        console.print(f"verify mutate: no identities selected in {root}")
        return ExitCode.USAGE_ERROR
    started = time.perf_counter()
    reports = mutation_report(entries, Settings(seed=args.seed, points=args.points), args.limit)
    table = Table(title="mutation score", title_justify="left")
    for col in ("id", "mutants", "equivalent", "killed", "survived", "kill rate"):
        table.add_column(col, justify="left" if col == "id" else "right")
    for r in reports:
        table.add_row(
            r.id, str(r.generated), str(r.equivalent), str(r.killed), str(len(r.survivors)), f"{r.kill_rate:.0%}"
        )
    console.print(table)
    killed = sum(r.killed for r in reports)
    tested = sum(r.tested for r in reports)
    survivors = [(r.id, m) for r in reports for m in r.survivors]
    errors = [(r.id, e) for r in reports for e in r.errors]
    console.print(
        f"overall: {killed} of {tested} non-equivalent mutants killed ({killed / max(tested, 1):.1%}); "
        f"{sum(r.equivalent for r in reports)} equivalent mutants discarded"
    )
    for ident, m in survivors:
        console.print(f"[red]survivor[/red] {ident} member {m.member + 1} ({m.kind}): {m.text[:200]}")
    for ident, e in errors:
        console.print(f"[magenta]error[/magenta] {ident}: {e}")
    false_failures = 0
    if args.seeds > 0:
        sweep = seed_sweep(entries, list(range(args.seeds)), args.points)
        false_failures = sum(len(s.false_failures) for s in sweep)
        console.print(
            f"seed sweep: {false_failures} false FAILED over {args.seeds} seeds x {args.points} points "
            f"on {len(entries)} true identities"
        )
        for s in sweep:
            for seed, label in s.false_failures:
                console.print(f"[red]false FAILED[/red] {s.id} {label}: reproduce with verify {s.id} --seed {seed}")
    console.print(f"in {time.perf_counter() - started:.1f}s")
    return ExitCode.OK if not survivors and not errors and not false_failures else ExitCode.REFUTED
