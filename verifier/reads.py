"""What an entry's builder read while it was verified: data files, directory listings, environment variables.

A builder may load its coefficients from a JSON file, a matrix from ``.npy``, or count the cases
in a folder. None of that is source code, so neither the loader's snapshot nor the import-based
:func:`verifier.loader.outside_dependencies` sees it, and a cached verdict would outlive an edit
of the data (a stale PASS for what is now a false claim). So the worker that verifies an entry
records every file it opens for reading and every directory it lists, with a
:func:`sys.addaudithook` hook (the interpreter's own report of ``open``, ``os.listdir`` and
``os.scandir``, whatever library does the reading), and the cache stores their digests beside the
verdict and checks them again before it serves it.

A builder may as well take a coefficient from the environment (``os.environ``, ``os.getenv``, ``in
os.environ``, their bytes twins ``os.environb``, ``os.getenvb``), and the verifier's own switches
(``VERIFY_SYMENGINE``, ``VERIFY_SIZE_GENERIC``) are read while an entry is verified: while recording,
``os.environ`` notes every variable read (its value, or that it was unset) and, when it is iterated, the
set of names; the cache checks them again (redteam24: a verdict PROVED with one value was served after the
variable changed it to a false claim).
What is noted is what the CLI's environment had, which the cache compares with: a variable the entry
sets or deletes itself is noted with its value before that (and the names as they were then), and the
worker's own marker (``processes.WORKER_ENV``, a token per worker) never (review24a: either made the
entry miss the cache at every run).

What the entry learnt through another program (``subprocess``, ``os.system``, an ``exec``/``spawn``), a
forked child (whose reads are its own), a socket or an SQLite database opened by SQLite's own code is
recorded nowhere: such a verdict is not cacheable (redteam24: a builder that read its coefficient with
``cat`` kept its PROVED after the file made the claim false).

A builder may also look at the file system without reading anything: ``os.path.exists``, ``isfile``,
``isdir``, ``getsize``, ``lexists``, ``pathlib``'s ``exists``/``is_file``/``is_dir``, ``os.access``, or an
``open`` that fails because the file is not there. None of these raises an audit event, so while
recording ``os.stat``, ``os.lstat`` and ``os.access`` (through which every one of them goes) note the
path, and the cache keeps what the path was then (absent, a directory, or a file with its size and
modification time) beside the verdict; a file that was opened but not found is noted as absent
(gaps19: an entry whose builder checked whether a file exists was served from the cache after the file
appeared or disappeared). A directory listing's digest covers each name's kind (file or directory),
which ``glob`` and ``os.walk`` look at. A look relative to a directory descriptor (``dir_fd``) names no
path the cache could look at again: such a verdict is not cacheable. A ``stat`` function bound before
recording began (``from os import stat`` in a module imported before the worker started) is not seen.

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
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from verifier.processes import WORKER_ENV

DIRECTORY = "dir:"  # the prefix of a directory listing's digest (a file's digest is bare hex)
LOOK = "look:"  # the prefix of a path the entry looked at (exists, isfile, getsize...) without reading it
ABSENT = "absent"  # the digest of a path that was not there when the entry opened or looked at it
ENVIRONMENT = "env:"  # the prefix of an environment variable's record (a file's path is absolute); bare: the names
_PSEUDO = ("/proc/", "/sys/", "/dev/")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

_recorded: dict[str, bool] | None = None  # path -> is a directory listing; None: not recording
_variables: dict[str, str | None] = {}  # environment variable -> its value when first read (None: unset)
_names_before_writes: str | None = None  # the names when the entry first set or deleted a variable
_opened_by_course: set[str] = set()  # paths course code opened (or tried to) while recording
_looked: dict[str, None] = {}  # paths stat()ed, lstat()ed or access()ed while recording (in order)
_hooked = False
_unrecordable = False  # the entry read through a channel the events above do not show
_ignored: set[str] = set()  # events seen that are neither reads nor _OPAQUE (the hook returns at once for them)
# audit events of a channel whose reads are not recorded (prefixes: os.exec covers os.execv, ...)
_OPAQUE = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty",
           "pty.spawn", "socket.connect", "sqlite3.connect")  # fmt: skip


_ENVIRON = type(os.environ)  # os._Environ


class _RecordingEnviron(_ENVIRON):  # type: ignore[misc, valid-type]
    """``os.environ`` that notes what is read from it while :func:`start` records (idle otherwise)."""

    def __getitem__(self, key: str) -> str:
        try:
            value: str = super().__getitem__(key)  # str, or bytes for os.environb
        except KeyError:
            _note_variable(key, None)
            raise
        _note_variable(key, value)
        return value

    def __iter__(self):  # type: ignore[no-untyped-def]
        if _recorded is not None:
            _variables.setdefault("", _names() if _names_before_writes is None else _names_before_writes)
        return super().__iter__()

    def __setitem__(self, key: str, value: str) -> None:
        _note_write(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        _note_write(key)
        super().__delitem__(key)


_ENVIRONMENT_ITER = _ENVIRON.__iter__
_ENVIRONMENT_GET = _ENVIRON.__getitem__


def _note_variable(key: object, value: str | bytes | None) -> None:
    if isinstance(key, bytes):  # os.environb, os.getenvb: the same variables (review24a: not noted, served stale)
        key, value = os.fsdecode(key), None if value is None else os.fsdecode(value)
    if _recorded is not None and isinstance(key, str) and key and key != WORKER_ENV:  # the marker: see _names
        _variables.setdefault(key, value)  # type: ignore[arg-type]


def _note_write(key: object) -> None:
    """Before the entry sets or deletes ``key``: what the CLI's environment had is what the entry depends
    on (its value, the set of names), not what the entry wrote itself, which no later run's CLI has
    (review24a: an entry that set a variable and read it back missed the cache at every run)."""
    global _names_before_writes
    if _recorded is None:
        return
    if _names_before_writes is None:
        _names_before_writes = _names()
    if isinstance(key, bytes):
        key = os.fsdecode(key)
    if isinstance(key, str):
        _note_variable(key, _peek(key))


def _names() -> str:
    """The names of the environment's variables, read without recording the reading, but the worker's
    marker (``processes.WORKER_ENV``: the CLI has none, each worker its own token; review24a: an entry
    that listed the environment missed the cache at every run)."""
    return "\0".join(sorted(n for n in _ENVIRONMENT_ITER(os.environ) if n != WORKER_ENV))


def _peek(name: str) -> str | None:
    """The value of ``name`` now, read without recording the reading."""
    try:
        return _ENVIRONMENT_GET(os.environ, name)  # type: ignore[no-any-return]
    except KeyError:
        return None


def variable_digest(name: str) -> str:
    """The digest of an environment variable's value now (of the set of names for ``name == ""``)."""
    return _digest_of_value(_names() if not name else _peek(name))


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """The audit hook: cheap when not recording (every interpreter event passes through it)."""
    global _unrecordable
    if _recorded is None or event in _ignored:
        return
    if event not in ("open", "os.listdir", "os.scandir"):
        if event.startswith(_OPAQUE):
            _unrecordable = True
        else:  # neither a read nor an opaque channel, whenever it comes again: one set lookup then
            _ignored.add(event)  # (``builtins.id``: 61,000 events in the catalog's workers, cold67)
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
    if event == "open" and _by_course_code(sys._getframe(1)):
        _opened_by_course.add(path)  # if it is not there, that absence is what the entry saw


def _note_look(path: object, dir_fd: object) -> None:
    global _unrecordable
    if _recorded is None or isinstance(path, int):
        return  # an open descriptor: its opening was recorded
    try:
        text = os.fsdecode(path)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return
    if dir_fd is not None and not os.path.isabs(text):
        _unrecordable = True  # relative to a descriptor: no path to look at again
        return
    _looked.setdefault(os.path.abspath(text), None)


_VERIFIER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "")
_frame_kinds: dict[str, bool | None] = {}  # code file -> course code (True), the verifier (False), neither (None)


def _frame_kind(file: str) -> bool | None:
    kind = _frame_kinds.get(file, 0)
    if kind == 0:
        from verifier.loader import is_installed  # the loader imports this module lazily too

        if file.startswith("<frozen "):
            kind = None  # the standard library's frozen modules (posixpath, genericpath)
        elif os.path.abspath(file).startswith(_VERIFIER):
            kind = False
        else:
            kind = None if is_installed(file) else True
        _frame_kinds[file] = kind
    return kind  # type: ignore[return-value]


def _by_course_code(frame: Any) -> bool:
    """Whether the innermost caller that is not Python's library or an installed package is course code
    (a builder, a helper it imported), not the verifier going about its own work (it resolves the
    catalog module's path to show where an entry is: that is no observation of the entry's)."""
    while frame is not None:
        kind = _frame_kind(frame.f_code.co_filename)
        if kind is not None:
            return kind
        frame = frame.f_back
    return True


def _looking(function: Any) -> Any:
    """``function`` (``os.stat``, ``os.lstat``, ``os.access``) that notes its path while recording."""

    def looked(path: Any, *args: Any, **kwargs: Any) -> Any:
        if _recorded is not None and _by_course_code(sys._getframe(1)):
            _note_look(path, kwargs.get("dir_fd"))
        return function(path, *args, **kwargs)

    looked.__wrapped__ = function  # type: ignore[attr-defined]
    looked.__name__ = function.__name__
    looked.__doc__ = function.__doc__
    return looked


def _install_looks() -> None:
    """Wrap ``os.stat``, ``os.lstat`` and ``os.access`` once: ``os.path``, ``pathlib``, ``glob`` and
    ``shutil`` call them through the ``os`` module, so every look of theirs is seen (idle unless recording)."""
    for name in ("stat", "lstat", "access"):
        function = getattr(os, name)
        if not hasattr(function, "__wrapped__"):
            setattr(os, name, _looking(function))


def start() -> None:
    """Record reads in this process from now on (a worker calls this before it builds an entry)."""
    global _recorded, _hooked, _unrecordable, _names_before_writes
    if not _hooked:
        sys.addaudithook(_audit)  # permanent by design; inherited by forks, idle unless recording
        _install_looks()
        _hooked = True
    for environment in (os.environ, getattr(os, "environb", None)):  # environb: the same variables as bytes
        if isinstance(environment, _ENVIRON) and not isinstance(environment, _RecordingEnviron):
            environment.__class__ = _RecordingEnviron  # the same object (every module's reference sees it)
    _variables.clear()
    _looked.clear()
    _opened_by_course.clear()
    _names_before_writes = None
    _recorded = {}
    _unrecordable = False


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
    one of them changed at or after ``since_ns`` (the digest now may not be what the entry saw), or when
    the entry read through a channel that is not recorded (another program, a fork, a socket).
    """
    global _recorded, _names_before_writes
    recorded, _recorded = _recorded or {}, None
    looked, by_course = list(_looked), set(_opened_by_course)
    _looked.clear()
    _opened_by_course.clear()
    roots = tuple(skip)
    found: dict[str, str] = {}
    for name, value in _variables.items():
        found[ENVIRONMENT + name] = _digest_of_value(value)
    _variables.clear()
    _names_before_writes = None
    if _unrecordable:
        return None

    def outside(path: str) -> bool:
        skipped = path.startswith(_PSEUDO) or _bytecode_cache(path)
        return not (skipped or any(Path(path).is_relative_to(r) for r in roots))

    for path, listing in recorded.items():
        if not outside(path):
            continue
        try:
            st = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            if path in by_course:  # the builder found nothing there: a file that appears later is a change
                found[path] = ABSENT
            continue
        except OSError:
            return None
        if st.st_mtime_ns >= since_ns:
            return None
        digest = digest_of(path, listing)
        if digest is None:
            return None
        found[path] = digest
    for path in looked:
        if outside(path):
            seen = look_digest(path, since_ns)
            if seen is None:
                return None
            found[LOOK + path] = seen
    return tuple(sorted(found.items()))


def look_digest(path: str, since_ns: int | None = None) -> str | None:
    """What a look at ``path`` saw: absent, a directory, something else, or a file with its size and
    modification time (``getsize``, ``getmtime``); None when it cannot be told, or when the file was
    modified at or after ``since_ns`` (the entry may have seen it before)."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return ABSENT
    except OSError:
        return None
    if since_ns is not None and stat.S_ISREG(st.st_mode) and st.st_mtime_ns >= since_ns:
        return None
    if stat.S_ISDIR(st.st_mode):
        return "directory"  # what a directory holds is a listing, recorded when the entry listed it
    if stat.S_ISREG(st.st_mode):
        return f"file:{st.st_size}:{st.st_mtime_ns}"
    return f"other:{stat.S_IFMT(st.st_mode)}"


def digest_of(path: str, listing: bool) -> str | None:
    """The digest of a file's bytes, or of a directory's sorted entry names (prefixed ``dir:``)."""
    try:
        if listing:  # each name with its kind: glob('*/') and os.walk tell a directory from a file
            with os.scandir(path) as it:
                names = sorted(f"{e.name}\0{'d' if _is_dir(e) else 'f'}" for e in it)
            return DIRECTORY + hashlib.sha256("\0".join(names).encode("utf-8", "surrogateescape")).hexdigest()
        if not os.path.isfile(path):
            return None
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _digest_of_value(value: str | None) -> str:
    if value is None:
        return ENVIRONMENT + "unset"
    return ENVIRONMENT + hashlib.sha256(value.encode("utf-8", "surrogateescape")).hexdigest()


def unchanged(path: str, digest: str) -> bool:
    """Whether ``path`` (or the environment variable ``env:NAME``) still has the digest recorded for it."""
    if path.startswith(ENVIRONMENT):
        return variable_digest(path[len(ENVIRONMENT) :]) == digest
    if path.startswith(LOOK):
        return look_digest(path[len(LOOK) :]) == digest
    if digest == ABSENT:
        return look_digest(path) == ABSENT
    return digest_of(path, digest.startswith(DIRECTORY)) == digest
