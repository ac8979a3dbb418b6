r"""Files of a folder in a format ``verify doc`` does not read are said, not skipped silently (redteam37).

``verify doc notes/`` with ``a.md`` beside ``b.mdx`` and ``c.rst`` checked ``a.md`` and said nothing of the
other two (redteam36 left it): a wrong step in them was never read and the run was green. The run now names
them on the error stream ("not read"); the verdicts do not change. Every example is written here."""

from __future__ import annotations

from pathlib import Path

from verifier.cli import main

_RIGHT = "# T\n\n$$\\frac{d}{dx} x^2 = 2x$$\n"
_WRONG = "# T\n\n$$\\frac{d}{dx} x^2 = 3x$$\n"


def test_files_of_a_format_not_read_are_named(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text(_RIGHT)
    (tmp_path / "b.mdx").write_text(_WRONG)
    (tmp_path / "c.rst").write_text(_WRONG)
    (tmp_path / "d.py").write_text("x = 1\n")
    code = main(["doc", str(tmp_path), "--no-cache", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 0
    assert "b.mdx" in err and "c.rst" in err and "not read" in err
    assert "d.py" not in err


def test_a_folder_of_documents_alone_says_nothing_more(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text(_RIGHT)
    main(["doc", str(tmp_path), "--no-cache", "--no-progress"])
    assert "not read" not in capsys.readouterr().err
