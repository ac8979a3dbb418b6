"""Load a catalog directory: import each module, collect its entries, never stop at a bad module.

Like pytest's collection: a module that fails to import is reported (file and line) as a
load error and the others are still collected; entries are the module-level objects that
``@identity`` produced, in file and definition order.
"""

from __future__ import annotations

import importlib.util
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from verifier.budget import BudgetExceeded, soft_limit
from verifier.catalog import MODULE_REGISTRY, Entry

IMPORT_TIMEOUT = 10.0


@dataclass(frozen=True)
class LoadError:
    path: str
    line: int
    message: str

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Catalog:
    root: str
    entries: tuple[Entry, ...]
    errors: tuple[LoadError, ...]

    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}


def _error_line(exc: BaseException, path: Path) -> int:
    if isinstance(exc, SyntaxError) and exc.lineno:
        return int(exc.lineno)
    line = 0
    for frame in traceback.extract_tb(exc.__traceback__):
        if Path(frame.filename).resolve() == path.resolve():
            line = frame.lineno or 0
    return line


def _import(path: Path, package: str) -> object:
    name = f"{package}.{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def module_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*.py") if not p.name.startswith("_"))


def load_catalog(root: Path | str, import_timeout: float = IMPORT_TIMEOUT) -> Catalog:
    """Import every ``*.py`` under ``root`` (not ``_*.py``); see the module docstring."""
    root = Path(root)
    entries: list[Entry] = []
    errors: list[LoadError] = []
    seen: dict[str, Entry] = {}
    package = f"_verify_catalog_{abs(hash(str(root.resolve()))):x}"
    sys.path.insert(0, str(root))  # let catalog modules import their sibling helpers
    try:
        for path in module_files(root):
            try:
                with soft_limit(import_timeout, f"import {path.name}"):
                    module = _import(path, package)
            except BudgetExceeded:
                errors.append(LoadError(str(path), 0, f"importing the module took longer than {import_timeout:g}s"))
                continue
            except Exception as exc:  # noqa: BLE001 - any import failure is reported, and the other modules still load
                errors.append(
                    LoadError(str(path), _error_line(exc, path), f"cannot import: {type(exc).__name__}: {exc}")
                )
                continue
            found = list(getattr(module, MODULE_REGISTRY, []))
            found += [v for v in vars(module).values() if isinstance(v, Entry) and v not in found]
            found.sort(key=lambda e: e.line)
            for entry in found:
                if entry.id in seen:
                    first = seen[entry.id]
                    errors.append(
                        LoadError(entry.file, entry.line, f"duplicate id {entry.id!r} (first at {first.location})")
                    )
                    continue
                seen[entry.id] = entry
                entries.append(entry)
    finally:
        sys.path.remove(str(root))
    return Catalog(str(root), tuple(entries), tuple(errors))
