r"""A context file's ``macros:`` path not found beside the context file is looked for from the notes'
folder, where the notes ``\input`` their macro files: a context kept apart from the notes (another
checkout, a course's folder of contexts) can name the macro file as the notes see it. Before, such a
path resolved only where the context file happened to sit at the right depth, and the macros were
silently missing elsewhere (the macro read as an unknown quantity)."""

from __future__ import annotations

from pathlib import Path

from verifier.documents.check import check_document
from verifier.engine import Settings

_NOTES = (
    "\\documentclass{article}\n\\begin{document}\n"
    "\\[\n\\frac{\\partial}{\\partial \\w} \\w^\\top \\w = 2\\w\n\\]\n\\end{document}\n"
)


def _layout(tmp_path: Path, written: str) -> tuple[Path, Path]:
    (tmp_path / "docs").mkdir()
    (tmp_path / "support").mkdir()
    contexts = tmp_path / "repo" / "benchmarks" / "contexts"  # deeper than the notes: ../support is not there
    contexts.mkdir(parents=True)
    (tmp_path / "support" / "macros.tex").write_text("\\newcommand{\\w}{\\mathbf{w}}\n", encoding="utf-8")
    notes = tmp_path / "docs" / "notes.tex"
    notes.write_text(_NOTES, encoding="utf-8")
    context = contexts / "notes.tex.verify"
    context.write_text(f"macros: {written}\n", encoding="utf-8")
    return notes, context


def _message(notes: Path, context: Path) -> str:
    check = check_document(notes, Settings(), context=context)
    steps = [s for c in check.chains for s in c.result.steps]
    return steps[0].lhs_latex + " :: " + (steps[0].message or "")


def test_a_macro_path_as_the_notes_see_it_is_found_from_their_folder(tmp_path: Path) -> None:
    notes, context = _layout(tmp_path, "../support/macros.tex")  # from docs/, not from contexts/
    assert "\\mathbf{w}" in _message(notes, context)


def test_a_path_beside_the_context_file_still_wins(tmp_path: Path) -> None:
    notes, context = _layout(tmp_path, "own.tex")
    (context.parent / "own.tex").write_text("\\newcommand{\\w}{\\mathbf{v}}\n", encoding="utf-8")
    assert "\\mathbf{v}" in _message(notes, context)
