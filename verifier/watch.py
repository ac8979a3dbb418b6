"""``verify watch``: re-verify what changed on save, for authors writing notes and catalog entries.

Each batch of changes (watchfiles debounces an editor's save) becomes ``verify`` commands run in a
fresh process — so an edited catalog module is imported anew, exactly as ``verify`` would — for
what changed only: the entries of a changed catalog module (``verify FILE.py``), every module when
a shared ``_helper.py`` changed, the changed notes of ``[tool.verify] documents``
(``verify doc FILE``) and those whose context file (``NAME.verify``) changed, the whole catalog when
another file in its directory changed (a data file or a package module a builder reads: the cache
checks which entries read it), and everything when pyproject.toml changed. Unchanged entries come from the
result cache, so a run after a save takes the time of what changed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.text import Text

from verifier.documents.check import CONTEXT_SUFFIX, DOCUMENT_SUFFIXES, collect_documents, context_beside
from verifier.errors import UsageError
from verifier.exitcodes import ExitCode
from verifier.settings import Options, from_args

__all__ = ["passthrough", "plan", "watch", "watched"]


def passthrough(args: argparse.Namespace) -> list[str]:
    """The options of ``verify watch`` that the commands it runs repeat."""
    out: list[str] = []
    for name in ("derivations", "seed", "points", "timeout", "jobs"):
        value = getattr(args, name, None)
        if value is not None:
            out += [f"--{name}", str(value)]
    return out


def _documents(options: Options) -> set[Path]:
    if not options.documents:
        return set()
    return {p.resolve() for p in collect_documents(options.document_paths())}


def _scratch(path: Path) -> bool:
    """An editor's or Python's by-product in the catalog directory (no builder reads it)."""
    name = path.name
    return name.startswith(".") or name.endswith(("~", ".swp", ".pyc")) or "__pycache__" in path.parts


def watched(options: Options) -> list[Path]:
    """What ``verify watch`` watches: the catalog directory, the notes, their context files, pyproject.toml."""
    documents = _documents(options)
    contexts = [c for d in sorted(documents) if (c := context_beside(d)) is not None]
    roots = [p for p in (options.catalog, *documents, *contexts) if p.exists()]
    if options.config.path is not None:
        roots.append(options.config.path)
    return roots


def plan(changed: Iterable[str | Path], options: Options, flags: list[str]) -> list[list[str]]:
    """The ``verify`` argument lists that re-check what ``changed`` touches (empty: nothing to do)."""
    catalog = options.catalog.resolve()
    modules: set[Path] = set()
    helpers = False
    everything = False
    notes: set[Path] = set()
    documents = _documents(options)
    for raw in changed:
        path = Path(raw).resolve()
        if options.config.path is not None and path == options.config.path.resolve():
            return [["run", "all", *flags]]
        if path.suffix == ".py" and path.parent == catalog:
            if path.name.startswith("_"):
                helpers = True
            elif path.exists():
                modules.add(path)
        elif path.suffix.lower() in DOCUMENT_SUFFIXES and path in documents and ".annotated." not in path.name:
            notes.add(path)
        elif path.name.endswith(CONTEXT_SUFFIX) and Path(str(path)[: -len(CONTEXT_SUFFIX)]) in documents:
            notes.add(Path(str(path)[: -len(CONTEXT_SUFFIX)]))  # the note's context: its declarations
        elif path.is_relative_to(catalog) and not _scratch(path):
            everything = True  # a data file or a package module a builder reads: the cache sorts out which
    commands: list[list[str]] = []
    if everything:
        commands.append(["run", "all", *flags])
        modules, helpers = set(), False
    if helpers:
        modules = {p.resolve() for p in catalog.glob("*.py") if not p.name.startswith("_")}
    if modules:
        commands.append(["run", *sorted(str(m) for m in modules), *flags])
    if notes:
        doc_flags = [f for f in flags if f not in ("--derivations",)]
        if "--derivations" in flags:
            i = flags.index("--derivations")
            doc_flags = flags[:i] + flags[i + 2 :]
        commands.append(["doc", *sorted(str(n) for n in notes), *doc_flags])
    return commands


def _run(argv: list[str], console: Console) -> int:
    console.rule(Text("verify " + " ".join(argv[:4]) + (" …" if len(argv) > 4 else "")), align="left")
    done = subprocess.run([sys.executable, "-m", "verifier.cli", *argv, "--no-progress"], check=False)
    return done.returncode


def watch(args: argparse.Namespace, stop: threading.Event | None = None) -> int:
    """Run everything once, then re-run what each save changes, until Ctrl-C (or ``stop``)."""
    from watchfiles import watch as watch_files

    options = from_args(args)
    flags = passthrough(args)
    roots = watched(options)
    if not roots:
        raise UsageError("nothing to watch: no catalog directory and no [tool.verify] documents")
    console = Console(highlight=False)
    _run(["run", "all", *flags] if options.catalog.is_dir() else ["doc", *flags], console)
    console.print(Text(f"watching {len(roots)} path(s); Ctrl-C to stop", style="dim"))
    for changes in watch_files(*roots, stop_event=stop, raise_interrupt=False):
        for argv in plan((path for _, path in changes), options, flags):
            _run(argv, console)
        options = from_args(args)  # [tool.verify] may have changed
    return ExitCode.OK
