"""``verify doc FOLDER --annotate-dir DIR``: one annotated copy per note, never one over another.

Two notes of one name in different folders (``week1/intro.md``, ``week2/intro.md``, as courses
name them) were both written to ``DIR/intro.annotated.md``: the second overwrote the first, and
the run printed the same "annotated:" path twice. The copies now keep the notes' folders below
their common folder, so ``DIR`` holds one copy per note and nothing is written outside ``DIR``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main as cli_main

WRONG = "$$\\frac{d}{dx} x^2 = 3x$$\n"
RIGHT = "$$\\frac{d}{dx} x^2 = 2x$$\n"


def _notes(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    (notes / "week1").mkdir(parents=True)
    (notes / "week2").mkdir()
    (notes / "week1" / "intro.md").write_text(WRONG, encoding="utf-8")
    (notes / "week2" / "intro.md").write_text(RIGHT, encoding="utf-8")
    return notes


def test_notes_of_one_name_in_two_folders_get_two_annotated_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _notes(tmp_path)
    out = tmp_path / "out"
    cli_main(["doc", str(notes), "--annotate-dir", str(out), "--points", "40"])
    err = capsys.readouterr().err
    first, second = out / "week1" / "intro.annotated.md", out / "week2" / "intro.annotated.md"
    assert "✗ step 1 (line 1): FAILED" in first.read_text(encoding="utf-8")
    assert "✓ step 1 (line 1): PROVED" in second.read_text(encoding="utf-8")
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md")) == [
        "week1/intro.annotated.md",
        "week2/intro.annotated.md",
    ]
    assert err.count("annotated:") == 2


def test_one_folder_of_notes_is_written_flat_into_the_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _notes(tmp_path)
    out = tmp_path / "out"
    cli_main(["doc", str(notes / "week1"), "--annotate-dir", str(out), "--points", "40"])
    capsys.readouterr()
    assert [p.relative_to(out).as_posix() for p in out.rglob("*.md")] == ["intro.annotated.md"]


def test_notes_named_from_above_are_written_inside_the_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note named with ``..`` (from a sibling folder) still lands inside DIR, never beside it."""
    notes = _notes(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    cli_main(["doc", "../notes/week1/intro.md", "../notes/week2/intro.md", "--annotate-dir", "out", "--points", "40"])
    capsys.readouterr()
    written = sorted(p.relative_to(work / "out").as_posix() for p in (work / "out").rglob("*.md"))
    assert written == ["week1/intro.annotated.md", "week2/intro.annotated.md"]
    assert not list(notes.rglob("*.annotated.*"))
