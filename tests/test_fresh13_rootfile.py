r"""A LaTeX file that another file of its folder ``\input``s (a chapter, a homework part) is checked
with the macros of that root document: its own preamble-less text used ``\pd``/``\sig`` defined in
the root or in a macro file the root inputs, and every step was SKIPPED "unsupported command".
``% !TEX root = …`` names the root explicitly. Every example is written here."""

from __future__ import annotations

from pathlib import Path

from verifier.documents.check import check_document
from verifier.engine import Settings

SETTINGS = Settings(points=30)
PART = (
    "\\subsection*{Part}\n"  # 1
    "\\begin{equation}\n"  # 2
    "\\pd{}{r} \\sq{r} = 3 r\n"  # 3
    "\\end{equation}\n"  # 4
    "\\begin{equation}\n"  # 5
    "\\pd{}{r} \\sq{r} = 2 r\n"  # 6
    "\\end{equation}\n"  # 7
)


def _steps(path: Path) -> dict[int, str]:
    check = check_document(path, SETTINGS, display=path.name)
    return {line: s.verdict.value for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)}


def test_fragment_takes_the_macros_of_the_file_that_inputs_it(tmp_path: Path) -> None:
    (tmp_path / "defs.tex").write_text("\\newcommand{\\sq}[1]{#1^2}\n")
    (tmp_path / "main.tex").write_text(
        "\\documentclass{article}\n\\input{defs}\n\\newcommand{\\pd}[2]{\\frac{\\partial #1}{\\partial #2}}\n"
        "\\begin{document}\n\\input{part}\n\\end{document}\n"
    )
    (tmp_path / "part.tex").write_text(PART)
    assert _steps(tmp_path / "part.tex") == {3: "FAILED", 6: "PROVED"}


def test_tex_root_comment_names_the_root(tmp_path: Path) -> None:
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "book.tex").write_text(
        "\\documentclass{book}\n\\newcommand{\\sq}[1]{#1^2}\n"
        "\\newcommand{\\pd}[2]{\\frac{\\partial #1}{\\partial #2}}\n"
        "\\begin{document}\n\\include{../ch/one}\n\\end{document}\n"
    )
    (tmp_path / "ch").mkdir()
    (tmp_path / "ch" / "one.tex").write_text("% !TEX root = ../book/book.tex\n" + PART)
    assert _steps(tmp_path / "ch" / "one.tex") == {4: "FAILED", 7: "PROVED"}


def test_a_file_nobody_inputs_keeps_its_own_reading(tmp_path: Path) -> None:
    (tmp_path / "other.tex").write_text(
        "\\documentclass{article}\n\\newcommand{\\sq}[1]{#1^3}\n\\begin{document}\n\\end{document}\n"
    )
    (tmp_path / "part.tex").write_text(PART)
    assert set(_steps(tmp_path / "part.tex").values()) == {"SKIPPED"}
