r"""The files of a folder ``verify doc`` does not read are named, never skipped silently (gaps37).

A folder of notes is searched for the formats the reader knows. ``.mdx`` (Markdown with JSX) was not among
them, and AsciiDoc, plain text and the other text formats were left out without a word beside the
``.md`` files: the run said "all green" for a folder whose chapters were never read. MDX is Markdown and is read
now; the formats that are not read are listed as *not read* on the summary, in the reports and in ``--stats``.
(reStructuredText was the example here; docutils reads it since fresh60.) Every example is written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.exitcodes import ExitCode

GOOD = "# Notes\n\n$$\n\\frac{d}{dx} x^2 = 2x\n$$\n"
WRONG = "import Tabs from '@theme/Tabs'\n\n# Chapter\n\n<Tabs>\n\n$$\n\\frac{d}{dx} x^3 = 2x^2\n$$\n\n</Tabs>\n"
ADOC = "= Chapter\n\n[stem]\n++++\n\\frac{d}{dx} x^3 = 2x^2\n++++\n"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main(["doc", *argv, "--points", "40"])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_mdx_chapter_in_a_folder_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "intro.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "chapter.mdx").write_text(WRONG, encoding="utf-8")
    code, out, _ = _run(capsys, str(tmp_path))
    assert code == ExitCode.REFUTED
    assert "chapter.mdx:8  step 1  FAILED" in out


def test_adoc_and_txt_beside_markdown_are_listed_as_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "intro.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "chapter.adoc").write_text(ADOC, encoding="utf-8")
    (tmp_path / "derivation.txt").write_text("d/dx x^3 = 2x^2\n", encoding="utf-8")
    (tmp_path / "data.csv").write_text("1,2\n", encoding="utf-8")
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    code, out, err = _run(capsys, str(tmp_path), "--stats", "--output", str(report))
    said = out + err
    assert "not read: 2 files" in said and "chapter.adoc" in said and "derivation.txt" in said
    assert "data.csv" not in said  # data, no notes
    data = json.loads(report.read_text(encoding="utf-8"))
    assert sorted(Path(p).name for p in data["not_read"]) == ["chapter.adoc", "derivation.txt"]
    assert code == ExitCode.OK  # the one document read is green; the summary says what was not read


def test_a_folder_of_adoc_alone_names_its_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "chapter.adoc").write_text(ADOC, encoding="utf-8")
    code, _, err = _run(capsys, str(tmp_path))
    assert code == ExitCode.USAGE_ERROR
    assert "chapter.adoc" in err


def test_a_folder_of_markdown_alone_says_nothing_of_unread_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "intro.md").write_text(GOOD, encoding="utf-8")
    _, out, err = _run(capsys, str(tmp_path))
    assert "not read" not in out + err
