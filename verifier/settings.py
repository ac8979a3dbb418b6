"""The settings of one run, resolved in one place: command line over ``[tool.verify]`` over defaults.

Every subcommand of ``verify`` and the pytest plugin call :func:`resolve`, so a value means the
same thing wherever it is given, is type-checked once (a bad one is a UsageError/ConfigError,
exit status 2) and the catalog directory is found by one rule:

1. ``--derivations DIR`` (``--verify-derivations`` in pytest), relative to the working directory;
2. else ``[tool.verify] derivations``, relative to the pyproject.toml that holds it;
3. else ``derivations/`` beside that pyproject.toml (or in the working directory without one).

The engine's :class:`~verifier.checksettings.Settings` is built lazily (:meth:`Options.settings`) so
that the pytest plugin can resolve options without importing SymPy in projects with no catalog.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verifier.config import KEYS, Config, load_config
from verifier.errors import UsageError
from verifier.paths import display_path

if TYPE_CHECKING:
    from verifier.checksettings import Settings

__all__ = ["DEFAULT_TIMEOUT", "FORMAT_BY_SUFFIX", "Options", "format_for_output", "from_args", "resolve"]

DEFAULT_TIMEOUT = 60.0  # seconds per identity (and per document chain); the runner's default too
DEFAULT_CATALOG = "derivations"

#: ``--output report.xml`` writes JUnit without ``--format junit``
FORMAT_BY_SUFFIX = {".json": "json", ".xml": "junit", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html", ".txt": "text"}  # fmt: skip

#: The formats ``verifier.reporters`` registers when it is imported: a name among them is known
#: without importing the reporters (Rich, XML, HTML), which a run's start need not wait for.
BUILT_IN_FORMATS = frozenset({"text", "json", "junit", "markdown", "html", "github"})


@dataclass(frozen=True)
class Options:
    """Everything a subcommand needs to know about where and how to verify."""

    config: Config
    catalog: Path  # the catalog directory (may not exist: commands that need it say so)
    catalog_flag: str | None  # ``--derivations`` value to repeat in reproduce lines; None if default
    documents: tuple[str, ...]  # globs relative to config.base ([tool.verify] documents)
    seed: int | None  # None: the engine's default
    points: int | None
    timeout: float
    jobs: int
    format: str | None  # --format; None: [tool.verify] format, --output's extension, github on Actions, text
    cache: bool  # [tool.verify] cache = false: no result cache at all (--no-cache only refreshes it)

    def settings(self) -> Settings:
        from verifier.checksettings import DEFAULT_POINTS, DEFAULT_SEED, Settings

        try:
            return Settings(
                seed=DEFAULT_SEED if self.seed is None else self.seed,
                points=DEFAULT_POINTS if self.points is None else self.points,
            )
        except ValueError as exc:  # the engine refuses what cannot be checked (engine.SettingsError)
            raise UsageError(str(exc)) from None

    def rerun_flags(self, with_catalog: bool = True) -> list[str]:
        """Options a reproduce line must repeat to see what this run saw (seed is added by callers)."""
        from verifier.checksettings import DEFAULT_POINTS

        flags: list[str] = []
        if with_catalog and self.catalog_flag is not None:
            flags += ["--derivations", self.catalog_flag]
        if self.points is not None and self.points != DEFAULT_POINTS:
            flags += ["--points", str(self.points)]
        return flags

    def rerun(self, *words: str, with_catalog: bool = True) -> str:
        settings = self.settings()
        return shlex.join(["verify", *words, "--seed", str(settings.seed), *self.rerun_flags(with_catalog)])

    def document_paths(self) -> list[Path]:
        """Files matched by ``[tool.verify] documents``; a glob that matches nothing is a usage error."""
        base = self.config.base
        found: list[Path] = []
        for pattern in self.documents:
            try:
                matched = list(base.glob(pattern))
            except (NotImplementedError, ValueError) as exc:  # "/abs/*.md": pathlib refuses absolute globs
                raise UsageError(f"[tool.verify] documents: {pattern!r} is not a glob relative to {display_path(base)} "
                                 f"({exc})") from None  # fmt: skip
            hits = sorted(p for p in matched if (p.is_file() or p.is_dir()) and ".annotated." not in p.name)
            if not hits:
                raise UsageError(f"[tool.verify] documents: {pattern!r} matches no file under {display_path(base)}")
            found.extend(h for h in hits if h not in found)
        return found

    def file_format(self, path: str) -> str:
        """Format of ``--output path``: --format, else from the extension, else [tool.verify] format, else text."""
        return self._known(self.format or format_for_output(path) or self.config.get("format") or "text")

    def terminal_format(self, outputs: Sequence[str] = ()) -> str:
        """What goes to stdout: --format / [tool.verify] format when nothing is written to a file;
        else (and by default) ``github`` on GitHub Actions (annotations on the PR), else text."""
        chosen = None if outputs else (self.format or self.config.get("format"))
        if chosen is None:
            chosen = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
        return self._known(chosen)

    def check_formats(self, outputs: Sequence[str] = ()) -> None:
        """Fail early (exit 2) on an unknown format, before anything is verified."""
        self.terminal_format(outputs)
        for path in outputs:
            self.file_format(path)
            _writable(path)

    @staticmethod
    def _known(fmt: str) -> str:
        if fmt in BUILT_IN_FORMATS:  # registered whenever the reporters are: no need to import them yet
            return fmt
        from verifier.reporters import REPORTERS

        if fmt not in REPORTERS:
            raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(REPORTERS)}")
        return fmt


def _writable(output: str) -> None:
    """``--output FILE`` must be a file that can be written (exit 2 before the run, not exit 3 after it)."""
    target = Path(output)
    if target.is_dir() or not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise UsageError(f"--output {output!r}: cannot write a report there (not a file in a writable folder)")
    if target.exists() and not os.access(target, os.W_OK):
        raise UsageError(f"--output {output!r}: the file is not writable")


def format_for_output(output: str | None) -> str | None:
    return FORMAT_BY_SUFFIX.get(Path(output).suffix.lower()) if output else None


def _checked(key: str, value: Any, flag: str) -> Any:
    """A command-line value through the same check as its ``[tool.verify]`` key."""
    check, _ = KEYS[key]
    try:
        return check(value)
    except ValueError as exc:
        raise UsageError(f"{flag} {exc}") from None


def resolve(
    config: Config | None = None,
    *,
    derivations: str | None = None,
    seed: int | None = None,
    points: int | None = None,
    timeout: float | None = None,
    jobs: int | None = None,
    format: str | None = None,
    cache: bool | None = None,
    cwd: Path | None = None,
    flag_prefix: str = "--",
) -> Options:
    """Options from command-line values (None: not given) over ``config`` (default: found from cwd)."""
    cwd = cwd or Path.cwd()
    config = config if config is not None else load_config(cwd)
    default_catalog = config.base / str(config.get("derivations", DEFAULT_CATALOG))
    if derivations:
        catalog = cwd / derivations
        same = catalog.resolve() == default_catalog.resolve()
        catalog_flag = None if same else derivations
    else:
        catalog, catalog_flag = default_catalog, None

    def pick(key: str, value: Any, default: Any) -> Any:
        if value is not None:
            return _checked(key, value, f"{flag_prefix}{key}")
        return config.get(key, default)

    return Options(
        config=config,
        catalog=catalog,
        catalog_flag=catalog_flag,
        documents=tuple(config.get("documents", ())),
        seed=pick("seed", seed, None),
        points=pick("points", points, None),
        timeout=pick("timeout", timeout, DEFAULT_TIMEOUT),
        jobs=pick("jobs", jobs, 0),
        format=None if format is None else _checked("format", format, f"{flag_prefix}format"),
        cache=bool(config.get("cache", True)) if cache is None else cache,
    )


def from_args(args: Any) -> Options:
    """:func:`resolve` with the values of a parsed ``verify`` command line (absent options: None)."""

    def get(name: str) -> Any:
        return getattr(args, name, None)

    return resolve(
        derivations=get("derivations"),
        seed=get("seed"),
        points=get("points"),
        timeout=get("timeout"),
        jobs=get("jobs"),
        format=get("format"),
    )
