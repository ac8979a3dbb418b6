r"""An operator a preamble declares by a font command, ``\DeclareMathOperator{\E}{\mathbb{E}}`` (fresh59).

Lecture preambles declare the expectation as an operator in its usual font: ``\DeclareMathOperator{\E}{\mathbb{E}}``
or ``{\mathrm{E}}``. The declaration made ``\E[c x]`` into ``\operatorname{\mathbb{E}}[c x]``, which the parser
refused as prose ("\operatorname{\mathbb{E}} cannot be checked"): every line with an expectation was SKIPPED, a
wrong one too. The font command inside the declaration is the operator's name as written: ``\mathbb{E}`` stays
``\mathbb{E}``, ``\mathrm{E}`` is ``\operatorname{E}``. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = ("\\documentclass{article}\n\\usepackage{amsmath,amssymb}\n\\DeclareMathOperator{\\E}{FONT}\n"
         "\\begin{document}\nLet $x$ have mean $\\mu$ and let $c$ be a constant.\n"
         "\\[\nSTEP\n\\]\n\\end{document}\n")


@pytest.mark.parametrize("font", [r"\mathbb{E}", r"\mathrm{E}", r"\mathsf{E}"])
def test_an_expectation_declared_in_a_font_is_read(font: str) -> None:
    note = _NOTE.replace("FONT", font).replace("STEP", r"\E[c x] - \mu = c\,\E[x] - \mu")
    assert verdicts_by_line(note, "notes.tex")[7] == ["PROVED"]


def test_a_wrong_expectation_declared_in_a_font_is_failed() -> None:
    note = _NOTE.replace("FONT", r"\mathbb{E}").replace("STEP", r"\E[c x] - \mu = c\,\E[x] + \mu")
    assert verdicts_by_line(note, "notes.tex")[7] == ["FAILED"]
