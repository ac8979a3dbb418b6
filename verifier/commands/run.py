"""Verify the catalog: ``verify all`` (every identity, and the notes of ``[tool.verify] documents``)
or ``verify ID…`` (ids or globs)."""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import shlex
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verifier.catalog import Entry
from verifier.commands.output import emit, with_rerun, write_step_summary
from verifier.errors import UsageError
from verifier.exitcodes import ExitCode
from verifier.loader import Catalog, LoadError, load_catalog
from verifier.paths import display_path
from verifier.results import IdentityResult, RunResult, Verdict
from verifier.settings import Options, from_args

if TYPE_CHECKING:
    from rich.console import Console

OPTIONS = ("catalog", "check")

#: Reports that show the members of failing steps only; any other (JSON, a plugin's) gets every step's.
FAILING_MEMBERS_ONLY = frozenset({"text", "github", "junit", "markdown", "html"})


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("targets", nargs="*", metavar="all|ID|FILE.py",
                   help="'all' (default), identity ids (globs allowed) or catalog modules (their entries)")  # fmt: skip


def load(options: Options, meanwhile: Iterator[Any] | None = None) -> Catalog:
    """The catalog of ``options`` (a usage error when its directory does not exist); ``meanwhile``:
    work for this process while the catalog modules are imported in workers."""
    root = options.catalog
    if not root.is_dir():
        raise UsageError(
            f"catalog directory {display_path(root)!r} does not exist (use --derivations DIR, or `verify init`)"
        )
    return load_catalog(root, import_timeout=options.timeout, meanwhile=meanwhile)


def _note_hint(target: str) -> str:
    """A note given where an identity id goes (``verify notes/week1.md``, a table row's ``week1.md:12``):
    the command a note needs, in place of "run 'verify list'" (ux66)."""
    from verifier.documents.check import DOCUMENT_SUFFIXES  # only on this error: the engine is not needed before

    if Path(target).is_file() and Path(target).suffix.lower() in DOCUMENT_SUFFIXES:
        return f"; {target} is a note: run {shlex.join(['verify', 'doc', target])}"
    name, _, line = target.rpartition(":")
    if line.isdigit() and Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
        return f"; {target} is a chain of a note: run 'verify doc' on the note (the chain's reproduce line names it)"
    return ""


def select(catalog: Catalog, targets: Sequence[str]) -> list[int]:
    if not targets or list(targets) == ["all"]:
        return list(range(len(catalog.entries)))
    ids = [e.id for e in catalog.entries]
    chosen: list[int] = []
    for t in targets:
        if t.endswith(".py") and Path(t).is_file():  # ``verify derivations/losses.py``: that module's entries
            module = Path(t).resolve()
            chosen.extend(
                i for i, e in enumerate(catalog.entries) if Path(e.file).resolve() == module and i not in chosen
            )
            continue
        hits = [i for i, x in enumerate(ids) if fnmatch.fnmatchcase(x, t)]
        if not hits:
            close = difflib.get_close_matches(t, ids, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else "; run 'verify list' to see the ids"
            raise UsageError(f"no identity matches {t!r}{_note_hint(t) or hint}")
        chosen.extend(i for i in hits if i not in chosen)
    return chosen


def load_error_result(err: LoadError, options: Options) -> IdentityResult:
    """A module that cannot be imported: an ERROR row; ``verify list`` shows the error again."""
    rerun = "verify list" + (f" --derivations {options.catalog_flag}" if options.catalog_flag else "")
    return IdentityResult(
        id=Path(err.path).name,
        title="catalog module failed to load",
        statement="",
        verdict=Verdict.ERROR,
        source=err.location,
        seed=options.settings().seed,
        message=err.message,
        kind="load-error",
        rerun=rerun,
    )


def finish(entry: Entry, result: IdentityResult, options: Options) -> IdentityResult:
    """What the CLI knows and the worker does not: the reproduce line and the author's expectation."""
    return with_rerun(result, options.rerun(entry.id), entry.expect)


def _meanwhile(cold: bool) -> Iterator[bool]:
    """The parent's own work while the catalog modules are imported in workers, one step per ``next``:
    on a cold run (every entry will run in a worker, nothing is served from the cache) the engine's
    warm-up (a cached run never needs it), then Rich's console, which only this process uses (for
    the progress line and the report), so the catalog's first workers do not wait for its import."""
    if cold:
        from verifier.entryruns import warming

        yield from warming()
    import rich.console  # noqa: F401 - imported for its time, here rather than before the first worker

    yield True


def run(args: argparse.Namespace) -> int:
    from verifier.entryruns import RunOptions

    options = from_args(args)
    outputs = list(args.output or ())
    options.check_formats(outputs)
    formats = {options.terminal_format(outputs), *(options.file_format(o) for o in outputs)}
    settings = replace(options.settings(), member_texts=not formats <= FAILING_MEMBERS_ONLY)
    meanwhile = _meanwhile(args.no_cache or not options.cache)
    catalog = load(options, meanwhile=meanwhile)
    for _ in meanwhile:  # what the workers did not leave time for (the warm-up ends before any entry's fork)
        pass
    targets = list(args.targets)
    if not catalog.entries and not catalog.errors:
        raise UsageError(f"no identities found in {display_path(options.catalog)!r}")
    entries = [catalog.entries[i] for i in select(catalog, targets)]
    documents: list[Path] = []
    unread: list[Path] = []
    if targets in ([], ["all"]) and options.documents:  # before the run: a glob that matches nothing is exit 2
        from verifier.documents.check import collect_documents
        from verifier.unread import unread_files

        documents = collect_documents(options.document_paths())  # a glob may name a folder of notes
        unread = unread_files(options.document_paths())  # .rst and the like, never read: listed (verifier.unread)
    run_options = RunOptions(settings=settings, jobs=options.jobs, timeout=options.timeout)
    from rich.console import Console

    console = Console(stderr=True)
    started = time.perf_counter()
    interrupted = False
    try:
        results = run_catalog(entries, run_options, options, refresh=args.no_cache, console=console,
                              progress=not args.no_progress)  # fmt: skip
    except KeyboardInterrupt as exc:  # the runner's Interrupted carries the results so far
        so_far = exc.args[0] if exc.args and isinstance(exc.args[0], list | tuple) else []
        by_id = {e.id: e for e in entries}
        results = [finish(by_id[r.id], r, options) for r in so_far if isinstance(r, IdentityResult) and r.id in by_id]
        interrupted = True
    load_errors = [load_error_result(e, options) for e in catalog.errors]
    in_notes = False  # a Ctrl-C while the notes are checked: the catalog's results are printed all the same
    if documents and not interrupted:
        from verifier.commands.doc import check_paths

        try:
            results += [r for c in check_paths(documents, options, console, not args.no_progress) for r in c.results]
        except KeyboardInterrupt:
            interrupted = in_notes = True
    run = RunResult(
        results=tuple(load_errors + results),
        seed=settings.seed,
        points=settings.points,
        duration=time.perf_counter() - started,
        catalog=display_path(options.catalog),
        documents=" ".join(options.documents) if documents else "",
        not_read=tuple(str(f) for f in unread),
    )
    write_step_summary(run, console)
    plots: dict[str, str] = {}
    pages = [o for o in outputs if options.file_format(o) in ("markdown", "html")]
    if pages:
        from verifier.plots import plots_for_run  # {} without the plots extra (matplotlib)

        target = Path(pages[0])
        plots = plots_for_run(run, entries, target.parent / f"{target.stem}-plots")
    emit(run, options, outputs, plots)
    if in_notes:
        console.print("verify: interrupted while checking the notes; the catalog's results are above", markup=False)
        return ExitCode.INTERRUPTED
    if interrupted:
        console.print(f"verify: interrupted after {len(results)} of {len(entries)} identities", markup=False)
        return ExitCode.INTERRUPTED
    if catalog.errors:
        return ExitCode.USAGE_ERROR
    return ExitCode.OK if run.ok else ExitCode.REFUTED


def run_catalog(
    entries: Sequence[Entry],
    run_options: object,
    options: Options,
    *,
    refresh: bool = False,
    console: Console | None = None,
    progress: bool = False,
) -> list[IdentityResult]:
    """Unchanged entries come from the cache; the rest run in workers, and their verdicts are stored."""
    from verifier.cache import ResultCache
    from verifier.entryruns import RunOptions, run_entries

    assert isinstance(run_options, RunOptions)
    cache = ResultCache(options.catalog.resolve().parent) if options.cache else None
    found: dict[int, IdentityResult] = {}
    if cache is not None and not refresh:
        for i, entry in enumerate(entries):
            hit = cache.get(entry, run_options.settings)
            if hit is not None:
                found[i] = hit
    todo = [i for i in range(len(entries)) if i not in found]
    dependencies: dict[int, tuple[tuple[str, str], ...] | None] = {}  # files outside snapshots, per todo index

    def store(k: int, result: IdentityResult) -> None:
        """Each verdict is stored as it arrives, while the other workers run (not all at the end,
        when the parent's work is all that is left of the run)."""
        if cache is not None:
            cache.put(entries[todo[k]], run_options.settings, result, dependencies.get(k))

    expected = cache.durations() if cache is not None and todo else {}
    fresh = _with_progress([entries[i] for i in todo], run_options, run_entries, console, progress, dependencies,
                           store, expected)  # fmt: skip
    for i, result in zip(todo, fresh, strict=True):
        found[i] = result
    if cache is not None:
        cache.note_durations({r.id: r.duration for r in fresh if r.duration and not r.cached})
    return [finish(entries[i], found[i], options) for i in range(len(entries))]


def _with_progress(
    entries: list[Entry], run_options: object, run_entries: Callable[..., list[IdentityResult]],
    console: Console | None, enabled: bool, dependencies: dict[int, Any] | None = None,
    also: Callable[[int, IdentityResult], None] | None = None, expected: dict[str, float] | None = None,
) -> list[IdentityResult]:  # fmt: skip
    """A progress line on stderr when it is a terminal: the entry being checked, not the last finished.
    ``also(index, result)`` is called as each result arrives; ``expected``: seconds per id, last time
    (the longest start first)."""
    extra: dict[str, Any] = {} if dependencies is None else {"dependencies": dependencies}
    if expected:
        extra["expected"] = expected
    if console is None or not enabled or not console.is_terminal or len(entries) < 4:
        return run_entries(entries, run_options, also, **extra)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from verifier.entryruns import longest_first

    started = longest_first([e.id for e in entries], expected or {})  # the order the runner starts them in
    done: set[int] = set()
    with Progress(
        TextColumn("verifying"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", markup=False),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task(entries[started[0]].id, total=len(entries))

        def on_result(index: int, result: IdentityResult) -> None:
            if also is not None:
                also(index, result)
            done.add(index)
            running = next((entries[i].id for i in started if i not in done), "")
            progress.update(task, advance=1, description=running)

        return run_entries(entries, run_options, on_result, **extra)
