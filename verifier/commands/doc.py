"""Check every step of every derivation chain in Markdown (.md and its dialects), LaTeX (.tex) and notebook
(.ipynb) documents; names the notes leave undeclared are inferred, and a ```verify block or a context file
declares what they leave implicit (see docs/documents.md). Without a PATH, the documents of [tool.verify] documents.

Same report formats and exit statuses as ``verify all``: 0 when every step of every chain is
PROVED or PASSED (or a chain marked ``expect: FAILED`` fails); 1 when a step is FAILED, ERROR,
TIMEOUT or SKIPPED (a step that could not be read is not verified, so it does not pass —
``--allow-skipped`` accepts SKIPPED steps, which are still reported and counted); 2 for usage
errors (no such path, no documents, bad option). The last line always gives the step counts.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from verifier.commands.output import emit, with_document_rerun, write_step_summary
from verifier.errors import UsageError
from verifier.exitcodes import ExitCode
from verifier.reporters.base import printable  # file names and messages are user text (issue 9 §6)
from verifier.results import IdentityResult, RunResult, StepResult, Verdict
from verifier.settings import Options, from_args
from verifier.unread import not_read_line, unread_files

if TYPE_CHECKING:  # the document engine is imported where documents are checked: `verify doc --help` starts fast
    from verifier.documents.check import DocumentCheck
    from verifier.engine import Settings

__all__ = ["COUNT_KEYS", "add_arguments", "check_paths", "run"]

OPTIONS = ("check",)

#: keys of ``RunResult.counts`` (the json report's "counts"): steps of all checked chains
COUNT_KEYS = ("steps", "parsed", "PROVED", "PASSED", "FAILED", "SKIPPED", "ERROR")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.epilog = ("examples:  verify doc   |   verify doc notes/   |   verify doc hw1.md --annotate   |   "
                "verify doc notes/ --output report.xml --stats")  # fmt: skip
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="documents or folders, searched for .md, .markdown, .mdx, .qmd, .Rmd, .tex, .ipynb, .rst; other text "
        "formats there are listed as not read (default: [tool.verify] documents)",
    )
    p.add_argument("--annotate", action="store_true",
                   help="write a copy beside each note with a mark after every step: <name>.annotated.md (a .tex, "
                   ".ipynb or .rst note keeps its suffix: <name>.annotated.tex, <name>.annotated.ipynb)")  # fmt: skip
    p.add_argument(
        "--annotate-dir",
        metavar="DIR",
        help="write the annotated copies into DIR, in the notes' folders; implies --annotate",
    )
    p.add_argument("--allow-skipped", action="store_true", help="exit 0 even if steps were SKIPPED (still reported)")
    p.add_argument("--context", metavar="FILE",
                   help="a context file (the syntax of a ```verify block) for every document; a <document>.verify "
                   "file beside a document is read too, and the document's own blocks win")  # fmt: skip
    p.add_argument("--stats", action="store_true",
                   help="per document and in total: steps found, checked, SKIPPED by reason, time")  # fmt: skip


@dataclass(frozen=True)
class _Task:
    path: str
    settings: Settings
    timeout: float | None = None  # per chain, each chain in a killable worker (issue 9 §5)
    context: str | None = None  # --context FILE
    jobs: int = 1  # workers checking the chains of the document at once


def _check_one(task: _Task, progress: Callable[[str], None] | None = None) -> tuple[DocumentCheck, float]:
    from verifier.documents.check import check_document

    started = time.perf_counter()
    check = check_document(
        task.path, task.settings, progress=progress, timeout=task.timeout, context=task.context, jobs=task.jobs
    )
    return check, time.perf_counter() - started


def _finish(check: DocumentCheck, options: Options, context: str | None = None) -> DocumentCheck:
    """Reproduce lines name the document as it was found, with the run's seed, points and context file."""
    words = ["doc", check.path, *(["--context", context] if context else [])]
    return with_document_rerun(check, options.rerun(*words, with_catalog=False))


def check_paths(
    documents: Sequence[Path], options: Options, console: Console | None = None, progress: bool = True,
    jobs: int = 1, timings: list[float] | None = None, context: str | None = None,
) -> list[DocumentCheck]:  # fmt: skip
    """Check ``documents``, their chains with ``jobs`` workers at once (0: one per core; the workers share
    out the chains however unevenly their cost is spread): with a timeout, the chains of all the
    documents in one pool (:mod:`verifier.documents.pool`), else one document after the other in this
    process; a progress line names the chain being checked."""
    from verifier.documents.pool import DocumentTask, check_many

    settings = options.settings()
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    tasks = [_Task(str(d), settings, options.timeout, context, jobs) for d in documents]
    show = progress and console is not None and console.is_terminal
    out: list[tuple[DocumentCheck, float]] = []
    if options.timeout is not None:
        # the chains of every document in one pool of workers (documents.pool): no document's last
        # chain runs alone while the other core waits for the next document
        many = [DocumentTask(t.path, settings, context=context) for t in tasks]
        if not show:
            return _timed(check_many(many, timeout=options.timeout, jobs=jobs), options, context, timings)
        from rich.status import Status

        with Status("checking documents", console=console) as status:

            def where(k: int, at: str) -> None:
                status.update(Text(f"document {k + 1}/{len(tasks)}: checking " + printable(at)))

            return _timed(check_many(many, timeout=options.timeout, jobs=jobs, progress=where), options, context,
                          timings)  # fmt: skip
    if not show:
        out = [_check_one(t) for t in tasks]
    else:
        from rich.status import Status

        with Status("checking documents", console=console) as status:
            for n, t in enumerate(tasks, 1):
                prefix = f"document {n}/{len(tasks)}: checking "

                def chain(where: str, prefix: str = prefix) -> None:
                    status.update(Text(prefix + printable(where)))

                out.append(_check_one(t, chain))
    return _timed(out, options, context, timings)


def _timed(
    out: list[tuple[DocumentCheck, float]], options: Options, context: str | None, timings: list[float] | None
) -> list[DocumentCheck]:
    if timings is not None:
        timings.extend(t for _, t in out)
    return _distinct_ids([_finish(c, options, context) for c, _ in out])


def _distinct_ids(checks: list[DocumentCheck]) -> list[DocumentCheck]:
    """A chain's id is ``<file name>:<line>``: where two notes of the run share a file name
    (``week1/intro.md``, ``week2/intro.md``), their ids take as many of the notes' folders as tell
    them apart, so a table row names the note it is about (ux66); other ids stay as they were."""
    by_name: dict[str, set[tuple[str, ...]]] = {}
    for check in checks:
        by_name.setdefault(Path(check.path).name, set()).add(Path(check.path).resolve().parts)
    for check in checks:
        name = Path(check.path).name
        others = by_name[name] - {Path(check.path).resolve().parts}
        if not others:
            continue
        parts = Path(check.path).resolve().parts
        k = next((k for k in range(2, len(parts) + 1) if all(o[-k:] != parts[-k:] for o in others)), len(parts))
        prefix = "/".join(parts[-k:]).lstrip("/")
        check.errors = [_renamed(r, name, prefix) for r in check.errors]
        for chain in check.chains:
            chain.result = _renamed(chain.result, name, prefix)
    return checks


def _renamed(result: IdentityResult, name: str, prefix: str) -> IdentityResult:
    return replace(result, id=prefix + result.id[len(name) :]) if result.id.startswith(name + ":") else result


def run(args: argparse.Namespace) -> int:
    from verifier.documents.annotate import annotation_dirs, write_annotated
    from verifier.documents.check import StepCounts, collect_documents

    options = from_args(args)
    outputs = list(args.output or ())
    options.check_formats(outputs)
    err = Console(stderr=True, highlight=False)
    if args.paths:
        try:
            documents = collect_documents(args.paths)
        except FileNotFoundError as exc:
            raise UsageError(str(exc)) from exc
        where = " ".join(args.paths)
        unread = unread_files(args.paths)
    elif options.documents:
        documents = collect_documents(options.document_paths())
        where = " ".join(options.documents)
        unread = unread_files(options.document_paths())  # the globs' folders and .rst files too (verifier.unread)
    else:
        raise UsageError("no PATH given and no [tool.verify] documents in pyproject.toml")
    if not documents:
        raise UsageError(
            f"no .md, .tex or .ipynb documents under {where}" + (f"; {not_read_line(unread)}" if unread else "")
        )
    settings = options.settings()
    started = time.perf_counter()
    jobs = args.jobs if args.jobs is not None else int(options.config.get("jobs", 0))
    timings: list[float] = []
    if args.context and not Path(args.context).is_file():
        raise UsageError(f"--context {args.context}: no such file")
    checks = check_paths(documents, options, err, not args.no_progress, jobs, timings, args.context)
    results = [r for c in checks for r in c.results]
    counts = sum((c.counts for c in checks), StepCounts())
    run = RunResult(
        results=tuple(results),
        seed=settings.seed,
        points=settings.points,
        duration=time.perf_counter() - started,
        documents=where,
        counts=dict(zip(COUNT_KEYS, counts.astuple(), strict=True)),
        not_read=tuple(str(f) for f in unread),
    )
    write_step_summary(run, err)
    out = Console(highlight=False, soft_wrap=False)
    to_terminal = options.terminal_format(outputs) == "text"
    if to_terminal:
        _print_steps(checks, out)
    plots: dict[str, str] = {}
    pages = [o for o in outputs if options.file_format(o) in ("markdown", "html")]
    if pages:
        from verifier.plots import plots_for_run  # refuted steps carry their curves; {} without matplotlib

        target = Path(pages[0])
        plots = plots_for_run(run, (), target.parent / f"{target.stem}-plots")
    emit(run, options, outputs, plots)
    summary = Text(f"document {counts.line()}", style="bold" if not counts.skipped else "bold yellow")
    (out if to_terminal else err).print(summary, soft_wrap=True)
    if unread:  # never believed checked (verifier.unread)
        (out if to_terminal else err).print(Text(printable(not_read_line(unread)), style="bold yellow"), soft_wrap=True)
    if args.stats:
        print_stats(checks, timings, out if to_terminal else err, unread)
    if args.annotate or args.annotate_dir:
        target_dirs = annotation_dirs(documents, Path(args.annotate_dir) if args.annotate_dir else None)
        for doc, check, target_dir in zip(documents, checks, target_dirs, strict=True):
            if check.text:
                err.print(Text(f"annotated: {printable(write_annotated(check, doc, target_dir))}"))
    return int(status(run, args.allow_skipped))


def print_stats(
    checks: Sequence[DocumentCheck], timings: Sequence[float], console: Console, unread: Sequence[Path] = ()
) -> None:
    """Per document and in total: steps found, checked (PROVED/PASSED/FAILED), SKIPPED by reason,
    raw ``=`` signs and silent drops, time -- counted by :mod:`verifier.documents.stats`, the same
    code ``benchmarks/corpus.py`` uses, so the two never disagree; then the files not read (``unread``)."""
    from verifier.documents.stats import document_stats, render_table

    table = render_table([document_stats(c, t) for c, t in zip(checks, timings, strict=False)])
    console.print(Text(printable(table)), soft_wrap=True)
    for f in unread:
        console.print(Text(printable(f"not read: {f}")), soft_wrap=True)


def _print_steps(checks: list[DocumentCheck], console: Console) -> None:
    """One line per step, where it is written: ``file:line step k VERDICT lhs = rhs — why``.

    A step that fails in a chain expected to fail (``expect: FAILED``) is XFAIL, as in the tables:
    the run is green, and a FAILED here would contradict it.
    """
    from verifier.reporters.base import shorten
    from verifier.reporters.text import OUTCOME_STYLES, VERDICT_STYLES

    for check in checks:
        for chain in check.chains:
            xfail = chain.result.outcome == "XFAIL"
            for step in chain.result.steps:
                line = Text(f"{printable(step.source)}  step {step.index}  ")
                if xfail and step.verdict.value == chain.result.expected:
                    line.append(f"{'XFAIL':<7}", style=OUTCOME_STYLES["XFAIL"])
                else:
                    line.append(f"{step.verdict.value:<7}", style=VERDICT_STYLES[step.verdict])
                line.append(f"  {shorten(step.lhs_latex or step.lhs, 45)} = {shorten(step.rhs_latex or step.rhs, 45)}")
                why = _why(step)
                if why:
                    line.append(f"  — {shorten(why, 160)}", style="dim")
                console.print(line, soft_wrap=True)
    console.print()


def _why(step: StepResult) -> str:
    """The tail of a step's one line. A counterexample is shown as its point and sides; a SKIPPED step
    that has one (it fails as written, but holds under a reading the notes do not state) leads with the
    reason it is not checked, or beside the word SKIPPED the point would read as a lost failure."""
    cx = step.counterexample
    if cx is not None:
        sides = f"left {cx.lhs}, right {cx.rhs}"
        if not cx.point:  # every value is the notes' (a worked number): the message says which
            return f"{sides}; {step.message}" if step.message else sides
        at = ", ".join(f"{n} = {v}" for n, v in cx.point[:4])
        shown = f"at {at}{', …' if len(cx.point) > 4 else ''}: {sides}"
        if step.verdict is Verdict.SKIPPED and step.message:
            return f"{_top_level_parts(step.message)[0]}; {shown}"
        return shown
    if not step.verdict.ok:
        return step.message
    return reading_note(step.message)


def _top_level_parts(message: str) -> list[str]:
    """A message's parts, split at the ``"; "`` outside brackets (a part may hold a point's ``[a; b]``)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(message):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if depth == 0 and message.startswith("; ", i):
            parts.append(message[start:i])
            start = i + 2
    parts.append(message[start:])
    return parts


def reading_note(message: str) -> str:
    r"""What a green step rests on besides its literal reading, for its one line: another reading ("holds
    when read with numerator layout …"), the decimals written, a reading of notation ("\mathbf{1}_n read as
    a vector of n ones"). The names inferred (``inferred x: a vector …``) are left to the reports: every
    step has some, and they would hide the few readings that change what was checked."""
    kept = [p.removeprefix("read: ").strip() for p in _top_level_parts(message)]
    return "; ".join(p for p in kept if p and not p.startswith("inferred "))


def status(run: RunResult, allow_skipped: bool) -> ExitCode:
    if not run.results:
        return ExitCode.REFUTED  # nothing was verified: not a pass
    bad = [r for r in run.results if not r.passes]
    if allow_skipped:
        bad = [r for r in bad if r.verdict is not Verdict.SKIPPED or r.expected]
    return ExitCode.REFUTED if bad else ExitCode.OK
