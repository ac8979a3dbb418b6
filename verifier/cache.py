"""Incremental runs: an entry whose inputs have not changed re-uses its last verdict.

The key covers everything a verdict depends on: the entry's own source (its decorator and
builder), the rest of its module (shared helpers and imports), the verifier's own code, the
versions of Python, SymPy, NumPy and mpmath, and the settings (seed, points, budget). Change
any of them and the entry runs again. TIMEOUT verdicts are never cached: they depend on load.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import platform
import tempfile
from dataclasses import asdict, replace
from functools import cache
from pathlib import Path

import mpmath
import numpy as np
import sympy as sp

import verifier
from verifier.catalog import Entry
from verifier.engine import Settings
from verifier.results import IdentityResult, Verdict

CACHE_DIR = ".verify-cache"
FORMAT = 1


@cache
def _verifier_fingerprint() -> str:
    """Hash of the verifier package's source: a change in the engine invalidates every verdict."""
    h = hashlib.sha256(verifier.__version__.encode())
    for path in sorted(Path(verifier.__file__).parent.rglob("*.py")):
        h.update(path.as_posix().encode())
        h.update(path.read_bytes())
    for name, version in (
        ("python", platform.python_version()),
        ("sympy", sp.__version__),
        ("numpy", np.__version__),
        ("mpmath", mpmath.__version__),
    ):
        h.update(f"{name}={version}".encode())
    return h.hexdigest()


def _entry_source(entry: Entry) -> tuple[str, str]:
    """(the entry's own source, the rest of its module): helpers and imports count for every entry."""
    try:
        module_text = Path(entry.file).read_text(encoding="utf-8")
        lines, start = inspect.getsourcelines(entry.builder)
    except (OSError, TypeError):
        return repr(entry), ""
    own = "".join(lines)
    all_lines = module_text.splitlines(keepends=True)
    rest = "".join(all_lines[: start - 1] + all_lines[start - 1 + len(lines) :])
    return own, _strip_entries(rest, entry)


def _strip_entries(text: str, entry: Entry) -> str:
    """The module without *other* entries' sources, so editing one entry does not re-run its neighbours."""
    module = inspect.getmodule(entry.builder)
    registry = getattr(module, "__verify_entries__", []) if module else []
    for other in registry:
        if other is entry:
            continue
        try:
            lines, _ = inspect.getsourcelines(other.builder)
        except (OSError, TypeError):
            continue
        text = text.replace("".join(lines), "")
    return text


def entry_key(entry: Entry, settings: Settings) -> str:
    own, rest = _entry_source(entry)
    h = hashlib.sha256()
    parts = (str(FORMAT), _verifier_fingerprint(), entry.id, own, rest, json.dumps(asdict(settings), sort_keys=True))
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


class ResultCache:
    def __init__(self, root: Path) -> None:
        self.root = root / CACHE_DIR / f"v{FORMAT}"

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, entry: Entry, settings: Settings) -> IdentityResult | None:
        path = self._path(entry_key(entry, settings))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            result = IdentityResult.from_dict(data)
        except (OSError, ValueError, TypeError, KeyError):
            return None  # missing or unreadable: just verify again
        return replace(result, cached=True, source=entry.location)

    def put(self, entry: Entry, settings: Settings, result: IdentityResult) -> None:
        if result.verdict is Verdict.TIMEOUT or result.cached:
            return
        path = self._path(entry_key(entry, settings))
        path.parent.mkdir(parents=True, exist_ok=True)
        # write-then-rename: parallel runs never see half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(result.to_dict(), fh)
        os.replace(tmp, path)
