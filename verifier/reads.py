"""What an entry's builder read from disk while it was verified: data files and directory listings.

A builder may load its coefficients from a JSON file, a matrix from ``.npy``, or count the cases
in a folder. None of that is source code, so neither the loader's snapshot nor the import-based
:func:`verifier.loader.outside_dependencies` sees it, and a cached verdict would outlive an edit
of the data (a stale PASS for what is now a false claim). So the worker that verifies an entry
records every file it opens for reading and every directory it lists, with a
:func:`sys.addaudithook` hook (the interpreter's own report of ``open``, ``os.listdir`` and
``os.scandir``, whatever library does the reading), and the cache stores their digests beside the
verdict and checks them again before it serves it.

Files of Python and its installed packages, the verifier's own code, and the kernel's pseudo file
systems are not recorded: they are versioned in the cache key already, or are not data. Nor is the
bytecode Python caches for a module it imports (``__pycache__/*.pyc``, or under
``sys.pycache_prefix``): it is compiled from the module's source, which the cache checks already
(:func:`verifier.loader.outside_dependencies`), and Python writes it during the first run that
imports the module, which would make that run's verdict uncacheable wherever bytecode is written. A file
or a directory listing that changed while the entry ran makes the verdict uncacheable, as a
module saved during the run does.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DIRECTORY = "dir:"  # the prefix of a directory listing's digest (a file's digest is bare hex)
_PSEUDO = ("/proc/", "/sys/", "/dev/")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

_recorded: dict[str, bool] | None = None  # path -> is a directory listing; None: not recording
_hooked = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """The audit hook: cheap when not recording (every interpreter event passes through it)."""
    if _recorded is None or event not in ("open", "os.listdir", "os.scandir"):
        return
    target = args[0] if args else None
    if event == "open":
        mode, flags = args[1], args[2]
        if isinstance(mode, str) and any(c in mode for c in "wax+"):
            return  # a file it writes is output, not input
        if mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS:
            return
    if target is None and event != "open":
        target = "."  # os.listdir() lists the working directory
    if isinstance(target, int) or target is None:
        return  # an already open descriptor: its opening was recorded
    try:
        path = os.path.abspath(os.fsdecode(target))
    except (TypeError, ValueError):
        return
    _recorded.setdefault(path, event != "open")


def start() -> None:
    """Record reads in this process from now on (a worker calls this before it builds an entry)."""
    global _recorded, _hooked
    if not _hooked:
        sys.addaudithook(_audit)  # permanent by design; inherited by forks, idle unless recording
        _hooked = True
    _recorded = {}


def _bytecode_cache(path: str) -> bool:
    """Whether ``path`` is a ``.pyc`` Python caches for a source (not a sourceless module beside it)."""
    if not path.endswith(".pyc"):
        return False
    prefix = sys.pycache_prefix
    return os.path.basename(os.path.dirname(path)) == "__pycache__" or bool(
        prefix and Path(path).is_relative_to(os.path.abspath(prefix))
    )


def stop(since_ns: int, skip: Iterable[Path] = ()) -> tuple[tuple[str, str], ...] | None:
    """``(path, digest)`` of every data file read and directory listed since :func:`start`.

    ``skip``: roots whose files are not data (Python, installed packages, the verifier). None when
    one of them changed at or after ``since_ns`` (the digest now may not be what the entry saw).
    """
    global _recorded
    recorded, _recorded = _recorded or {}, None
    roots = tuple(skip)
    found: dict[str, str] = {}
    for path, listing in recorded.items():
        if path.startswith(_PSEUDO) or _bytecode_cache(path) or any(Path(path).is_relative_to(r) for r in roots):
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue  # it did not exist: the builder found nothing there (and a later file is a change
            # only for a listing of its directory, which is recorded when the builder looked)
        if st.st_mtime_ns >= since_ns:
            return None
        digest = digest_of(path, listing)
        if digest is None:
            return None
        found[path] = digest
    return tuple(sorted(found.items()))


def digest_of(path: str, listing: bool) -> str | None:
    """The digest of a file's bytes, or of a directory's sorted entry names (prefixed ``dir:``)."""
    try:
        if listing:
            names = sorted(os.listdir(path))
            return DIRECTORY + hashlib.sha256("\0".join(names).encode("utf-8", "surrogateescape")).hexdigest()
        if not os.path.isfile(path):
            return None
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def unchanged(path: str, digest: str) -> bool:
    """Whether ``path`` still has the digest recorded for it."""
    return digest_of(path, digest.startswith(DIRECTORY)) == digest
