r"""Files of a folder in a format ``verify doc`` does not read are said, not skipped silently (redteam37).

``verify doc notes/`` with ``a.md`` beside ``b.mdx`` and ``c.adoc`` checked ``a.md`` and said nothing of the
other two (redteam36 left it): a wrong step in them was never read and the run was green. MDX (and the other
Markdown spellings) is Markdown and is read; AsciiDoc is named "not read" (verifier.unread, gaps37; the
example was reStructuredText, read since fresh60); files of other kinds (code) are no notes and are not named.
Every example is written here."""

from __future__ import annotations

from pathlib import Path

from verifier.cli import main
from verifier.exitcodes import ExitCode

_RIGHT = "# T\n\n$$\\frac{d}{dx} x^2 = 2x$$\n"
_WRONG = "# T\n\n$$\\frac{d}{dx} x^2 = 3x$$\n"


def test_files_of_a_format_not_read_are_named(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text(_RIGHT)
    (tmp_path / "c.adoc").write_text(_WRONG)
    (tmp_path / "d.py").write_text("x = 1\n")
    code = main(["doc", str(tmp_path), "--no-cache", "--no-progress"])
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert code == ExitCode.OK
    assert "c.adoc" in said and "not read" in said
    assert "d.py" not in said


def test_markdown_spellings_are_read(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text(_RIGHT)
    (tmp_path / "b.mdx").write_text(_WRONG)
    (tmp_path / "c.mkd").write_text(_WRONG)
    code = main(["doc", str(tmp_path), "--no-cache", "--no-progress"])
    out = capsys.readouterr().out
    assert code == ExitCode.REFUTED
    assert "b.mdx" in out and "c.mkd" in out and "FAILED" in out


def test_a_folder_of_documents_alone_says_nothing_more(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text(_RIGHT)
    main(["doc", str(tmp_path), "--no-cache", "--no-progress"])
    captured = capsys.readouterr()
    assert "not read" not in captured.out + captured.err
