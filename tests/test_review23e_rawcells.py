r"""A raw LaTeX cell is LaTeX: its ``%`` comments and ``\iffalse … \fi`` are not shown (review23e).

fresh13 reads a raw cell marked ``text/latex`` as the author's math, but read as Markdown its LaTeX
comments (``% old: $$\frac{d}{dr} r^2 = r$$``) and switched-off drafts were steps: a correct notebook was
FAILED. Every example is written here."""

from __future__ import annotations

from pathlib import Path

import nbformat

from verifier.documents.check import check_document
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _verdicts(tmp_path: Path, source: str) -> list[str]:
    nb = nbformat.v4.new_notebook()
    raw = nbformat.v4.new_raw_cell(source)
    raw.metadata = {"raw_mimetype": "text/latex"}
    nb.cells = [nbformat.v4.new_markdown_cell("Powers of $r$."), raw]
    path = tmp_path / "powers.ipynb"
    nbformat.write(nb, str(path))
    check = check_document(path, SETTINGS)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


def test_a_commented_out_draft_in_a_raw_latex_cell_is_no_step(tmp_path: Path) -> None:
    source = "% draft, wrong: $$\\frac{d}{dr} r^2 = r$$\n"
    source += "\\begin{equation}\n\\frac{d}{dr} r^3 = 3 r^2\n\\end{equation}\n"
    assert _verdicts(tmp_path, source) == ["PROVED"]


def test_an_iffalse_draft_in_a_raw_latex_cell_is_no_step(tmp_path: Path) -> None:
    source = "\\iffalse\n$$\\frac{d}{dr} r^5 = 4 r^5$$\n\\fi\n$$\\frac{d}{dr} r^3 = 3 r^2$$\n"
    assert _verdicts(tmp_path, source) == ["PROVED"]


def test_a_percent_sign_written_escaped_stays(tmp_path: Path) -> None:
    source = "A 50\\% cut: $$\\frac{d}{dr} r^3 = 2 r^2$$\n"
    assert _verdicts(tmp_path, source) == ["FAILED"]
