"""``verify watch``: re-verify what changed on save, for authors writing notes and catalog entries.

Each batch of changes (watchfiles debounces an editor's save) becomes ``verify`` commands run in a
fresh process — so an edited catalog module is imported anew, exactly as ``verify`` would — for
what changed only: the entries of a changed catalog module (``verify FILE.py``), every module when
a shared ``_helper.py`` changed, the changed notes of ``[tool.verify] documents``
(``verify doc FILE``), and everything when pyproject.toml changed. Unchanged entries come from the
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

from verifier.documents.check import DOCUMENT_SUFFIXES, collect_documents
from verifier.errors import UsageError
from verifier.exitcodes import ExitCode
from verifier.settings import Options, from_args

__all__ = ["passthrough", "plan", "watch"]


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


def plan(changed: Iterable[str | Path], options: Options, flags: list[str]) -> list[list[str]]:
    """The ``verify`` argument lists that re-check what ``changed`` touches (empty: nothing to do)."""
    catalog = options.catalog.resolve()
    modules: set[Path] = set()
    helpers = False
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
    commands: list[list[str]] = []
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
    roots = [p for p in (options.catalog, *_documents(options)) if p.exists()]
    if options.config.path is not None:
        roots.append(options.config.path)
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
