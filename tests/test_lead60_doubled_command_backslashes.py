r"""A Markdown formula written for a processor that halves backslashes (Goldmark/Hugo, marked/Hexo, kramdown
without math protection) spells its commands ``\\frac``, ``\\sin``. Read as LaTeX, each ``\\`` was a row break:
``$$\\frac{d}{dx} x\\sin x = \\sin x$$`` fell apart into rows and the last, ``\sin x = \sin x``, was PROVED — a
green for a wrong product rule (red60). The commands are read with their backslashes halved, as the page shows
them. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.pagemath import page_math


def test_a_wrong_derivative_written_with_doubled_backslashes_is_failed() -> None:
    note = "# Product rule\n\n$$\\\\frac{d}{dx} x\\\\sin x = \\\\sin x$$\n"
    assert verdicts_by_line(note)[3] == ["FAILED"]


def test_the_right_derivative_written_so_is_proved() -> None:
    note = "# Product rule\n\n$$\\\\frac{d}{dx} x\\\\sin x = \\\\sin x + x\\\\cos x$$\n"
    assert verdicts_by_line(note)[3] == ["PROVED"]


def test_a_doubled_row_break_of_such_a_formula_is_one_break() -> None:
    text = "\\\\begin{aligned} a &= \\\\frac{1}{2} \\\\\\\\ b &= 3 \\\\end{aligned}"
    assert page_math(text) == "\\begin{aligned} a &= \\frac{1}{2} \\\\ b &= 3 \\end{aligned}"


def test_a_row_break_before_a_command_or_a_letter_stays_a_row_break() -> None:
    assert page_math("a &= 1 \\\\ b &= 2") == "a &= 1 \\\\ b &= 2"
    assert page_math("a &= 1 \\\\\\sigma") == "a &= 1 \\\\\\sigma"
    assert page_math("a &= 1 \\\\b &= 2") == "a &= 1 \\\\b &= 2"  # one letter: a row break written tight


def test_a_latex_note_keeps_its_row_breaks() -> None:
    note = (
        "\\documentclass{article}\n\\begin{document}\n\\begin{align}\nf(x) &= x^2 \\\\\n"
        "f'(x) &= 2x\n\\end{align}\n\\end{document}\n"
    )
    assert verdicts_by_line(note, "notes.tex")[5] == ["PROVED"]
