"""Load a catalog directory: import each module in a worker, collect its entries, never stop at a bad one.

Like pytest's collection: a module that fails to import is reported (file and line) as a load
error and the others are still collected; entries are the module-level objects that
``@identity`` produced, in file and definition order.

Catalog modules are author code, so they are imported in a forked worker under the run's time
and memory limits (:func:`verifier.runner.run_in_worker`): a module that calls ``sys.exit``,
loops in C, crashes or eats memory at import is a load error naming it, and the CLI process never
runs its code. What the worker sends back is each entry's metadata and a :class:`Snapshot`: the
exact bytes of the module and of every local module (a file under the catalog directory) that
it imported, recorded by the import hook as they were read. Later imports of that module (in the
worker that verifies an entry, or in this process when library code calls ``entry.build``) are
served from the snapshot, so the verdict and the cache key come from the same bytes even if a
file is saved in the middle of a run.

Local helper modules are imported under their bare names (``from _shared import f`` works) only
while their catalog module executes, and removed from ``sys.modules`` afterwards, so catalog
``b`` never sees catalog ``a``'s ``_shared``.
"""

from __future__ import annotations

import ast
import collections
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import threading
import traceback
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any

from verifier.catalog import MODULE_REGISTRY, Claim, Entry

IMPORT_TIMEOUT = 60.0


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


# ----------------------------------------------------------------------------------------------
# Importing from recorded bytes


@dataclass(frozen=True)
class SourceFile:
    """One local module as it was read: its import name, file and exact bytes."""

    name: str
    path: str
    data: bytes
    package: bool = False


@dataclass(frozen=True)
class Snapshot:
    """A catalog module and the local modules it imported, byte for byte, in import order."""

    root: str
    qualname: str  # the catalog module's name in sys.modules (unique per catalog directory)
    main: SourceFile
    helpers: tuple[SourceFile, ...] = ()

    def digest(self) -> str:
        h = hashlib.sha256()
        for f in (self.main, *self.helpers):
            for part in (f.name.encode(), f.path.encode(), f.data):
                h.update(hashlib.sha256(part).digest())
        return h.hexdigest()


class _SnapshotLoader(importlib.machinery.SourceFileLoader):
    """A source loader whose bytes come from the snapshot (or are read once and recorded)."""

    def __init__(self, fullname: str, path: str, importer: _LocalImporter, package: bool) -> None:
        super().__init__(fullname, path)
        self._importer = importer
        self._package = package

    def get_data(self, path: str) -> bytes:
        if path != self.path:  # a bytecode cache: never used, the recorded source is the truth
            raise OSError(path)
        return self._importer.source_of(self.name, self.path, self._package)

    def path_stats(self, path: str) -> dict[str, Any]:
        raise OSError(path)  # no .pyc: compile exactly the bytes that were recorded

    def source_to_code(self, data: Any, path: Any, *, _optimize: int = -1) -> Any:
        """The code :func:`compile_snapshots` compiled for exactly these bytes at this path, else compiled here."""
        known = _compiled.get((path, data)) if _optimize == -1 and isinstance(data, bytes) else None
        return known if known is not None else super().source_to_code(data, path, _optimize=_optimize)

    def set_data(self, path: str, data: bytes, *, _mode: int = 0o666) -> None:
        return None


class _LocalImporter(importlib.abc.MetaPathFinder):
    """Finds modules in the catalog directory; serves recorded bytes, records what it reads."""

    def __init__(self, root: Path, served: Sequence[SourceFile] = ()) -> None:
        self.root = root
        self.served = {f.name: f for f in served}
        self.loaded: dict[str, SourceFile] = {}

    def source_of(self, name: str, path: str, package: bool) -> bytes:
        known = self.served.get(name)
        if known is not None and known.path == path:
            data = known.data
        else:
            with open(path, "rb") as fh:
                data = fh.read()
        self.loaded.setdefault(name, SourceFile(name, path, data, package))
        return data

    def find_spec(self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> Any:
        known = self.served.get(fullname)
        if known is not None:
            return self._spec(fullname, Path(known.path), known.package)
        head, _, last = fullname.rpartition(".")
        if head:  # a submodule: only of a local package
            dirs = [Path(p) for p in (path or [])]
            if not any(d == self.root or self.root in d.parents for d in dirs):
                return None
        else:
            dirs = [self.root]
        for d in dirs:
            if (d / last / "__init__.py").is_file():
                return self._spec(fullname, d / last / "__init__.py", True)
            if (d / f"{last}.py").is_file():
                return self._spec(fullname, d / f"{last}.py", False)
        return None

    def _spec(self, fullname: str, file: Path, package: bool) -> Any:
        loader = _SnapshotLoader(fullname, str(file), self, package)
        return importlib.util.spec_from_file_location(
            fullname, str(file), loader=loader, submodule_search_locations=[str(file.parent)] if package else None
        )


_import_lock = threading.RLock()

#: (path, recorded bytes) -> their code, compiled once in the CLI's parent by :func:`compile_snapshots`
_compiled: dict[tuple[str, bytes], CodeType] = {}


def compile_snapshots(snapshots: Iterable[Snapshot]) -> None:
    """Compile every file of ``snapshots`` once, in the parent about to fork the entries' workers.

    Why: each entry's worker imports its catalog module from the snapshot's bytes, and the snapshot loader
    reads and writes no ``.pyc`` (it compiles exactly the bytes recorded): the same six modules were compiled
    again in each of the catalog's 33 workers, 0.8-2.3 ms of CPU each in a fresh fork (cold67). The code is
    what the import system would compile (``compile(data, path, "exec", dont_inherit=True)``), and the
    loader takes it only for those bytes at that path.
    """
    for snapshot in snapshots:
        for f in (snapshot.main, *snapshot.helpers):
            if (f.path, f.data) not in _compiled:
                _compiled[f.path, f.data] = compile(f.data, f.path, "exec", dont_inherit=True)


@contextmanager
def _local_imports(importer: _LocalImporter, keep: Sequence[str] = ()) -> Iterator[None]:
    """Let a catalog module import its siblings by bare name, and take those names away afterwards.

    The names imported meanwhile are those after the last name of ``sys.modules`` at the start (it keeps
    insertion order; a name deleted and imported again comes after it too). A copy of every name, as
    this took before cold67, wrote to each name's reference count: in an entry's worker, a fresh fork,
    the kernel copied every page of the parent's that holds one (~300 pages a worker).
    """
    with _import_lock:
        last = next(reversed(sys.modules), None)
        sys.meta_path.insert(0, importer)
        # what a catalog module imports from the course (its package on sys.path) is compiled, never cached
        # beside its source: a CI checkout stays clean, and no timestamp .pyc can make an edit made within
        # the second of the last run look unchanged (workers do the same: runner._child)
        writes, sys.dont_write_bytecode = sys.dont_write_bytecode, True
        try:
            yield
        finally:
            sys.dont_write_bytecode = writes
            sys.meta_path.remove(importer)
            for name in _added_after(last) - set(keep):
                if name in importer.loaded or name.split(".")[0] in importer.loaded:
                    sys.modules.pop(name, None)


def _added_after(last: str | None) -> set[str]:
    """The names ``sys.modules`` holds after ``last`` (all of them when ``last`` is gone or None)."""
    if last is None or last not in sys.modules:
        return set(sys.modules)
    added: set[str] = set()
    for name in reversed(sys.modules):
        if name == last:
            break
        added.add(name)
    return added


def _qualname(root: Path, path: Path) -> str:
    tag = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return f"_verify_catalog_{tag}.{path.stem}"


def import_module_file(root: Path, path: Path, served: Snapshot | None = None) -> tuple[ModuleType, Snapshot]:
    """Import one catalog module (from ``served`` bytes if given); return it and what it read."""
    importer = _LocalImporter(root, (served.main, *served.helpers) if served else ())
    qualname = served.qualname if served else _qualname(root, path)
    main_name = qualname
    if served:
        importer.served[main_name] = served.main
    spec = importer._spec(main_name, path, False)
    module = importlib.util.module_from_spec(spec)
    with _local_imports(importer, keep=(main_name,)):
        sys.modules[main_name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(main_name, None)
            raise
    main = importer.loaded.pop(main_name)
    snapshot = Snapshot(str(root), qualname, main, tuple(importer.loaded.values()))
    return module, snapshot


_imported: dict[str, ModuleType] = {}  # snapshot digest -> module, per process


def _module_entries(module: ModuleType) -> list[Entry]:
    found = list(getattr(module, MODULE_REGISTRY, []))
    found += [v for v in vars(module).values() if isinstance(v, Entry) and v not in found]
    found.sort(key=lambda e: e.line)
    return found


@dataclass(frozen=True, eq=False)
class SnapshotBuilder:
    """An entry's builder as the CLI process holds it: imports the recorded module on first call.

    In the worker that verifies the entry this is where the catalog module is imported (under the
    worker's limits); library code that calls ``entry.build`` in-process imports it here too.
    """

    snapshot: Snapshot
    entry_id: str

    def resolve(self) -> Entry:
        key = self.snapshot.digest()
        module = _imported.get(key)
        if module is None:
            module, _ = import_module_file(Path(self.snapshot.root), Path(self.snapshot.main.path), self.snapshot)
            _imported[key] = module
        for entry in _module_entries(module):
            if entry.id == self.entry_id:
                return entry
        raise LookupError(f"{self.entry_id!r} is no longer defined when its module is imported again")

    def __call__(self, *args: Any, **kwargs: Any) -> Claim:
        return self.resolve().builder(*args, **kwargs)


# ----------------------------------------------------------------------------------------------
# Modules a verdict depended on that no snapshot holds


@cache
def installed_roots() -> tuple[Path, ...]:
    """Where Python, installed packages and the verifier live: versioned, not course code."""
    import site
    import sysconfig

    found = {sysconfig.get_paths().get(k) for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    found |= {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    with suppress(AttributeError, OSError):
        found.add(site.getusersitepackages())
    found.add(str(Path(__file__).resolve().parent))  # the verifier itself is in the cache key
    roots = {Path(p) for p in found if p} | {Path(p).resolve() for p in found if p}
    return tuple(r for r in roots if len(r.parts) > 1)  # never all of /


_installed: dict[str, bool] = {}  # module file -> under an installed root (memo, inherited by forks)


@cache
def _root_prefixes() -> tuple[str, ...]:
    """Each installed root as a string ending in the separator: a normalised absolute path is under a
    root exactly when it starts with one (``Path.is_relative_to`` part by part cost ~10 µs a module,
    ~900 modules classified by :func:`before_forks` before the first entry worker can start)."""
    return tuple(os.path.join(str(r), "") for r in installed_roots())


def is_installed(file: str) -> bool:
    known = _installed.get(file)
    if known is None:
        prefixes = _root_prefixes()
        path = os.path.abspath(file)
        known = path.startswith(prefixes) or os.path.realpath(path).startswith(prefixes)
        _installed[file] = known
    return known


#: Recorded by :func:`before_forks` in the parent: (its pid, the last name in ``sys.modules``, the
#: names of the course modules it had imported itself).
_fork_point: tuple[int, str, tuple[str, ...]] | None = None


def before_forks() -> None:
    """Classify the modules loaded so far, once, in the parent about to fork entry workers, and
    remember where ``sys.modules`` ended: a worker then looks only at the modules after that point
    (and at the parent's own course modules, if any).

    Why: touching a module object in a fork writes to its page (reference counts), so the full
    scan copied ~1,700 pages of the parent per worker: 5-8 ms of system time each, 0.2-0.3 s of
    CPU over the catalog, more than the scan's own work. ``sys.modules`` keeps insertion order:
    whatever the worker imports (or deletes and imports again) comes after the parent's last name.
    """
    global _fork_point
    names = [n for n, m in list(sys.modules.items()) if _course_file(m) is not None]
    _fork_point = (os.getpid(), next(reversed(sys.modules)), tuple(names)) if sys.modules else None


def _since_fork() -> list[ModuleType] | None:
    """The modules a forked worker added after :func:`before_forks`, plus the parent's course modules;
    None outside such a worker (or when the parent's last name is gone): then every module is scanned."""
    point = _fork_point
    if point is None or point[0] == os.getpid() or point[1] not in sys.modules:
        return None
    added: list[ModuleType] = []
    for name in reversed(sys.modules):
        if name == point[1]:
            break
        added.append(sys.modules[name])
    return added + [m for m in (sys.modules.get(n) for n in point[2]) if m is not None]


def _course_file(module: object) -> str | None:
    """The source file of a module that is course code not served from a snapshot, else None."""
    if isinstance(getattr(module, "__loader__", None), _SnapshotLoader):
        return None
    file = getattr(module, "__file__", None)
    if not isinstance(file, str) or not file.endswith(".py") or is_installed(file):
        return None
    return file


def outside_dependencies(since_ns: int) -> tuple[tuple[str, str], ...] | None:
    """``(file, sha256)`` of every imported module that is course code and not served from a snapshot.

    Called in the worker after an entry is verified: a module outside the catalog directory (the
    course's own package) or a helper a builder imported while it ran was read from disk, not
    recorded by the import hook, so the cache checks these files again before it serves the
    verdict (issue 9 §3). None when one of them was modified after ``since_ns`` (the worker's
    start): the bytes on disk may not be the ones the verdict was computed from, so it is not cached.
    In a worker forked after :func:`before_forks`, only the modules imported since are looked at
    (a module object put under a name the parent had already imported, in place, is not seen).
    """
    found: dict[str, str] = {}
    since_fork = _since_fork()
    for module in since_fork if since_fork is not None else list(sys.modules.values()):
        file = _course_file(module)
        if file is None:
            continue
        path = Path(file).resolve()
        if str(path) in found:
            continue
        try:
            if path.stat().st_mtime_ns >= since_ns:
                return None
            found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
    return tuple(sorted(found.items()))


def dependencies_unchanged(dependencies: Sequence[tuple[str, str]]) -> bool:
    """Whether every file recorded by :func:`outside_dependencies` (or :mod:`verifier.reads`: data
    files and directory listings) still has the same bytes."""
    from verifier.reads import unchanged

    return all(unchanged(file, digest) for file, digest in dependencies)


# ----------------------------------------------------------------------------------------------
# Probing a module in a worker


@dataclass(frozen=True)
class _Probe:
    snapshot: Snapshot | None
    entries: tuple[Entry, ...] = ()
    spans: tuple[tuple[int, int] | None, ...] = ()
    error: LoadError | None = None


def _error_line(exc: BaseException, path: Path) -> int:
    if isinstance(exc, SyntaxError) and exc.lineno:
        return int(exc.lineno)
    line = 0
    for frame in traceback.extract_tb(exc.__traceback__):
        if Path(frame.filename).resolve() == path.resolve():
            line = frame.lineno or 0
    return line


def _spans(data: bytes) -> dict[int, tuple[int, int]]:
    """first line (decorator included) -> (first, last) line of every function in the module."""
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError):
        return {}
    out = {}
    for node in _statements(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            out[first] = (first, node.end_lineno)
    return out


def _statements(tree: ast.AST) -> Iterator[ast.AST]:
    """The statements of ``tree`` (and its ``except`` and ``case`` clauses), in ``ast.walk``'s order.

    A function definition is a statement, and statements are found only in the bodies of the module,
    of other statements and of those clauses, never inside an expression; so this walk finds every
    one ``ast.walk`` finds while skipping the expressions, nine tenths of a catalog module's nodes
    (each catalog probe parses its module for these spans: cold46)."""
    todo = collections.deque([tree])
    while todo:
        node = todo.popleft()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt | ast.excepthandler | ast.match_case):
                yield child
                todo.append(child)


def _probe(root: Path, path: Path) -> _Probe:
    """Runs in a worker: import the module, describe its entries without their builders."""
    try:
        module, snapshot = import_module_file(root, path)
    except SystemExit as exc:
        return _Probe(None, error=LoadError(str(path), 0, f"the module called sys.exit({exc.code!r}) at import"))
    except MemoryError as exc:
        return _Probe(
            None, error=LoadError(str(path), _error_line(exc, path), "importing the module exceeded the memory limit")
        )
    except Exception as exc:  # noqa: BLE001 - any import failure is reported, and the other modules still load
        return _Probe(
            None, error=LoadError(str(path), _error_line(exc, path), f"cannot import: {type(exc).__name__}: {exc}")
        )
    spans = _spans(snapshot.main.data)
    entries, where = [], []
    for entry in _module_entries(module):
        first = getattr(getattr(entry.builder, "__code__", None), "co_firstlineno", 0)
        span = spans.get(first) if Path(entry.file) == path else None
        where.append(span)
        entries.append(replace(entry, builder=_placeholder, line=span[0] if span else entry.line, extra={}))
    return _Probe(snapshot, tuple(entries), tuple(where))


def _placeholder(*args: Any, **kwargs: Any) -> Claim:  # replaced by a SnapshotBuilder in the parent
    raise LookupError("entry builder not attached")


#: Names through which module code can reach an entry without naming it (the registry, the
#: module's namespace, the import system, frames).
_INTROSPECTION = frozenset(
    {MODULE_REGISTRY, "globals", "vars", "locals", "eval", "exec", "__import__", "sys", "inspect", "gc",
     "importlib", "__builtins__"}
)  # fmt: skip


def _entries_reachable(data: bytes, spans: Sequence[tuple[int, int] | None]) -> bool:
    """Whether code in the module may run another entry's builder (``other.builder(b)``).

    Then an entry's verdict depends on the other entries' lines too, and the per-entry digest
    would serve a stale verdict when only the reused entry is edited (issue 9 §3): the whole
    module is keyed instead. Decided from the source: a load of a name an entry is bound to, or
    of a name that reaches the module's namespace, counts (conservative: it only costs re-runs).
    """
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError):
        return True
    firsts = {span[0] for span in spans if span}
    bound = {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and min([node.lineno, *(d.lineno for d in node.decorator_list)]) in firsts
    }
    for node in tree.body:  # ``other = identity(...)(fn)``: bound to an entry without a decorator
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Call):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id in bound or node.id in _INTROSPECTION:
                return True
        elif isinstance(node, ast.Attribute) and node.attr in ("__globals__", "__dict__", "f_globals"):
            return True
    return False


def _source_digests(snapshot: Snapshot, spans: Sequence[tuple[int, int] | None]) -> list[str]:
    """What each entry's verdict depends on: its own lines, the module minus all entries, every helper.

    Editing one entry leaves its neighbours' digests alone; editing anything else in the module,
    or any local module it imported, changes all of them. The module is parsed once for all of
    its entries (parsing it per entry was a tenth of a warm run).
    """
    lines = snapshot.main.data.splitlines(keepends=True)
    shared = _entries_reachable(snapshot.main.data, spans)
    keep = [True] * len(lines)
    for span in spans:
        if span:
            for k in range(span[0] - 1, span[1]):
                keep[k] = False
    rest = hashlib.sha256(b"".join(line for line, k in zip(lines, keep, strict=True) if k)).digest()
    helpers = [hashlib.sha256(f.name.encode() + b"\0" + f.data).digest() for f in snapshot.helpers]
    out = []
    for span in spans:
        own = b"".join(lines[span[0] - 1 : span[1]]) if span and not shared else snapshot.main.data
        h = hashlib.sha256()
        for part in (hashlib.sha256(own).digest(), rest, *helpers):
            h.update(part)
        out.append(h.hexdigest())
    return out


def module_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*.py") if not p.name.startswith("_"))


def _probe_error(path: Path, outcome: Any, timeout: float) -> LoadError:
    status = outcome.status
    if status == "timeout":
        return LoadError(str(path), 0, f"importing the module took longer than {timeout:g}s")
    if status == "memory":
        return LoadError(str(path), 0, "importing the module exceeded the memory limit")
    if status == "raised":
        return LoadError(str(path), 0, f"importing the module raised {outcome.message}")
    tail = f"; its last output: {outcome.output.strip()}" if outcome.output.strip() else ""
    return LoadError(str(path), 0, f"{outcome.message} while importing the module{tail}")


def load_catalog(
    root: Path | str,
    import_timeout: float = IMPORT_TIMEOUT,
    memory_mb: int | None = None,
    meanwhile: Iterator[Any] | None = None,
) -> Catalog:
    """Import every ``*.py`` under ``root`` (not ``_*.py``), each in its own worker; see the module docstring.

    ``meanwhile``: steps of work for this process while it waits for those workers (see
    :func:`verifier.runner.run_many`), e.g. the warm-up before the entries are verified."""
    from verifier.runner import DEFAULT_MEMORY_MB, run_many

    root = Path(root)
    entries: list[Entry] = []
    errors: list[LoadError] = []
    seen: dict[str, Entry] = {}
    paths = module_files(root)
    limit = DEFAULT_MEMORY_MB if memory_mb is None else memory_mb
    calls = [(_probe, (root, path)) for path in paths]
    outcomes = run_many(calls, timeout=import_timeout, memory_mb=limit, meanwhile=meanwhile)
    for path, outcome in zip(paths, outcomes, strict=True):
        probe = outcome.value if outcome.ok else None
        if not isinstance(probe, _Probe):
            errors.append(_probe_error(path, outcome, import_timeout))
            continue
        if probe.error is not None or probe.snapshot is None:
            errors.append(probe.error or LoadError(str(path), 0, "the module could not be imported"))
            continue
        digests = _source_digests(probe.snapshot, probe.spans)
        for found, digest in zip(probe.entries, digests, strict=True):
            entry = replace(found, builder=SnapshotBuilder(probe.snapshot, found.id), extra={"source_digest": digest})
            if entry.id in seen:
                first = seen[entry.id]
                errors.append(
                    LoadError(entry.file, entry.line, f"duplicate id {entry.id!r} (first at {first.location})")
                )
                continue
            seen[entry.id] = entry
            entries.append(entry)
    return Catalog(str(root), tuple(entries), tuple(errors))


__all__ = [
    "Catalog",
    "LoadError",
    "Snapshot",
    "SnapshotBuilder",
    "SourceFile",
    "before_forks",
    "dependencies_unchanged",
    "installed_roots",
    "is_installed",
    "load_catalog",
    "module_files",
    "outside_dependencies",
]
