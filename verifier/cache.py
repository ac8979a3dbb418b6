"""Incremental runs: an entry whose inputs have not changed re-uses its last verdict, and nothing else.

The key covers everything a verdict depends on: the entry's own source (its decorator and
builder), the rest of its module, every local module (a file in the catalog directory) that the
module imported, the verifier's own code, the versions of Python, SymPy, NumPy, mpmath, SymEngine
and python-flint, and the settings; beside the key, the course modules and the data files,
directory listings, paths looked at (``os.path.exists``...) and environment variables the entry's
worker read (:mod:`verifier.reads`), checked again before a verdict is served. The sources are the
bytes the loader recorded when it imported the module (see :mod:`verifier.loader`), the same
bytes the verdict was computed from; they are never read again when the result is stored, so a
file saved during a run cannot file an old verdict under new code.

A record is only believed if it carries a valid HMAC-SHA256 made with a per-user secret kept
outside the repository (``$XDG_CACHE_HOME/derivation-verifier/cache-key``, else
``~/.cache/derivation-verifier/cache-key``, created 0600). A record edited by hand, copied from
another machine or user, committed to a repository or restored by CI fails the check and the
entry is verified again. Anything unreadable (bad JSON, another type, deep nesting, a directory,
a FIFO, a symlink, a huge file) is a miss; storing never fails a run. TIMEOUT and ERROR
verdicts are never stored: they depend on load and limits, and are cheap to reproduce.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib
import importlib.util
import json
import os
import platform
import secrets
import stat
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, replace
from functools import cache
from pathlib import Path
from typing import Any

import mpmath
import numpy as np
import sympy as sp

import verifier
from verifier.catalog import Entry
from verifier.engine import Settings
from verifier.loader import dependencies_unchanged
from verifier.results import IdentityResult, Verdict

CACHE_DIR = ".verify-cache"
FORMAT = 3
MAX_RECORD = 8 * 1024 * 1024  # bytes; a bigger file is not one of ours
KEY_NAME = "cache-key"
UNCACHED = frozenset({Verdict.TIMEOUT, Verdict.ERROR})
DURATIONS = "durations.json"  # entry id -> seconds, for the order of the next run (no verdict rests on it)


@cache
def _verifier_fingerprint() -> str:
    """Hash of the verifier package's source: a change in the engine invalidates every verdict.

    The source bytes are the key, not ``verifier.__version__``: the same code gives the same
    verdicts whatever it is called, and the version is looked up in the installed distributions'
    metadata (``importlib.metadata``, ~50-90 ms of every run's start, cached or not).
    """
    h = hashlib.sha256(b"derivation-verifier source")
    for path in sorted(Path(verifier.__file__).parent.rglob("*.py")):
        h.update(path.as_posix().encode())
        h.update(path.read_bytes())
    import flint

    for name, version in (
        ("python", platform.python_version()),
        ("sympy", sp.__version__),
        ("numpy", np.__version__),
        ("mpmath", mpmath.__version__),
        ("symengine", _package_version("symengine")),  # the fast symbolic path (verifier.fastpath)
        ("python-flint", flint.__version__),  # ball arithmetic judges numeric agreement (verifier.balls)
    ):
        h.update(f"{name}={version}".encode())
    return h.hexdigest()


def _package_version(package: str) -> str:
    """``package.__version__``, read where it can be without importing the package: the version in the
    name of the one ``PACKAGE-VERSION.dist-info`` folder beside it, which pip writes with the package.

    A run served from the cache verifies nothing and never needs SymEngine, whose import (~12 ms of
    CPU) was a tenth of what a warm ``verify all`` does beyond its imports (cold46). The same string
    as ``__version__`` for an installed release, so the cache keys stay as they were; with no such
    folder beside the package, or several (which one was installed?), the package is imported.
    """
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if len(locations) == 1:
        prefix, suffix = f"{package}-", ".dist-info"
        try:
            found = [n for n in os.listdir(Path(locations[0]).parent) if n.startswith(prefix) and n.endswith(suffix)]
        except OSError:
            found = []
        versions = [n[len(prefix) : -len(suffix)] for n in found]
        if len(versions) == 1 and versions[0] and "-" not in versions[0]:
            return versions[0]
    return str(importlib.import_module(package).__version__)


def entry_key(entry: Entry, settings: Settings) -> str | None:
    """The cache key of ``entry``, or None when the loader recorded no sources for it (never cached)."""
    digest = entry.extra.get("source_digest") if isinstance(entry.extra, dict) else None
    if not isinstance(digest, str):
        return None
    h = hashlib.sha256()
    parts = (str(FORMAT), _verifier_fingerprint(), entry.id, digest, json.dumps(asdict(settings), sort_keys=True))
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def key_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "derivation-verifier"


def read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file we own, without following links or blocking on a FIFO; else None."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def cache_secret() -> bytes | None:
    """The per-user MAC key, created on first use; None (no caching) when it cannot be trusted."""
    directory = key_dir()
    path = directory / KEY_NAME
    for _ in range(2):
        try:
            st = os.stat(path, follow_symlinks=False)
        except FileNotFoundError:
            _create_secret(directory, path)
            continue
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077 or st.st_uid != os.getuid():
            return None  # readable by others, or not ours: a forger could know it
        data = read_regular(path, 1024)
        if data is None:
            return None
        text = data.strip()
        return bytes.fromhex(text.decode()) if len(text) == 64 and _is_hex(text) else None
    return None


def _is_hex(text: bytes) -> bool:
    return all(c in b"0123456789abcdef" for c in text)


def _create_secret(directory: Path, path: Path) -> None:
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".key-")  # created 0600
        try:
            os.write(fd, secrets.token_hex(32).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)  # atomic, and never replaces a key another process created first
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    except OSError:
        return


def _canonical(key: str, result: dict[str, Any], dependencies: Any) -> bytes:
    body = {"result": result, "dependencies": dependencies}
    return key.encode() + b"\0" + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def _mac(secret: bytes, key: str, result: dict[str, Any], dependencies: Any) -> str:
    return hmac.new(secret, _canonical(key, result, dependencies), hashlib.sha256).hexdigest()


def _dependencies(value: Any) -> list[tuple[str, str]] | None:
    if not isinstance(value, list) or not all(
        isinstance(d, list) and len(d) == 2 and all(isinstance(p, str) for p in d) for d in value
    ):
        return None
    return [(d[0], d[1]) for d in value]


class ResultCache:
    def __init__(self, root: Path) -> None:
        self.root = root / CACHE_DIR / f"v{FORMAT}"

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, entry: Entry, settings: Settings) -> IdentityResult | None:
        """The stored verdict for exactly these inputs, if its MAC proves we stored it; else None."""
        key = entry_key(entry, settings)
        secret = cache_secret()
        if key is None or secret is None:
            return None
        data = read_regular(self._path(key), MAX_RECORD)
        if data is None:
            return None
        try:
            record = json.loads(data)
        except (ValueError, RecursionError):
            return None
        if not isinstance(record, dict) or record.get("key") != key:
            return None
        result, mac, deps = record.get("result"), record.get("mac"), record.get("dependencies")
        if not isinstance(result, dict) or not isinstance(mac, str):
            return None
        try:
            if not hmac.compare_digest(mac, _mac(secret, key, result, deps)):
                return None
            files = _dependencies(deps)
            if files is None or not dependencies_unchanged(files):
                return None  # a course module outside the catalog, or one a builder imported, changed
            found = IdentityResult.from_dict(result)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None  # written by another version of the record: verify again
        if found.id != entry.id or found.verdict in UNCACHED:
            return None
        return replace(found, cached=True, source=entry.location)

    def durations(self) -> dict[str, float]:
        """Seconds each entry id took when it was last verified (whatever the code or settings then).

        Only the order in which a run starts its workers rests on it (the longest first,
        :func:`verifier.entryruns.longest_first`), never a verdict, so it carries no MAC and is read
        even by ``--no-cache``; anything unreadable is an empty table."""
        data = read_regular(self.root / DURATIONS, MAX_RECORD)
        try:
            table = json.loads(data) if data is not None else {}
        except (ValueError, RecursionError):
            return {}
        if not isinstance(table, dict):
            return {}
        return {  # an int past the largest float has none (float(v) would raise)
            k: float(v)
            for k, v in table.items()
            if isinstance(k, str) and isinstance(v, int | float) and 0 <= v <= sys.float_info.max
        }

    def note_durations(self, seconds: dict[str, float]) -> None:
        """Add ``seconds`` (entry id: how long its worker took) to :meth:`durations`; never fails the run."""
        if not seconds:
            return
        _write_json(self.root / DURATIONS, {**self.durations(), **seconds})

    def put(
        self,
        entry: Entry,
        settings: Settings,
        result: IdentityResult,
        dependencies: Sequence[tuple[str, str]] | None = (),
    ) -> None:
        """Store ``result`` under the key of the sources it was computed from; never fails the run.

        ``dependencies`` are the files outside the entry's snapshot that its worker imported, with
        their digests (:func:`verifier.loader.outside_dependencies`); they are checked again before
        the verdict is served. None (unknown, or one changed during the run) stores nothing.
        """
        if result.verdict in UNCACHED or result.cached or dependencies is None:
            return
        key = entry_key(entry, settings)
        secret = cache_secret()
        if key is None or secret is None:
            return
        body = result.to_dict()
        deps = [[file, digest] for file, digest in dependencies]
        record = {"key": key, "result": body, "dependencies": deps, "mac": _mac(secret, key, body, deps)}
        _write_json(self._path(key), record)


def _write_json(path: Path, data: object) -> None:
    """Write ``data`` as JSON to ``path`` by write-then-rename (parallel runs never see half a file);
    never fails the run: a read-only or odd cache directory only means nothing is stored."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        return
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
