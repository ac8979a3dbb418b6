"""The plugin's collection hook resolves a test folder once a session, not every file of it for every name
given on pytest's command line (pytest collects the folder again per name), and still finds a catalog file
the same way: by its folder, a symbolic link by its target."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from verifier import pytest_plugin


class _Stash(dict):
    def setdefault(self, key, default):  # pytest's Stash.setdefault(key, default)
        return super().setdefault(key, default)


def _parent(catalog: Path | None, documents: frozenset[Path] = frozenset()) -> SimpleNamespace:
    stash = _Stash()
    stash[pytest_plugin._OPTIONS] = pytest_plugin._Options(catalog, documents, None)  # type: ignore[arg-type]
    return SimpleNamespace(config=SimpleNamespace(stash=stash))


@pytest.fixture
def found(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the hook takes as catalog files (a catalog file is not built here)."""
    taken: list[Path] = []

    def from_parent(parent: object, path: Path) -> str:
        taken.append(path)
        return "catalog file"

    monkeypatch.setattr(pytest_plugin.CatalogFile, "from_parent", from_parent)
    return taken


def test_a_folder_of_files_is_resolved_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, found: list[Path]):
    catalog = tmp_path / "derivations"
    catalog.mkdir()
    tests = tmp_path / "tests"
    tests.mkdir()
    files = [tests / f"test_{k}.py" for k in range(60)]
    for f in files:
        f.write_text("")
    calls = []
    real = Path.resolve

    def counting(self: Path, strict: bool = False) -> Path:
        calls.append(self)
        return real(self, strict)

    monkeypatch.setattr(Path, "resolve", counting)
    parent = _parent(catalog.resolve())
    for _ in range(3):  # the folder collected again for three names on the command line
        for f in files:
            assert pytest_plugin.pytest_collect_file(f, parent) is None
    assert len(calls) <= 2, len(calls)  # on 484d65ac: 180, one per file and collection
    assert found == []


def test_the_catalog_files_are_found_as_before(tmp_path: Path, found: list[Path]):
    catalog = tmp_path / "derivations"
    catalog.mkdir()
    (catalog / "calculus.py").write_text("")
    (catalog / "_helpers.py").write_text("")
    (catalog / "notes.md").write_text("")
    elsewhere = tmp_path / "tests"
    elsewhere.mkdir()
    (elsewhere / "test_a.py").write_text("")
    (elsewhere / "linked.py").symlink_to(catalog / "calculus.py")  # a link into the catalog: its target's folder
    (catalog / "outward.py").symlink_to(elsewhere / "test_a.py")  # a link out of it: not a catalog file
    # the catalog reached through a linked folder: the same resolved folder
    (tmp_path / "via").symlink_to(catalog, target_is_directory=True)
    parent = _parent(catalog.resolve())
    for f in (
        catalog / "calculus.py",
        catalog / "_helpers.py",
        catalog / "notes.md",
        elsewhere / "test_a.py",
        elsewhere / "linked.py",
        catalog / "outward.py",
        tmp_path / "via" / "calculus.py",
    ):
        pytest_plugin.pytest_collect_file(f, parent)
    assert found == [catalog / "calculus.py", elsewhere / "linked.py", tmp_path / "via" / "calculus.py"]


def test_the_documents_are_found_through_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("")
    (tmp_path / "b.md").symlink_to(notes / "a.md")
    (tmp_path / "c.md").write_text("")
    taken: list[Path] = []
    monkeypatch.setattr(pytest_plugin.DocumentFile, "from_parent", lambda parent, path: taken.append(path) or "doc")
    parent = _parent(None, frozenset({(notes / "a.md").resolve()}))
    for f in (notes / "a.md", tmp_path / "b.md", tmp_path / "c.md"):
        pytest_plugin.pytest_collect_file(f, parent)
    assert taken == [notes / "a.md", tmp_path / "b.md"]
