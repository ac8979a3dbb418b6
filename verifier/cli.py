"""The ``verify`` command: thin glue between arguments, the loader, the runner and a reporter.

``main(argv)`` returns an :class:`ExitCode` and never calls ``sys.exit`` itself, so tests call
it directly and check output and status, as pytest's own ``main`` is tested.
"""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from verifier import __version__
from verifier.cache import ResultCache
from verifier.config import Config, ConfigError, load_config
from verifier.engine import DEFAULT_POINTS, DEFAULT_SEED, Settings
from verifier.exitcodes import ExitCode
from verifier.loader import Catalog, LoadError, load_catalog
from verifier.reporters.base import printable  # user text in messages (issue 9 §6)
from verifier.results import IdentityResult, RunResult, Verdict

COMMANDS = ("all", "list")


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="verify",
        description="Check the calculus identities of a course catalog: symbolically, numerically, at high precision.",
        epilog="examples:  verify all   |   verify sigmoid-derivative --seed 7   |   verify list   |   "
        "verify all --format junit --output report.xml",
    )
    p.add_argument("targets", nargs="*", metavar="all|list|ID", help="'all', 'list', or identity ids (globs allowed)")
    p.add_argument("--derivations", metavar="DIR", help="catalog directory (default: ./derivations or [tool.verify])")
    p.add_argument("--seed", type=int, help=f"random seed (default {DEFAULT_SEED}); results are reproducible")
    p.add_argument("--points", type=int, help=f"sample points per identity and size (default {DEFAULT_POINTS})")
    p.add_argument("--format", help="text (default), json, junit, markdown, html, github")
    p.add_argument("--output", metavar="FILE", help="write the report to FILE (the terminal still gets the table)")
    p.add_argument("--timeout", type=float, help="wall-clock budget per identity in seconds (default 60)")
    p.add_argument("--jobs", type=int, help="worker processes (default: one per core)")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p.add_argument("--no-cache", action="store_true", help="verify everything again (results are still stored)")
    p.add_argument("--version", action="version", version=f"derivation-verifier {__version__}")
    return p


def _settings(args: argparse.Namespace, config: Config) -> Settings:
    seed = args.seed if args.seed is not None else int(config.get("seed", DEFAULT_SEED))
    points = args.points if args.points is not None else int(config.get("points", DEFAULT_POINTS))
    if points < 1:
        raise UsageError("--points must be at least 1")
    return Settings(seed=seed, points=points)


def _catalog_dir(args: argparse.Namespace, config: Config) -> Path:
    if args.derivations:
        return Path(args.derivations)
    if config.get("derivations"):
        return config.base / str(config.get("derivations"))
    return Path("derivations")


def _select(catalog: Catalog, targets: Sequence[str]) -> list[int]:
    if not targets or targets == ["all"]:
        return list(range(len(catalog.entries)))
    ids = [e.id for e in catalog.entries]
    chosen: list[int] = []
    for t in targets:
        hits = [i for i, x in enumerate(ids) if fnmatch.fnmatchcase(x, t)]
        if not hits:
            close = difflib.get_close_matches(t, ids, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else "; run 'verify list' to see the ids"
            raise UsageError(f"no identity matches {t!r}{hint}")
        chosen.extend(i for i in hits if i not in chosen)
    return chosen


def _load_error_result(err: LoadError, seed: int) -> IdentityResult:
    return IdentityResult(
        id=Path(err.path).name,
        title="catalog module failed to load",
        statement="",
        verdict=Verdict.ERROR,
        source=err.location,
        seed=seed,
        message=err.message,
        kind="load-error",
    )


# Sub-commands with options of their own live in verifier/commands/<name>.py, each with
# ``main(argv) -> int``; everything else is a run over the catalog.
SUBCOMMANDS = ("check", "doc", "mutate", "explain")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        import importlib

        module = importlib.import_module(f"verifier.commands.{argv[0]}")
        try:
            return int(module.main(argv[1:]))
        except KeyboardInterrupt:  # Ctrl-C: the workers are already killed; no traceback
            Console(stderr=True).print("verify: interrupted", highlight=False)
            return 130
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help/--version (0) and on errors (2)
        return int(exc.code or 0)
    console = Console(stderr=True)
    try:
        return int(_run(args, console))
    except KeyboardInterrupt:  # Ctrl-C outside a run of entries (those report what finished): no traceback
        console.print("verify: interrupted", highlight=False)
        return 130
    except UsageError as exc:
        console.print(f"[red]verify: error:[/red] {escape(printable(exc))}", highlight=False, soft_wrap=True)
        return ExitCode.USAGE_ERROR
    except ConfigError as exc:
        console.print(
            f"[red]verify: configuration error:[/red] {escape(printable(exc))}", highlight=False, soft_wrap=True
        )
        return ExitCode.USAGE_ERROR


def _run(args: argparse.Namespace, console: Console) -> ExitCode:
    from verifier.reporters import REPORTERS, get_reporter
    from verifier.runner import DEFAULT_TIMEOUT, Interrupted, RunOptions

    config = load_config()
    fmt = _output_format(args, config)  # GitHub Actions integration
    if fmt not in REPORTERS:
        raise UsageError(f"unknown --format {fmt!r}; choose from {', '.join(REPORTERS)}")
    settings = _settings(args, config)
    root = _catalog_dir(args, config)
    if not root.is_dir():
        raise UsageError(f"catalog directory {str(root)!r} does not exist (use --derivations DIR)")
    targets = list(args.targets)
    timeout = args.timeout if args.timeout is not None else float(config.get("timeout", DEFAULT_TIMEOUT))
    catalog = load_catalog(root, import_timeout=timeout)  # imports run in a worker under the entry budget
    if targets[:1] == ["list"]:
        return _list(catalog, console)
    if not catalog.entries and not catalog.errors:
        raise UsageError(f"no identities found in {str(root)!r}")
    selected = _select(catalog, targets)
    entries = [catalog.entries[i] for i in selected]
    options = RunOptions(
        settings=settings,
        jobs=args.jobs if args.jobs is not None else int(config.get("jobs", 0)),
        timeout=args.timeout if args.timeout is not None else float(config.get("timeout", DEFAULT_TIMEOUT)),
    )
    if options.timeout <= 0:
        raise UsageError("--timeout must be positive")
    started = time.perf_counter()
    cache = ResultCache(root.resolve().parent) if config.get("cache", True) is not False else None
    interrupted = False
    try:
        results = _run_cached(entries, options, cache, args.no_cache, console, enabled=not args.no_progress)
    except Interrupted as exc:  # Ctrl-C: report what finished, exit 130
        results, interrupted = [r for r in exc.results if r is not None], True
        console.print("verify: interrupted; the results so far follow", highlight=False)
    load_errors = [_load_error_result(e, settings.seed) for e in catalog.errors]
    if targets in ([], ["all"]) and not interrupted:
        results += _documents(config, settings, options.timeout)
    run = RunResult(
        results=tuple(load_errors + results),
        seed=settings.seed,
        points=settings.points,
        duration=time.perf_counter() - started,
        catalog=str(root),
    )
    _write_step_summary(run, console)  # GitHub Actions integration
    plots: dict[str, str] = {}
    if args.output and fmt in ("markdown", "html"):
        from verifier.plots import plots_for_run  # {} without the plots extra (matplotlib)

        target = Path(args.output)
        plots = plots_for_run(run, entries, target.parent / f"{target.stem}-plots")
    reporter = get_reporter(fmt, plots=plots, base_dir=Path(args.output).parent if args.output else None)
    out = Console(highlight=False, soft_wrap=False)
    if args.output:
        Path(args.output).write_text(reporter.render(run), encoding="utf-8")
        _print_text(run, out)
    elif fmt == "text":
        _print_text(run, out)
    else:
        sys.stdout.write(reporter.render(run))
    if interrupted:
        return 130
    if catalog.errors:
        return ExitCode.USAGE_ERROR
    return ExitCode.OK if run.ok else ExitCode.REFUTED


def _run_cached(entries, options, cache, refresh: bool, console: Console, enabled: bool) -> list[IdentityResult]:
    """Unchanged entries come from the cache; the rest run, and their verdicts are stored."""
    from verifier.runner import Interrupted, run_entries

    found: dict[int, IdentityResult] = {}
    if cache is not None and not refresh:
        for i, entry in enumerate(entries):
            hit = cache.get(entry, options.settings)
            if hit is not None:
                found[i] = hit
    todo = [i for i in range(len(entries)) if i not in found]
    try:
        fresh = _with_progress([entries[i] for i in todo], options, run_entries, console, enabled)
    except Interrupted as exc:  # cached results count among those so far
        done = dict(zip(todo, exc.results, strict=True))
        raise Interrupted([found.get(i) or done.get(i) for i in range(len(entries))]) from None
    for i, result in zip(todo, fresh, strict=True):
        found[i] = result
        if cache is not None:
            cache.put(entries[i], options.settings, result)
    return [found[i] for i in range(len(entries))]


def _documents(config: Config, settings: Settings, timeout: float | None = None) -> list[IdentityResult]:
    """``[tool.verify] documents`` globs: ``verify all`` checks the notes as well as the catalog."""
    patterns = config.get("documents", [])
    if isinstance(patterns, str):
        patterns = [patterns]
    if not patterns:
        return []
    paths = sorted({p for pattern in patterns for p in config.base.glob(str(pattern)) if p.is_file()})
    if not paths:
        raise UsageError(f"[tool.verify] documents = {patterns!r} matches no file")
    from verifier.documents import check_documents

    return check_documents(paths, settings, timeout=timeout)


def _print_text(run: RunResult, console: Console) -> None:
    from verifier.reporters.text import TextReporter

    TextReporter(width=max(console.width, 100)).print_to(console, run)


def _with_progress(entries, options, run_entries, console: Console, enabled: bool) -> list[IdentityResult]:
    """A progress bar on stderr when it is a terminal and there is more than a handful of work."""
    if not enabled or not console.is_terminal or len(entries) < 4:
        return run_entries(entries, options)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("verifying"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(entries))

        def done(index: int, result: IdentityResult) -> None:
            progress.update(task, advance=1, description=result.id)

        return run_entries(entries, options, done)


def _list(catalog: Catalog, console: Console) -> ExitCode:
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=f"catalog {escape(printable(catalog.root))}: {len(catalog.entries)} identities", title_justify="left"
    )
    table.add_column("id", style="bold")
    table.add_column("title")
    table.add_column("sizes")
    table.add_column("tags")
    table.add_column("source")
    for e in catalog.entries:
        sizes = "; ".join(", ".join(f"{k}={v}" for k, v in s) for s in e.sizes if s) or "-"
        row = (e.id, e.title, sizes, ", ".join(e.tags), e.location)
        table.add_row(*(Text(printable(cell)) for cell in row))  # user text: no markup, no commands
    out = Console(highlight=False, width=max(Console().width, 120))
    out.print(table)
    for err in catalog.errors:
        console.print(f"[red]load error[/red] {escape(printable(f'{err.location}: {err.message}'))}", highlight=False)
    return ExitCode.USAGE_ERROR if catalog.errors else ExitCode.OK


# --- GitHub Actions integration (verifier.reporters.github) ---------------------------------------


def _output_format(args: argparse.Namespace, config: Config) -> str:
    """--format, else [tool.verify] format, else ``github`` on GitHub Actions (unless --output), else text."""
    import os

    on_actions = os.environ.get("GITHUB_ACTIONS") == "true" and not args.output
    return str(args.format or config.get("format") or ("github" if on_actions else "text"))


def _write_step_summary(run: RunResult, console: Console) -> None:
    """Append the Markdown report to ``$GITHUB_STEP_SUMMARY``, which Actions shows on the run's page."""
    import os

    from verifier.reporters.markdown import MarkdownReporter

    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(MarkdownReporter().render(run))
    except OSError as exc:  # the run's verdict matters more than its summary page
        console.print(f"verify: cannot write GITHUB_STEP_SUMMARY: {exc}", markup=False, highlight=False)


# --- end GitHub Actions integration -----------------------------------------------------------------


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
