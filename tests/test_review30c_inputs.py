r"""review30c: the chapters ``verify doc main.tex`` brings (redteam25) are read with main.tex's macros.

The usual layout keeps the chapters in a folder of their own (``\input{chapters/ch1}``, resolved from
main.tex's folder as LaTeX does). The root of a fragment was searched among its siblings only, so a
chapter in ``chapters/`` written with main.tex's ``\sig`` was SKIPPED "unsupported command \sig": the
run that was green before redteam25 went red on correct chapters. A file outside the folders a user
names (``\input{../../elsewhere/x}``) is not brought as a document. Examples written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main
from verifier.documents.check import collect_documents
from verifier.documents.rootfile import root_of

MAIN = (
    "\\documentclass{article}\n\\newcommand{\\sig}[1]{\\sigma\\left(#1\\right)}\n\\begin{document}\n"
    "\\input{chapters/ch1}\n\\end{document}\n"
)
CH1 = "\\section{Sigmoid}\n\\[ \\frac{d}{dx}\\sig{x} = \\sig{x}\\left(1 - \\sig{x}\\right) \\]\n"


def _course(tmp_path: Path) -> Path:
    (tmp_path / "chapters").mkdir()
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    (tmp_path / "chapters" / "ch1.tex").write_text(CH1, encoding="utf-8")
    return tmp_path / "main.tex"


def test_a_chapter_in_a_subfolder_finds_its_root(tmp_path: Path) -> None:
    root = _course(tmp_path)
    chapter = tmp_path / "chapters" / "ch1.tex"
    assert root_of(chapter, CH1) == root


def test_main_tex_checks_a_subfolder_chapter_with_its_macros(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["doc", "--no-progress", str(_course(tmp_path))])
    out = capsys.readouterr().out
    assert code == 0 and "unsupported command" not in out, out


def test_an_input_outside_the_named_folder_is_not_brought(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "course").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.tex").write_text("\\[ \\frac{d}{dx} x^2 = 2x \\]\n", encoding="utf-8")
    main_tex = tmp_path / "course" / "main.tex"
    main_tex.write_text("\\documentclass{article}\n\\begin{document}\n\\input{../elsewhere/x}\n\\end{document}\n")
    monkeypatch.chdir(tmp_path / "course")
    assert [p.name for p in collect_documents([Path("main.tex")])] == ["main.tex"]


def test_a_chapter_input_resolved_from_the_root_folder_is_brought(tmp_path: Path) -> None:
    root = _course(tmp_path)
    (tmp_path / "chapters" / "ch1.tex").write_text(CH1 + "\\input{chapters/ch2}\n", encoding="utf-8")
    (tmp_path / "chapters" / "ch2.tex").write_text("\\[ \\frac{d}{dx} x^2 = 3x \\]\n", encoding="utf-8")
    assert [p.name for p in collect_documents([root])] == ["main.tex", "ch1.tex", "ch2.tex"]


def test_a_linked_chapters_folder_of_the_course_is_brought(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "ch1.tex").write_text(CH1, encoding="utf-8")
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "chapters").symlink_to(tmp_path / "shared")
    (tmp_path / "course" / "main.tex").write_text(MAIN, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "course")
    assert [p.name for p in collect_documents([Path("main.tex")])] == ["main.tex", "ch1.tex"]
