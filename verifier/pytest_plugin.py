"""pytest plugin: the identities of a course's catalog and the chains of its notes as test items.

Registered through the ``pytest11`` entry point (name ``verify``; ``-p no:verify`` turns it
off), so a course repository runs its catalog and its other tests with one ``pytest``. One item
per identity, named by its id, so ``-k``, ``-x``, ``--lf`` and pytest-xdist behave as for any
test; a failure shows the same detail block as ``verify`` (first wrong step, counterexample,
reproduce command) and points at the entry's ``@identity`` line.

Only ``*.py`` files directly inside the catalog directory are collected (the loader's rule), and
only when pytest walks into it: the plugin is inert in repositories without a catalog, and a
project whose ``testpaths`` leave the catalog out (like this one) is unaffected unless the
directory is named on the command line. The documents of ``[tool.verify] documents`` are
collected the same way: one item per derivation chain, named ``file:line``. An entry with
``expect="FAILED"`` (or a chain after ``expect: FAILED``) is xfail while it fails and a strict
XPASS once it holds. SymPy and the engine are imported only once a catalog file is collected,
so other projects sharing the environment do not pay for them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from verifier.config import load_config
from verifier.errors import UsageError
from verifier.logsafe import printable
from verifier.paths import display_path, parse_location
from verifier.settings import DEFAULT_TIMEOUT, Options, resolve

if TYPE_CHECKING:
    from verifier.catalog import Entry
    from verifier.documents.check import DocumentCheck
    from verifier.engine import Settings
    from verifier.loader import Catalog
    from verifier.results import IdentityResult

VERDICT_KEY = "verify_verdict"  # user property carrying the verdict to reports (and across xdist)


@dataclass(frozen=True)
class _Options:
    """What the plugin needs, resolved once per session by :func:`verifier.settings.resolve`."""

    catalog: Path | None  # resolved catalog directory; None when it does not exist (plugin inert)
    documents: frozenset[Path]  # resolved files of [tool.verify] documents
    resolved: Options


_OPTIONS = pytest.StashKey[_Options]()
_CATALOG = pytest.StashKey["Catalog"]()
_DOCUMENTS = pytest.StashKey[dict[Path, "DocumentCheck"]]()
_FOLDERS = pytest.StashKey[dict[str, Path]]()  # folders resolved (_resolved)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("verify", "derivation-verifier: catalog identities and notes as test items")
    group.addoption(
        "--verify-derivations",
        metavar="DIR",
        help="catalog directory (default: [tool.verify] derivations, else derivations/ beside pyproject.toml)",
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
    """Command line over ``[tool.verify]`` (found from the rootdir) over defaults: ``verify``'s rules."""
    try:
        resolved = resolve(
            load_config(config.rootpath),
            derivations=config.getoption("verify_derivations"),
            seed=config.getoption("verify_seed"),
            points=config.getoption("verify_points"),
            timeout=config.getoption("verify_timeout"),
            cwd=config.invocation_params.dir,
            flag_prefix="--verify-",
        )
        documents = _document_files(resolved)
    except UsageError as exc:
        raise pytest.UsageError(f"verify: {exc}") from exc
    catalog = resolved.catalog.resolve() if resolved.catalog.is_dir() else None
    return _Options(catalog, documents, resolved)


def _document_files(resolved: Options) -> frozenset[Path]:
    if not resolved.documents:
        return frozenset()
    from verifier.documents.check import collect_documents

    return frozenset(p.resolve() for p in collect_documents(resolved.document_paths()))


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_OPTIONS] = _resolve_options(config)


def _settings(config: pytest.Config) -> Settings:
    return config.stash[_OPTIONS].resolved.settings()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> CatalogFile | DocumentFile | None:
    opts = parent.config.stash.get(_OPTIONS, None)
    if opts is None:
        return None
    folders = parent.config.stash.setdefault(_FOLDERS, {})
    if opts.documents and _resolved(file_path, folders) in opts.documents:
        return DocumentFile.from_parent(parent, path=file_path)
    if opts.catalog is None:
        return None
    if file_path.suffix != ".py" or file_path.name.startswith("_"):
        return None
    if _resolved_folder(file_path, folders) != opts.catalog:
        return None
    return CatalogFile.from_parent(parent, path=file_path)


def _resolved(file_path: Path, folders: dict[str, Path]) -> Path:
    """``file_path.resolve()`` (see :func:`_resolved_folder`)."""
    if os.path.islink(file_path):
        return file_path.resolve()
    return _resolved_folder(file_path, folders) / file_path.name


def _resolved_folder(file_path: Path, folders: dict[str, Path]) -> Path:
    """``file_path.resolve().parent``, each folder resolved once a session (``folders``, by its text). pytest
    collects a test folder again for every file named on its command line and asks this hook of each file in
    it each time, and ``resolve`` walks every part of a path in Python (an ``lstat`` each): 1,674 files for
    each name given. A file that is no symbolic link is in its folder, resolved; a link is resolved whole."""
    if os.path.islink(file_path):
        return file_path.resolve().parent
    folder = os.path.dirname(file_path)
    found = folders.get(folder)
    if found is None:
        found = folders[folder] = Path(folder).resolve()
    return found


def _catalog(config: pytest.Config) -> Catalog:
    """The catalog, imported once per process (each xdist worker imports its own)."""
    if _CATALOG not in config.stash:
        from verifier.loader import load_catalog

        catalog_dir = config.stash[_OPTIONS].catalog
        assert catalog_dir is not None
        # imports are author code: the run's budget applies to them too, as in ``verify all``
        config.stash[_CATALOG] = load_catalog(catalog_dir, import_timeout=config.stash[_OPTIONS].resolved.timeout)
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
            lines = [
                printable(f"{display_path(e.path, root)}{f':{e.line}' if e.line else ''}: {e.message}") for e in errors
            ]  # user text in a CI log: no workflow commands, no terminal escapes
            raise self.CollectError("\n".join(lines))
        for entry in catalog.entries:
            if _same_file(entry.file, self.path):
                yield IdentityItem.from_parent(self, name=entry.id, entry=entry)


class IdentityFailed(Exception):
    """Raised by an item whose verdict is FAILED, ERROR or TIMEOUT; carries the result record."""

    def __init__(self, result: IdentityResult) -> None:
        super().__init__(f"{result.verdict.value} {result.id}")
        self.result = result


class ExpectedFailure(IdentityFailed):
    """Raised when the verdict is the one the author expects (``expect="FAILED"``): pytest's xfail."""


def _expect(item: pytest.Item, expected: str) -> None:
    """An expected failure is xfail while it fails and a strict XPASS (a failure) once it holds."""
    if expected:
        reason = f"expected {expected} (a find-the-mistake example)"
        item.add_marker(pytest.mark.xfail(reason=reason, strict=True, raises=ExpectedFailure))


def _outcome(result: IdentityResult) -> None:
    """Turn a verdict into the test's outcome (shared by identities and document chains).

    A SKIPPED document chain or catalog identity fails, as it makes ``verify doc`` and ``verify all``
    exit 1: a step that could not be read, or whose green the numbers cannot support (a wrong branch
    no sample reaches), is not verified, and pytest must not pass what ``verify`` refuses (redteam25:
    a catalog identity's SKIPPED was a ``pytest.skip``, green).
    """
    if result.expected and result.verdict.value == result.expected:
        raise ExpectedFailure(result)
    if result.verdict.ok:
        return
    raise IdentityFailed(result)


class IdentityItem(pytest.Item):
    """One catalog identity, checked in a fresh worker process (``verifier.runner``) under a hard time budget."""

    def __init__(self, *, entry: Entry, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entry = entry
        # Tags select like keywords (``-k activation``) without registering pytest markers.
        self.extra_keyword_matches.update(entry.tags)
        _expect(self, entry.expect)

    def runtest(self) -> None:
        from verifier.entryruns import entry_outcome_result, verify_in_worker
        from verifier.runner import run_in_worker

        settings = _settings(self.config)
        timeout = self.config.stash[_OPTIONS].resolved.timeout
        # A fresh, killable worker, as in ``verify``: hangs in C, exits and crashes cannot take pytest down.
        outcome = run_in_worker(verify_in_worker, self.entry, settings, timeout=timeout)
        result = entry_outcome_result(self.entry, settings, outcome, timeout)
        self.user_properties.append((VERDICT_KEY, result.verdict.value))
        _outcome(replace(result, expected=self.entry.expect))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str | Any:
        return _repr_failure(self, excinfo) or super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, (self.entry.line - 1 if self.entry.line else None), self.entry.id


def _repr_failure(item: pytest.Item, excinfo: pytest.ExceptionInfo[BaseException]) -> str | None:
    """The ``verify`` detail block instead of a traceback into the engine."""
    if not isinstance(excinfo.value, IdentityFailed):
        return None
    from verifier.reporters.base import detail_lines, plain

    settings = _settings(item.config)
    rerun = f"  rerun: pytest '{item.nodeid}' --verify-seed {settings.seed} --verify-points {settings.points}"
    return plain(detail_lines(excinfo.value.result)) + "\n" + rerun


class DocumentFile(pytest.File):
    """One document of ``[tool.verify] documents``: one item per derivation chain, named ``file:line``.

    The document is checked once per process, at collection (which chains there are is only known
    once they are read), with ``verify doc``'s checker and settings, so the verdicts are the same.
    """

    def collect(self) -> Iterator[ChainItem]:
        check = _document(self.config, self.path)
        for result in check.results:
            yield ChainItem.from_parent(self, name=result.id, line=_line_of(result.source), expected=result.expected)


def _line_of(source: str) -> int | None:
    return parse_location(source).line or None


def _document(config: pytest.Config, path: Path) -> DocumentCheck:
    """The check of one document, done once per process and kept for its items."""
    from verifier.documents.check import check_document

    cache = config.stash.setdefault(_DOCUMENTS, {})
    key = path.resolve()
    if key not in cache:
        from verifier.commands.output import with_document_rerun

        display = display_path(path, config.rootpath)
        check = check_document(path, _settings(config), display=display)
        # the reproduce command of `verify all`/`verify doc`: one rule (Options.rerun), defaults left out
        command = config.stash[_OPTIONS].resolved.rerun("doc", display, with_catalog=False)
        cache[key] = with_document_rerun(check, command)
    return cache[key]


class ChainItem(pytest.Item):
    """One derivation chain of a document; its verdict is the worst of its steps, as in ``verify doc``."""

    def __init__(self, *, line: int | None, expected: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.line = line
        _expect(self, expected)

    def runtest(self) -> None:
        assert isinstance(self.parent, DocumentFile)
        check = _document(self.config, self.parent.path)
        result = next(r for r in check.results if r.id == self.name)
        self.user_properties.append((VERDICT_KEY, result.verdict.value))
        _outcome(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str | Any:
        return _repr_failure(self, excinfo) or super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        # Not the name itself: pytest would show the '.' of "week1.md:10" as "::" in -v output.
        return self.path, (self.line - 1 if self.line else None), f"chain at {self.name}"


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config) -> tuple[str, str, Any] | None:
    """``-v`` shows PROVED or PASSED (the verdict) instead of pytest's generic PASSED."""
    if report.when != "call" or not report.passed:
        return None
    verdict = dict(report.user_properties).get(VERDICT_KEY)
    if verdict is None:
        return None
    return "passed", ".", (str(verdict), {"green": True})
