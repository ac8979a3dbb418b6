r"""An AsciiDoc file named on the command line, or by a ``[tool.verify] documents`` glob, is not read as
Markdown: it is listed as not read (gaps38; gaps37 left it).

Read as Markdown, an ``.adoc`` chapter's ``stem:[…]`` and ``[stem]`` blocks were dropped without a word (gaps38's
example was reStructuredText, which docutils reads since fresh60: tests/test_fresh60_restructured.py). Every
example is written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.exitcodes import ExitCode

GOOD = "# Notes\n\n$$\n\\frac{d}{dx} x^2 = 2x\n$$\n"
ADOC = "= Chapter\n\nThe slip is in stem:[x^3].\n\n[stem]\n++++\n\\frac{d}{dx} x^3 = 2x^2\n++++\n"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli_main([*argv, "--points", "40"])
    out, err = capsys.readouterr()
    return code, out + err


def test_an_adoc_file_named_beside_markdown_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "intro.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "chapter.adoc").write_text(ADOC, encoding="utf-8")
    code, said = _run(capsys, "doc", str(tmp_path / "intro.md"), str(tmp_path / "chapter.adoc"))
    assert "not read: 1 file" in said and "chapter.adoc" in said
    assert code == ExitCode.OK


def test_an_adoc_file_named_alone_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "chapter.adoc").write_text(ADOC, encoding="utf-8")
    code, said = _run(capsys, "doc", str(tmp_path / "chapter.adoc"))
    assert code == ExitCode.USAGE_ERROR
    assert "chapter.adoc" in said


def test_a_plain_text_file_named_is_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("$$\n\\frac{d}{dx} x^3 = 2x^2\n$$\n", encoding="utf-8")
    code, said = _run(capsys, "doc", str(tmp_path / "notes.txt"))
    assert code == ExitCode.REFUTED and "not read" not in said


def test_the_documents_globs_list_what_they_do_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "intro.md").write_text(GOOD, encoding="utf-8")
    (notes / "chapter.adoc").write_text(ADOC, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.verify]\ndocuments = ["notes/*"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, said = _run(capsys, "doc")
    assert "not read: 1 file" in said and "chapter.adoc" in said
    assert code == ExitCode.OK
