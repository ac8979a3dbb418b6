"""redteam24: ``verify watch`` kept showing verdicts whose inputs had changed.

A note's context file (``w1.md.verify``: its declarations) and a data file in the catalog directory
(``factor.json`` a builder reads) decide verdicts, but a save of either re-ran nothing: the screen kept
the old verdict. The context file re-checks its note; a data file in the catalog re-runs the catalog
(unchanged entries come from the cache, which checks the data it read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier import watch as watch_module
from verifier.settings import resolve


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.verify]\nderivations = "catalog"\ndocuments = ["notes/*.md"]\n', encoding="utf-8"
    )
    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "a.py").write_text("", encoding="utf-8")
    (tmp_path / "catalog" / "factor.json").write_text('{"factor": 2}', encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "w1.md").write_text("$$x = x$$\n", encoding="utf-8")
    (tmp_path / "notes" / "w1.md.verify").write_text("x: real\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_saved_context_file_rechecks_its_note(course: Path) -> None:
    options = resolve(cwd=course)
    note = str((course / "notes" / "w1.md").resolve())
    assert watch_module.plan([str(course / "notes" / "w1.md.verify")], options, []) == [["doc", note]]


def test_a_saved_data_file_in_the_catalog_reruns_the_catalog(course: Path) -> None:
    options = resolve(cwd=course)
    assert watch_module.plan([str(course / "catalog" / "factor.json")], options, []) == [["run", "all"]]


def test_the_context_file_is_watched(course: Path) -> None:
    options = resolve(cwd=course)
    assert (course / "notes" / "w1.md.verify").resolve() in {p.resolve() for p in watch_module.watched(options)}
