"""pytest plugin: the identities of a course's catalog collected as test items.

Registered through the ``pytest11`` entry point (name ``verify``; ``-p no:verify`` turns it
off), so a course repository runs its catalog and its other tests with one ``pytest``. One item
per identity, named by its id, so ``-k``, ``-x``, ``--lf`` and pytest-xdist behave as for any
test; a failure shows the same detail block as ``verify`` (first wrong step, counterexample,
reproduce command) and points at the entry's ``@identity`` line.

Only ``*.py`` files directly inside the catalog directory are collected (the loader's rule), and
only when pytest walks into it: the plugin is inert in repositories without a catalog, and a
project whose ``testpaths`` leave the catalog out (like this one) is unaffected unless the
directory is named on the command line. SymPy and the engine are imported only once a catalog
file is collected, so other projects sharing the environment do not pay for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from verifier.config import ConfigError, load_config
from verifier.paths import display_path

if TYPE_CHECKING:
    from verifier.catalog import Entry
    from verifier.engine import Settings
    from verifier.loader import Catalog
    from verifier.results import IdentityResult

DEFAULT_TIMEOUT = 60.0  # seconds per identity, as ``verify``'s --timeout (the worker is killed)
VERDICT_KEY = "verify_verdict"  # user property carrying the verdict to reports (and across xdist)


@dataclass(frozen=True)
class _Options:
    """What the plugin needs, resolved once per session from options and ``[tool.verify]``."""

    catalog: Path | None  # resolved catalog directory; None when it does not exist (plugin inert)
    seed: int | None  # None: the engine's default
    points: int | None
    timeout: float


_OPTIONS = pytest.StashKey[_Options]()
_CATALOG = pytest.StashKey["Catalog"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("verify", "derivation-verifier: catalog identities as test items")
    group.addoption(
        "--verify-derivations",
        metavar="DIR",
        help="catalog directory (default: [tool.verify] derivations, else <rootdir>/derivations)",
    )
    group.addoption("--verify-seed", type=int, metavar="N", help="random seed (default: [tool.verify] seed)")
    group.addoption(
        "--verify-points", type=int, metavar="N", help="sample points per step (default: [tool.verify] points)"
    )
    group.addoption(
        "--verify-timeout",
        type=float,
        metavar="SECONDS",
        help=f"budget per identity (default: [tool.verify] timeout, else {DEFAULT_TIMEOUT:g}); the worker is killed",
    )


def _resolve_options(config: pytest.Config) -> _Options:
    """Command line over ``[tool.verify]`` (found from the rootdir) over built-in defaults."""
    try:
        table = load_config(config.rootpath)
    except ConfigError as exc:
        raise pytest.UsageError(f"verify: configuration error: {exc}") from exc
    option = config.getoption("verify_derivations")
    if option:
        catalog = config.invocation_params.dir / option
    elif table.path is not None and table.get("derivations"):
        catalog = table.base / str(table.get("derivations"))
    else:
        catalog = config.rootpath / "derivations"
    seed = config.getoption("verify_seed")
    points = config.getoption("verify_points")
    timeout = config.getoption("verify_timeout")
    try:
        seed = int(table.get("seed")) if seed is None and table.get("seed") is not None else seed
        points = int(table.get("points")) if points is None and table.get("points") is not None else points
        timeout = float(table.get("timeout", DEFAULT_TIMEOUT)) if timeout is None else timeout
    except (TypeError, ValueError) as exc:
        raise pytest.UsageError(f"verify: bad value in [tool.verify]: {exc}") from exc
    if points is not None and points < 1:
        raise pytest.UsageError("--verify-points must be at least 1")
    if timeout <= 0:
        raise pytest.UsageError("--verify-timeout must be positive")
    return _Options(catalog.resolve() if catalog.is_dir() else None, seed, points, timeout)


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_OPTIONS] = _resolve_options(config)


def _settings(config: pytest.Config) -> Settings:
    from verifier.engine import DEFAULT_POINTS, DEFAULT_SEED, Settings

    opts = config.stash[_OPTIONS]
    return Settings(
        seed=DEFAULT_SEED if opts.seed is None else opts.seed,
        points=DEFAULT_POINTS if opts.points is None else opts.points,
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> CatalogFile | None:
    opts = parent.config.stash.get(_OPTIONS, None)
    if opts is None or opts.catalog is None:
        return None
    if file_path.suffix != ".py" or file_path.name.startswith("_"):
        return None
    if file_path.resolve().parent != opts.catalog:
        return None
    return CatalogFile.from_parent(parent, path=file_path)


def _catalog(config: pytest.Config) -> Catalog:
    """The catalog, imported once per process (each xdist worker imports its own)."""
    if _CATALOG not in config.stash:
        from verifier.loader import load_catalog

        catalog_dir = config.stash[_OPTIONS].catalog
        assert catalog_dir is not None
        config.stash[_CATALOG] = load_catalog(catalog_dir)
    return config.stash[_CATALOG]


def _same_file(a: str | Path, b: Path) -> bool:
    return Path(a).resolve() == b.resolve()


class CatalogFile(pytest.File):
    """One catalog module; its entries become items, a failed import a collection error."""

    def collect(self) -> Iterator[IdentityItem]:
        catalog = _catalog(self.config)
        errors = [e for e in catalog.errors if _same_file(e.path, self.path)]
        if errors:
            # Like a test module that cannot be imported: this file errors, the others still collect.
            root = self.config.rootpath
            lines = [f"{display_path(e.path, root)}{f':{e.line}' if e.line else ''}: {e.message}" for e in errors]
            raise self.CollectError("\n".join(lines))
        for entry in catalog.entries:
            if _same_file(entry.file, self.path):
                yield IdentityItem.from_parent(self, name=entry.id, entry=entry)


class IdentityFailed(Exception):
    """Raised by an item whose verdict is FAILED, ERROR or TIMEOUT; carries the result record."""

    def __init__(self, result: IdentityResult) -> None:
        super().__init__(f"{result.verdict.value} {result.id}")
        self.result = result


class IdentityItem(pytest.Item):
    """One catalog identity, checked in a fresh worker process (``verifier.runner``) under a hard time budget."""

    def __init__(self, *, entry: Entry, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entry = entry
        # Tags select like keywords (``-k activation``) without registering pytest markers.
        self.extra_keyword_matches.update(entry.tags)

    def runtest(self) -> None:
        from verifier.results import Verdict
        from verifier.runner import entry_outcome_result, run_in_worker, verify_in_worker

        settings = _settings(self.config)
        timeout = self.config.stash[_OPTIONS].timeout
        # A fresh, killable worker, as in ``verify``: hangs in C, exits and crashes cannot take pytest down.
        outcome = run_in_worker(verify_in_worker, self.entry, settings, timeout=timeout)
        result = entry_outcome_result(self.entry, settings, outcome, timeout)
        self.user_properties.append((VERDICT_KEY, result.verdict.value))
        if result.verdict.ok:
            return
        if result.verdict is Verdict.SKIPPED:
            pytest.skip(f"{result.id}: {result.message or 'not checked'}")
        raise IdentityFailed(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str | Any:
        """The ``verify`` detail block instead of a traceback into the engine."""
        if isinstance(excinfo.value, IdentityFailed):
            from verifier.reporters.base import detail_lines, plain

            settings = _settings(self.config)
            rerun = f"  rerun: pytest '{self.nodeid}' --verify-seed {settings.seed} --verify-points {settings.points}"
            return plain(detail_lines(excinfo.value.result)) + "\n" + rerun
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, (self.entry.line - 1 if self.entry.line else None), self.entry.id


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config) -> tuple[str, str, Any] | None:
    """``-v`` shows PROVED or PASSED (the verdict) instead of pytest's generic PASSED."""
    if report.when != "call" or not report.passed:
        return None
    verdict = dict(report.user_properties).get(VERDICT_KEY)
    if verdict is None:
        return None
    return "passed", ".", (str(verdict), {"green": True})
