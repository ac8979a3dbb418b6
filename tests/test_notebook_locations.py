"""Notebook locations reach CI as a file and a line of that file; the id says the same cell and line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from verifier.cli import main
from verifier.exitcodes import ExitCode
from verifier.paths import parse_location


@pytest.fixture
def notebook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    def markdown(text: str) -> dict[str, object]:
        return {"cell_type": "markdown", "metadata": {}, "source": text.splitlines(keepends=True)}

    code = {"cell_type": "code", "metadata": {}, "source": ["1 + 1"], "outputs": [], "execution_count": None}
    cells = [markdown("```verify\nx: real\n```"), code, markdown("Derivative:\n\n$$\\frac{d}{dx} x^2 = 3x$$\n")]
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": cells}
    (tmp_path / "notes").mkdir()
    path = tmp_path / "notes" / "week3.ipynb"
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")  # as Jupyter writes it: one line per source line
    monkeypatch.chdir(tmp_path)
    return path


def _json_line(path: Path, needle: str) -> int:
    return next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in ln)


def test_junit_file_is_a_path_and_the_line_a_line_of_it(notebook: Path, capsys) -> None:
    code = main(["doc", "notes", "--points", "30", "--output", "r.xml"])
    capsys.readouterr()
    assert code == ExitCode.REFUTED
    case = ET.parse("r.xml").getroot().find("testsuite/testcase")
    assert case is not None
    assert case.get("file") == "notes/week3.ipynb"
    assert case.get("line") == str(_json_line(notebook, "frac{d}{dx} x^2 = 3x"))
    cell = case.find("properties/property[@name='cell']")
    assert cell is not None and cell.get("value") == "cell 3, line 3"


def test_github_annotation_points_into_the_notebook_file(notebook: Path, capsys) -> None:
    main(["doc", "notes", "--points", "30", "--format", "github"])
    out = capsys.readouterr().out
    line = _json_line(notebook, "frac{d}{dx} x^2 = 3x")
    assert f"::error file=notes/week3.ipynb,line={line},title=" in out


def test_the_notebook_id_agrees_with_its_cell_and_line(notebook: Path, capsys) -> None:
    main(["doc", "notes", "--points", "30", "--format", "json"])
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["id"] == "week3.ipynb: cell 3, line 3"
    assert result["source"] == "notes/week3.ipynb: cell 3, line 3"
    assert result["rerun"].startswith("verify doc notes/week3.ipynb ")


def test_parse_location() -> None:
    assert parse_location("derivations/a.py:12") == parse_location("derivations/a.py:12")
    assert (parse_location("derivations/a.py:12").path, parse_location("derivations/a.py:12").line) == (
        "derivations/a.py",
        12,
    )
    missing = parse_location("gone.ipynb: cell 2, line 1")
    assert (missing.path, missing.line, missing.detail) == ("gone.ipynb", 0, "cell 2, line 1")
    assert parse_location("just/a/path").line == 0
