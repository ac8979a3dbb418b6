r"""Macros defined the other ways instructors define them are expanded (documents.definers, lecture22):
mathtools' ``\DeclarePairedDelimiter{\abs}{\lvert}{\rvert}`` (used as ``\abs{x}``, ``\abs*{x}``,
``\abs[\big]{x}``), xparse's ``\NewDocumentCommand{\pd}{mm}{…}`` (also ``O{x}`` for an optional argument),
``\let\vect\mathbf``, and a body wrapped in ``\ensuremath{…}``.

Unexpanded, every step that used one was SKIPPED ("unsupported command \abs")."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.macros import expand, read_definitions

_PREAMBLE = r"""\documentclass{article}
\usepackage{amsmath,mathtools,xparse}
\DeclarePairedDelimiter\abs{\lvert}{\rvert}
\DeclarePairedDelimiter{\norm}{\lVert}{\rVert}
\NewDocumentCommand{\pd}{mm}{\frac{\partial #1}{\partial #2}}
\NewDocumentCommand\dd{O{x}m}{\frac{d #2}{d #1}}
\let\vect\mathbf
\let\sqr=\sqrt
\newcommand{\xsq}{\ensuremath{x^2}}
\begin{document}
"""


def _verdicts(display: str) -> list[str]:
    text = _PREAMBLE + "\\[\n" + display + "\n\\]\n\\end{document}\n"
    return [s.verdict.value for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (r"\pd{x^3}{x} = 3x^2", r"\pd{x^3}{x} = 2x^2"),
        (r"\dd{x^3} = 3x^2", r"\dd{x^3} = 2x^2"),
        (r"\dd[t]{t^3} = 3t^2", r"\dd[t]{t^3} = 2t^2"),
        (r"\frac{d}{dx}\abs{-x}^2 = 2x", r"\frac{d}{dx}\abs{-x}^2 = -2x"),
        (r"\frac{d}{dx}\abs*{x - 1}^2 = 2(x - 1)", r"\frac{d}{dx}\abs*{x - 1}^2 = 2(x + 1)"),
        (r"\frac{d}{dx}\abs[\big]{x}^2 = 2x", r"\frac{d}{dx}\abs[\big]{x}^2 = x"),
        (r"\frac{d}{dx}\xsq = 2x", r"\frac{d}{dx}\xsq = x"),
        (r"\sqr{4} = 2", r"\sqr{4} = 3"),
    ],
)
def test_the_macro_is_expanded(right: str, wrong: str) -> None:
    assert _verdicts(right) == ["PROVED"]
    assert _verdicts(wrong) == ["FAILED"]


def test_let_and_the_delimiters_expand() -> None:
    table = {m.name: m for m in read_definitions(_PREAMBLE)}
    assert expand(r"\vect{x}^\top \norm{\vect{x}}", table) == r"\mathbf{x}^\top \left\lVert \mathbf{x} \right\rVert"


def test_a_document_command_with_boolean_branches_is_not_guessed() -> None:
    text = r"\NewDocumentCommand{\f}{sm}{\IfBooleanTF{#1}{#2^2}{#2}}"
    assert "f" not in {m.name for m in read_definitions(text)}
