"""Importing a catalog module looks only at the module names imported meanwhile (cold67).

``loader._local_imports`` took ``set(sys.modules)`` before and after a catalog module's import, to take the
sibling names it imported by bare name away again. In an entry's worker, a fresh fork of the warm parent,
copying every name wrote to every name's reference count: the kernel copied each page of the parent that
holds one (~300 pages a worker, 10,000 of the catalog's 130,000 page faults at stop 67). The names imported
meanwhile are the ones after the last name at the start (``sys.modules`` keeps insertion order), so the
import now reads only those. The page faults are counted in a fork; the siblings are still taken away and
the names that were there before kept.
"""

from __future__ import annotations

import os
import resource
import sys
import textwrap
import types
from pathlib import Path

from verifier import loader

EXTRA_NAMES = 100_000  # module names made in the parent: ~1,500 pages of key strings a full copy writes to


def _catalog(tmp_path: Path) -> Path:
    root = tmp_path / "derivations"
    root.mkdir()
    (root / "helpers_cold67.py").write_text("VALUE = 3\n", encoding="utf-8")
    (root / "main_cold67.py").write_text(
        textwrap.dedent("""
            import helpers_cold67
            from verifier.catalog import identity

            @identity("uses-helper", title="t", statement="", source="test")
            def _(b):
                x = b.real("x")
                return b.claim(x * helpers_cold67.VALUE, 3 * x)
        """),
        encoding="utf-8",
    )
    return root


def _faults_of_an_import_in_a_fork(root: Path) -> int:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - reports through the pipe
        os.close(read)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        loader.import_module_file(root, root / "main_cold67.py")
        after = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        os.write(write, str(after - before).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        out = pipe.read()
    os.waitpid(pid, 0)
    return int(out)


def test_a_catalog_import_in_a_fork_does_not_write_to_every_module_names_page(tmp_path: Path) -> None:
    root = _catalog(tmp_path)
    loader.import_module_file(root, root / "main_cold67.py")  # SymPy and the verifier's lazy imports, once
    plain = min(_faults_of_an_import_in_a_fork(root) for _ in range(3))
    stand_in = types.ModuleType("stand_in_cold67")
    names = [f"stand_in_cold67_{n:06d}" for n in range(EXTRA_NAMES)]
    try:
        for name in names:
            sys.modules[name] = stand_in
        crowded = min(_faults_of_an_import_in_a_fork(root) for _ in range(3))
    finally:
        for name in names:
            sys.modules.pop(name, None)
    # a copy of every name writes to the ~1,500 pages that hold the extra names (and makes a 4 MB set)
    assert crowded - plain < 300, (plain, crowded)


def test_the_siblings_are_taken_away_and_the_names_there_before_kept(tmp_path: Path) -> None:
    root = _catalog(tmp_path)
    before = set(sys.modules)
    module, snapshot = loader.import_module_file(root, root / "main_cold67.py")
    assert "helpers_cold67" not in sys.modules  # imported by bare name, then taken away
    assert snapshot.qualname in sys.modules  # the catalog module itself is kept
    assert module.helpers_cold67.VALUE == 3
    assert [h.name for h in snapshot.helpers] == ["helpers_cold67"]
    assert before <= set(sys.modules)
    sys.modules.pop(snapshot.qualname, None)
