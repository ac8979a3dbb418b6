"""Two notes of one name in one run: their chains' ids say which note they are in.

A chain's id is ``<file name>:<line>``. ``verify doc notes/`` over ``week1/intro.md`` and
``week2/intro.md`` printed two rows ``intro.md:1``, one FAILED and one PROVED, in the table, the
Markdown and HTML reports and JUnit's test names: the reader could not tell which note was wrong
without the details. Where names repeat, the id now carries as many of the note's folders as tell
it apart (``week1/intro.md:1``); every other id stays as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main as cli_main

WRONG = "$$\\frac{d}{dx} x^2 = 3x$$\n"
RIGHT = "$$\\frac{d}{dx} x^2 = 2x$$\n"


def _notes(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    for folder, text in (("week1", WRONG), ("week2", RIGHT)):
        (notes / folder).mkdir(parents=True)
        (notes / folder / "intro.md").write_text(text, encoding="utf-8")
    (notes / "week2" / "other.md").write_text(RIGHT, encoding="utf-8")
    return notes


def test_chains_of_notes_of_one_name_have_ids_that_tell_them_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _notes(tmp_path)
    cli_main(["doc", str(notes), "--format", "json", "--points", "40"])
    data = json.loads(capsys.readouterr().out)
    ids = {r["id"]: r["verdict"] for r in data["results"]}
    assert ids == {"week1/intro.md:1": "FAILED", "week2/intro.md:1": "PROVED", "other.md:1": "PROVED"}


def test_the_table_names_the_failing_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = _notes(tmp_path)
    cli_main(["doc", str(notes), "--points", "40", "--no-progress"])
    out = capsys.readouterr().out
    assert "FAILED week1/intro.md:1" in out
    rows = [line.split() for line in out.splitlines() if line.endswith("s") and ":1 " in line]
    assert [r[0] for r in rows if r[1] == "FAILED"] == ["week1/intro.md:1"]
