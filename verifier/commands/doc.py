"""``verify doc PATH …``: check the derivations in Markdown, LaTeX and notebook documents.

Same report formats and exit statuses as ``verify all``: 0 when every step of every chain is
PROVED or PASSED; 1 when a step is FAILED, ERROR, TIMEOUT or SKIPPED (a step that could not be
read is not verified, so it does not pass — ``--allow-skipped`` accepts SKIPPED steps, which are
still reported and counted); 2 for usage errors (no such path, no documents, bad option).
The last line always gives the step counts, SKIPPED among them.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from verifier.config import ConfigError, load_config
from verifier.documents.annotate import write_annotated
from verifier.documents.check import DocumentCheck, StepCounts, check_document, collect_documents
from verifier.engine import DEFAULT_POINTS, DEFAULT_SEED, Settings
from verifier.exitcodes import ExitCode
from verifier.reporters.base import printable  # file names and messages are user text (issue 9 §6)
from verifier.results import RunResult, Verdict
from verifier.runner import DEFAULT_TIMEOUT

__all__ = ["COUNT_KEYS", "build_parser", "main"]

#: keys of ``RunResult.counts`` (the json report's "counts"): steps of all checked chains
COUNT_KEYS = ("steps", "parsed", "PROVED", "PASSED", "FAILED", "SKIPPED", "ERROR")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="verify doc",
        description="Check every step of every derivation chain in Markdown (.md), LaTeX (.tex) and notebook "
        "(.ipynb) documents; the symbols are declared in ```verify blocks (see docs/documents.md).",
        epilog="examples:  verify doc notes/   |   verify doc hw1.md --annotate   |   "
        "verify doc notes/ --format junit --output report.xml",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="documents or folders (searched for .md, .tex, .ipynb)")
    p.add_argument("--seed", type=int, help=f"random seed (default {DEFAULT_SEED}); results are reproducible")
    p.add_argument("--points", type=int, help=f"sample points per step and instance (default {DEFAULT_POINTS})")
    p.add_argument("--format", help="text (default), json, junit, markdown")
    p.add_argument("--output", metavar="FILE", help="write the report to FILE (the terminal still gets the table)")
    p.add_argument("--annotate", action="store_true", help="write <name>.annotated.md with a mark after every step")
    p.add_argument("--annotate-dir", metavar="DIR", help="write the annotated copies into DIR (implies --annotate)")
    p.add_argument("--allow-skipped", action="store_true", help="exit 0 even if steps were SKIPPED (still reported)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="wall-clock budget per chain (default 60)")
    p.add_argument("--jobs", type=int, default=1, help="documents checked in parallel (default 1; 0: one per core)")
    return p


def _check_one(args: tuple[str, Settings, float]) -> DocumentCheck:
    path, settings, timeout = args
    return check_document(path, settings, timeout=timeout)  # each chain in a killable worker


def main(argv: Sequence[str]) -> int:
    from verifier.reporters import REPORTERS, get_reporter
    from verifier.reporters.text import TextReporter

    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # --help (0) or a bad option (2)
        return int(exc.code or 0)
    err = Console(stderr=True, highlight=False)
    try:
        config = load_config()
    except ConfigError as exc:
        err.print(f"[red]verify doc: configuration error:[/red] {exc}")
        return ExitCode.USAGE_ERROR
    fmt = args.format or str(config.get("format", "text"))
    if fmt not in REPORTERS:
        err.print(f"[red]verify doc: error:[/red] unknown --format {fmt!r}; choose from {', '.join(REPORTERS)}")
        return ExitCode.USAGE_ERROR
    seed = args.seed if args.seed is not None else int(config.get("seed", DEFAULT_SEED))
    points = args.points if args.points is not None else int(config.get("points", DEFAULT_POINTS))
    if points < 1:
        err.print("[red]verify doc: error:[/red] --points must be at least 1")
        return ExitCode.USAGE_ERROR
    try:
        documents = collect_documents(args.paths)
    except FileNotFoundError as exc:
        err.print(f"[red]verify doc: error:[/red] {escape(printable(exc))}")
        return ExitCode.USAGE_ERROR
    if not documents:
        where = escape(printable(" ".join(args.paths)))
        err.print(f"[red]verify doc: error:[/red] no .md, .tex or .ipynb documents under {where}")
        return ExitCode.USAGE_ERROR
    settings = Settings(seed=seed, points=points)
    started = time.perf_counter()
    checks = _run(documents, settings, args.jobs, args.timeout)
    results = [r for c in checks for r in c.results]
    counts = sum((c.counts for c in checks), StepCounts())
    run = RunResult(
        results=tuple(results),
        seed=seed,
        points=points,
        duration=time.perf_counter() - started,
        catalog=" ".join(args.paths),
        counts=dict(zip(COUNT_KEYS, counts.astuple(), strict=True)),
    )
    out = Console(highlight=False, soft_wrap=False)
    if fmt == "text" or args.output:
        _print_steps(checks, out)
    if args.output:
        Path(args.output).write_text(get_reporter(fmt).render(run), encoding="utf-8")
    if fmt == "text" or args.output:
        TextReporter(width=max(out.width, 100)).print_to(out, run)
    else:
        sys.stdout.write(get_reporter(fmt).render(run))
    summary = f"document {counts.line()}"
    if fmt == "text" or args.output:
        out.print(summary, style="bold" if not counts.skipped else "bold yellow", soft_wrap=True)
    else:
        err.print(summary, soft_wrap=True)
    if args.annotate or args.annotate_dir:
        target_dir = Path(args.annotate_dir) if args.annotate_dir else None
        for doc, check in zip(documents, checks, strict=True):
            if check.text:
                err.print(f"annotated: {printable(write_annotated(check, doc, target_dir))}", markup=False)
    return int(_status(run, args.allow_skipped))


def _print_steps(checks: list[DocumentCheck], console: Console) -> None:
    """One line per step, where it is written: ``file:line step k VERDICT lhs = rhs — why``."""
    from rich.text import Text

    from verifier.reporters.base import shorten
    from verifier.reporters.text import VERDICT_STYLES

    for check in checks:
        for chain in check.chains:
            for step in chain.result.steps:
                line = Text(f"{printable(step.source)}  step {step.index}  ")
                line.append(f"{step.verdict.value:<7}", style=VERDICT_STYLES[step.verdict])
                line.append(f"  {shorten(step.lhs_latex or step.lhs, 45)} = {shorten(step.rhs_latex or step.rhs, 45)}")
                why = _why(step)
                if why:
                    line.append(f"  — {shorten(why, 160)}", style="dim")
                console.print(line, soft_wrap=True)
    console.print()


def _why(step: object) -> str:
    from verifier.results import StepResult

    assert isinstance(step, StepResult)
    cx = step.counterexample
    if cx is not None:
        at = ", ".join(f"{n} = {v}" for n, v in cx.point[:4])
        return f"at {at}{', …' if len(cx.point) > 4 else ''}: left {cx.lhs}, right {cx.rhs}"
    if not step.verdict.ok:
        return step.message
    return ""


def _run(documents: list[Path], settings: Settings, jobs: int, timeout: float) -> list[DocumentCheck]:
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    jobs = min(jobs, len(documents))
    tasks = [(str(d), settings, timeout) for d in documents]
    if jobs <= 1:
        return [_check_one(t) for t in tasks]
    with mp.get_context("fork").Pool(jobs) as pool:
        return pool.map(_check_one, tasks)


def _status(run: RunResult, allow_skipped: bool) -> ExitCode:
    if not run.results:
        return ExitCode.REFUTED  # nothing was verified: not a pass
    bad = {r.verdict for r in run.results if not r.verdict.ok}
    if allow_skipped:
        bad.discard(Verdict.SKIPPED)
    return ExitCode.REFUTED if bad else ExitCode.OK
