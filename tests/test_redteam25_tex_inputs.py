r"""redteam25: ``verify doc main.tex`` also checks the files main.tex ``\input``s.

The reader took only macros from an ``\input`` file; its displays are "checked as a document of its own"
-- but only when that file was named too. ``verify doc main.tex`` (or ``documents = ["notes/main.tex"]``)
with the chapters in ``\input{ch1}`` was green whatever the chapters claimed. A LaTeX file named
explicitly now brings the files it inputs (and those they input, once each) as documents of their
own. Examples written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main
from verifier.documents.check import collect_documents

MAIN = "\\documentclass{article}\n\\begin{document}\n\\input{ch1}\n\\[ \\frac{d}{dx} x^3 = 3x^2 \\]\n\\end{document}\n"
CH1 = "\\section{One}\n\\[ \\frac{d}{dx} x^2 = 3x \\]\n\\include{ch2}\n"
CH2 = "\\section{Two}\n\\[ \\frac{d}{dx} x^4 = 4x^3 \\]\n\\input{ch1}\n"  # a cycle: each file once


def _course(tmp_path: Path) -> Path:
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    (tmp_path / "ch1.tex").write_text(CH1, encoding="utf-8")
    (tmp_path / "ch2.tex").write_text(CH2, encoding="utf-8")
    return tmp_path / "main.tex"


def test_a_named_tex_file_brings_its_inputs(tmp_path: Path) -> None:
    found = collect_documents([_course(tmp_path)])
    assert [p.name for p in found] == ["main.tex", "ch1.tex", "ch2.tex"]


def test_a_folder_lists_each_file_once(tmp_path: Path) -> None:
    _course(tmp_path)
    found = collect_documents([tmp_path / "main.tex", tmp_path])
    assert sorted(p.name for p in found) == ["ch1.tex", "ch2.tex", "main.tex"]


def test_a_wrong_step_in_an_input_file_fails_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["doc", "--no-progress", str(_course(tmp_path))])
    out = capsys.readouterr().out
    assert code == 1 and "ch1.tex:2" in out and "FAILED" in out, out


def test_a_quarto_include_is_checked_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "index.qmd").write_text("# Notes\n\n{{< include _part.qmd >}}\n\n$$x + x = 2x$$\n", encoding="utf-8")
    (tmp_path / "_part.qmd").write_text("## Part\n\n$$\\frac{d}{dx} x^2 = 3x$$\n", encoding="utf-8")
    assert [p.name for p in collect_documents([tmp_path / "index.qmd"])] == ["index.qmd", "_part.qmd"]
    code = main(["doc", "--no-progress", str(tmp_path / "index.qmd")])
    out = capsys.readouterr().out
    assert code == 1 and "_part.qmd:3" in out and "FAILED" in out, out
