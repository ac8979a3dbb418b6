r"""Displays opened and closed by the notes' own shorthand are read (documents.envshorthand, lecture22):
``\newcommand{\beq}{\begin{equation}}`` … ``\beq … \eeq``, ``\def\bea{\begin{eqnarray}}``, and
``\newenvironment{eqn}{\begin{equation}}{\end{equation}}`` … ``\begin{eqn} … \end{eqn}``.

Older lecture notes write every display this way. The reader looked for display environments before any macro
was expanded, so none of these displays was found: their steps were dropped without a word."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text

_PREAMBLE = r"""\documentclass{article}
\usepackage{amsmath}
\newcommand{\beq}{\begin{equation}}
\newcommand{\eeq}{\end{equation}}
\def\bea{\begin{eqnarray}}
\def\eea{\end{eqnarray}}
\newcommand{\ba}{\begin{align}}
\newcommand{\ea}{\end{align}}
\newenvironment{eqn}{\begin{equation}}{\end{equation}}
\newenvironment{eqns}{\begin{align*}}{\end{align*}}
\begin{document}
Text.
"""

_DISPLAYS = [
    "\\beq\n\\frac{d}{dx} x^3 = {rhs}\n\\eeq",
    "\\bea\n\\frac{d}{dx} x^3 &=& {rhs}\n\\eea",
    "\\ba\n\\frac{d}{dx} x^3 &= {rhs} \\\\\n&= {rhs}\n\\ea",
    "\\begin{eqn}\n\\frac{d}{dx} x^3 = {rhs}\n\\end{eqn}",
    "\\begin{eqns}\n\\frac{d}{dx} x^3 &= {rhs}\n\\end{eqns}",
]


def _steps(display: str) -> list[tuple[int, str]]:
    text = _PREAMBLE + display + "\n\\end{document}\n"
    check = check_text(text, "notes.tex")
    return [(line, s.verdict.value) for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)]


@pytest.mark.parametrize("display", _DISPLAYS)
def test_the_display_is_checked(display: str) -> None:
    assert _steps(display.replace("{rhs}", "3x^2"))[0] == (14, "PROVED")
    assert _steps(display.replace("{rhs}", "2x^2"))[0] == (14, "FAILED")


def test_an_unclosed_shorthand_is_no_display() -> None:
    assert _steps("\\beq\n\\frac{d}{dx} x^3 = 2x^2\n") == []
