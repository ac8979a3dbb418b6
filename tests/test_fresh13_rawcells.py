r"""Notebooks: a raw cell marked LaTeX (``raw_mimetype: text/latex``, what nbconvert puts into the PDF
as it is) holds the author's math and is read like a markdown cell; a raw cell without that mark
(reST, a jupytext header) and the ``text/latex`` outputs of code cells (computed by SymPy or the
code, not written by the author) are not. Every example is written here."""

from __future__ import annotations

from pathlib import Path

import nbformat

from verifier.documents.check import check_document
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _notebook(tmp_path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    latex = nbformat.v4.new_raw_cell("\\begin{align*}\n\\frac{d}{dr} r^3 &= 2 r^2\n\\end{align*}")
    latex.metadata = {"raw_mimetype": "text/latex"}
    code = nbformat.v4.new_code_cell("sympy.diff(r**4, r)")
    code.outputs = [
        nbformat.v4.new_output("execute_result", data={"text/latex": "$\\frac{d}{dr} r^4 = 3 r^3$"}, execution_count=1)
    ]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Powers\n\n$$\\frac{d}{dr} r^2 = 2 r$$"),
        latex,
        nbformat.v4.new_raw_cell("$$\\frac{d}{dr} r^5 = 4 r^4$$"),
        code,
    ]
    path = tmp_path / "lab.ipynb"
    nbformat.write(nb, path)
    return path


def test_latex_raw_cell_is_read_and_other_raw_cells_and_outputs_are_not(tmp_path: Path) -> None:
    check = check_document(_notebook(tmp_path), SETTINGS)
    steps = [(s.lhs_latex, s.verdict.value) for c in check.chains for s in c.result.steps]
    assert steps == [("\\frac{d}{dr} r^2", "PROVED"), ("\\frac{d}{dr} r^3", "FAILED")]


def test_a_folder_search_finds_quarto_and_r_markdown_notes(tmp_path: Path) -> None:
    from verifier.documents.check import collect_documents

    for name in ("a.qmd", "b.Rmd", "c.md", "d.py", "e.rmarkdown"):
        (tmp_path / name).write_text("$$x = x$$\n")
    assert [p.name for p in collect_documents([tmp_path])] == ["a.qmd", "b.Rmd", "c.md", "e.rmarkdown"]
