r"""A notebook cell's marker line is no part of the first clause of the cell (review31a).

The reader joins a notebook's Markdown cells with ``<!-- cell N -->`` lines. A cell that opens "For symmetric
$A$, $\nabla f(x) = 2Ax$, but in general $\nabla f(x) = 2Ax$." had the marker in its first clause, so the
condition "For symmetric $A$" was not seen as one (``symmetricprose._CONDITIONAL`` matches at the clause's
start), and the wrong general claim was PROVED "with A symmetric, as the notes say" — FAILED in Markdown.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from support import doc_steps

from verifier.documents.check import check_document
from verifier.engine import Settings
from verifier.results import Verdict

HEAD = "# Q\n\nLet $A \\in \\mathbb{R}^{n \\times n}$, $x \\in \\mathbb{R}^n$ and $f(x) = x^T A x$.\n"
LINE = "For symmetric $A$, $\\nabla f(x) = 2Ax$, but in general $\\nabla f(x) = 2Ax$.\n"


def test_the_general_claim_of_a_cell_is_not_read_under_the_cells_condition(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(HEAD), nbformat.v4.new_markdown_cell(LINE)]
    path = tmp_path / "notes.ipynb"
    nbformat.write(nb, str(path))
    steps = [s for c in check_document(path, Settings(points=30)).chains for s in c.result.steps]
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [(s.verdict, s.message) for s in steps]


def test_the_same_in_markdown() -> None:
    steps = doc_steps(HEAD + "\n" + LINE)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [(s.verdict, s.message) for s in steps]
