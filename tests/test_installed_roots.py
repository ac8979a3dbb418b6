"""``loader.is_installed``: which module files are Python's, an installed package's or the verifier's
(not course code). Classified by string prefix (the parent classifies ~900 modules before its first
entry worker starts); it must say what ``Path.is_relative_to`` part by part says."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from verifier import loader


def _by_parts(file: str) -> bool:
    roots = loader.installed_roots()
    path = Path(os.path.abspath(file))
    return any(path.is_relative_to(r) for r in roots) or any(path.resolve().is_relative_to(r) for r in roots)


def test_every_loaded_module_is_classified_as_by_path_parts(monkeypatch) -> None:
    monkeypatch.setattr(loader, "_installed", {})
    files = {f for m in list(sys.modules.values()) if isinstance(f := getattr(m, "__file__", None), str)}
    assert len(files) > 100
    assert {f: loader.is_installed(f) for f in files} == {f: _by_parts(f) for f in files}


def test_a_sibling_folder_whose_name_extends_a_root_is_not_installed(tmp_path, monkeypatch) -> None:
    root = tmp_path / "venv"
    monkeypatch.setattr(loader, "_installed", {})
    monkeypatch.setattr(loader, "installed_roots", lambda: (root,))
    loader._root_prefixes.cache_clear()
    try:
        assert loader.is_installed(str(root / "lib" / "pkg.py"))
        assert loader.is_installed(str(root / "lib" / ".." / "pkg.py"))  # normalised first
        assert not loader.is_installed(str(tmp_path / "venv2" / "course.py"))
        assert not loader.is_installed(str(tmp_path / "venv.py"))
        (tmp_path / "link").symlink_to(root)
        assert loader.is_installed(str(tmp_path / "link" / "pkg.py"))  # resolved through the link
    finally:
        loader._root_prefixes.cache_clear()
