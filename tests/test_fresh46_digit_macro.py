r"""``\newcommand{\1}{\mathbb{1}}``: a macro named by one non-letter (a LaTeX control symbol) is expanded (fresh46).

Notes define the indicator as ``\1`` (``\1\{u < 0\}``). documents.macros read only macros whose names are
letters, so ``\1`` stayed an "unsupported command" and every line using it was SKIPPED. Every example is
written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.macros import expand_document

_PREAMBLE = "\\newcommand{\\1}{\\mathbb{1}}\n"


def test_a_digit_macro_is_expanded() -> None:
    assert "\\mathbb{1}\\{x > 0\\}" in expand_document(_PREAMBLE + "$\\1\\{x > 0\\}$")


def test_a_row_separator_before_a_digit_is_no_macro() -> None:
    assert "a \\\\1" in expand_document(_PREAMBLE + "$a \\\\1$")


def test_a_line_with_the_indicator_macro_is_checked() -> None:
    note = _PREAMBLE + "# Indicator\n\nFor $x = 2$ we get $\\1\\{x > 0\\} \\cdot 3 = 3$ by hand.\n"
    assert verdicts_by_line(note)[4] == ["PROVED"]
