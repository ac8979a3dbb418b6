"""Measure ``verify doc`` on a folder of course notes: steps found, checked, SKIPPED by reason, drops.

Run from the repository root (each chain under a --timeout, 20 s by default, as `verify doc` does)::

    python benchmarks/corpus.py ../shared/corpus/docs
    python benchmarks/corpus.py ../shared/corpus/docs --context-dir my-contexts \\
        --macros ../shared/corpus/support/lmu-latex-math-basic-ml.tex

Per document and in total: steps found, checked (PROVED/PASSED/FAILED), SKIPPED grouped by
reason, raw ``=`` signs in display math and silent drops (definitions in
:mod:`verifier.documents.stats`), and the time taken (in total also per 20 steps, the figure of
issue 8 §5). ``--context-dir DIR``: a context file
``DIR/<document name>.verify`` is used for a document when it exists; ``--macros FILE``: macro
definitions read before every document (a course's macro file kept apart from the notes);
``DIR/<document name>.macros.tex``, when it exists, is a macro file for that document only (it
may ``\\input`` the course's macro files, found relative to DIR).
``--no-readings-cutoff``: the other readings of a chain are tried to the end instead of for 4 s
(CPU time since this round; wall-clock before it) and the row reading without its 4 s wall-clock
limit, so the work (and the CPU printed) does not depend on the machine's load: the way to compare
the CPU of two versions on a shared machine.
Not a test: the figures are recorded in the README, never asserted.
"""

from __future__ import annotations

import argparse
import inspect
import resource
import sys
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verifier.cli import doc_sympy_cache  # noqa: E402

doc_sympy_cache()  # SymPy's cache as `verify doc` sizes it (before SymPy is imported)

from verifier.documents.check import check_document, collect_documents  # noqa: E402
from verifier.documents.records import DocumentCheck  # noqa: E402
from verifier.documents.stats import DocumentStats, document_stats, render_table  # noqa: E402
from verifier.engine import Settings  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the chain workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def dump_lines(check: DocumentCheck) -> list[str]:
    """One line per step: where it is written, its verdict and the first line of its reason (A/B dumps)."""
    lines = []
    for chain in check.chains:
        for step, line in zip(chain.result.steps, chain.step_lines, strict=False):
            reason = step.message.splitlines()[0][:120] if step.message else ""
            lines.append(f"{check.path}\t{line:5d}\tstep {step.index:2d}\t"
                         f"{step.verdict.value}\t{reason}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", metavar="DIR", help="documents or folders of documents")
    parser.add_argument("--context-dir", metavar="DIR", help="context files <document name>.verify")
    parser.add_argument("--macros", metavar="FILE", action="append", default=[], help="macro file (repeatable)")
    parser.add_argument("--points", type=int, default=None, help="sample points per step")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--reasons", type=int, default=20, help="SKIPPED reasons listed (most frequent first)")
    parser.add_argument("--timeout", type=float, default=20.0,
                        help="seconds per chain, as verify doc --timeout (a chain that runs out counts as an error)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="workers checking a document's chains at once, as verify doc --jobs (0: one per core)")
    parser.add_argument("--no-readings-cutoff", action="store_true",
                        help="no limit on the other readings of a chain (doubts.READINGS_SECONDS, and the "
                             "wall-clock orientation.ROW_SECONDS of the row reading): the work done, and so the "
                             "CPU time, then no longer depends on the machine's load, so two versions can be "
                             "compared on a shared machine (verdicts may differ from a normal run where the "
                             "limit cut readings off)")
    parser.add_argument("--dump", metavar="FILE",
                        help="also write every step's verdict, one line each (document, source line, step of its "
                             "chain, verdict, reason), sorted, so two versions' dumps can be compared with diff")
    parser.add_argument("--one-by-one", action="store_true",
                        help="check the documents one after the other, each with its own workers (as verify doc "
                             "did before documents.pool); by default the chains of all of them share one pool")
    args = parser.parse_args(argv)
    cutoff: AbstractContextManager[object] = nullcontext()
    if args.no_readings_cutoff:
        from verifier.documents import doubts, orientation  # workers are forked: they inherit the setting

        if hasattr(doubts, "unlimited_readings"):
            # entered around the whole run below (docspeed60: entered and dropped at once, the block's generator
            # was collected at the end of the statement, and its ``finally`` put the 4 s limit back at once)
            cutoff = doubts.unlimited_readings()
        else:  # an older version (A/B runs)
            doubts.READINGS_SECONDS = float("inf")
            if hasattr(orientation, "ROW_SECONDS"):  # older still: no row reading
                orientation.ROW_SECONDS = 1e6  # an alarm: finite
    with cutoff:
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    """The documents checked and the figures printed (:func:`main`, within the readings' limit it chose)."""
    kwargs = {k: v for k, v in (("points", args.points), ("seed", args.seed)) if v is not None}
    settings = Settings(**kwargs)
    accepts_context = "context" in inspect.signature(check_document).parameters
    accepts_jobs = "jobs" in inspect.signature(check_document).parameters  # an older version (A/B runs)
    stats: list[DocumentStats] = []
    dumped: list[str] = []
    notes: list[str] = []
    times: list[str] = []  # CPU beside wall: on a shared machine the wall time says little
    tasks = []
    for doc in collect_documents(args.paths):
        options: dict[str, object] = {"macro_files": [Path(m) for m in args.macros], "timeout": args.timeout}
        if accepts_jobs:
            options["jobs"] = args.jobs
        if args.context_dir and (Path(args.context_dir) / f"{doc.name}.macros.tex").is_file():
            options["macro_files"] = [*options["macro_files"], Path(args.context_dir) / f"{doc.name}.macros.tex"]  # type: ignore[list-item]
        if args.context_dir:
            ctx = Path(args.context_dir) / f"{doc.name}.verify"
            if ctx.is_file():
                if not accepts_context:
                    notes.append(f"{doc.name}: this version of check_document takes no context file; {ctx} ignored")
                else:
                    options["context"] = ctx
        tasks.append((doc, options))
    try:
        from verifier.documents.pool import DocumentTask, check_many
    except ImportError:  # an older version (A/B runs): one document after the other
        pooled = False
    else:
        pooled = not args.one_by_one
    started, cpu = time.perf_counter(), _cpu()
    if pooled:
        many = [DocumentTask(doc, settings, display=doc.name, context=options.get("context"),  # type: ignore[arg-type]
                             macro_files=tuple(options["macro_files"]))  # type: ignore[arg-type]
                for doc, options in tasks]  # fmt: skip
        for check, seconds in check_many(many, timeout=args.timeout, jobs=args.jobs):
            stats.append(document_stats(check, seconds))
            dumped.extend(dump_lines(check))
            times.append(f"{check.path}: {seconds:.1f} s (reading, and its chains in the workers)")
            notes.extend(check.notes)
            notes.extend(f"{check.path}: {r.title}: {r.message}" for r in check.errors)
    else:
        for doc, options in tasks:
            begun, spent = time.perf_counter(), _cpu()
            check = check_document(doc, settings, display=doc.name, **options)  # type: ignore[arg-type]
            stats.append(document_stats(check, time.perf_counter() - begun))
            dumped.extend(dump_lines(check))
            times.append(f"{doc.name}: {stats[-1].seconds:.1f} s wall, {_cpu() - spent:.1f} s CPU")
            notes.extend(check.notes)
            notes.extend(f"{doc.name}: {r.title}: {r.message}" for r in check.errors)
    wall, spent = time.perf_counter() - started, _cpu() - cpu
    times.append(f"all: {wall:.1f} s wall, {spent:.1f} s CPU")
    found = sum(s.found for s in stats)
    if found:  # issue 8 §5's figure: the wall per 20 steps (the target: at most 1 s on two cores)
        times.append(f"per 20 steps: {20 * wall / found:.2f} s wall, {20 * spent / found:.2f} s CPU ({found} steps)")
    if args.dump:
        Path(args.dump).write_text("".join(f"{line}\n" for line in sorted(dumped)), encoding="utf-8")
    print(render_table(stats, reasons=args.reasons))
    print("\ntimes (CPU: this process and its finished workers; with the pool, per document the seconds of its "
          "reading and its chains):")
    print("\n".join(f"  {t}" for t in times))
    if notes:
        print("\nnotes:")
        print("\n".join(f"  {n}" for n in notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
