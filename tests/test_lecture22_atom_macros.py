r"""A macro whose body is one symbol in braces — the Deep Learning book's ``\newcommand{\vx}{{\bm{x}}}`` — is
read as that symbol (documents.macros, lecture22).

The braces only make the symbol one atom for a superscript. Kept, ``q(\vx) = \tfrac12\vx^\top\mA\vx`` became
``q({\bm{x}}) = …``, which the reader did not take as the definition of a function ``q`` of ``x``: every later
``q(\vx + \vd)`` was ``q`` times a vector and its steps were SKIPPED. Where the braces are an argument (after
``^``, ``_`` or a command: ``e^\vx``, ``\hat\vx``) they stay."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.macros import expand, read_definitions

_PREAMBLE = r"""\documentclass{article}
\usepackage{amsmath,bm}
\newcommand{\vx}{{\bm{x}}}
\newcommand{\vd}{{\bm{d}}}
\newcommand{\vb}{{\bm{b}}}
\newcommand{\mA}{{\bm{A}}}
\begin{document}
Let $q(\vx) = \frac{1}{2}\vx^\top\mA\vx + \vb^\top\vx$ with $\mA$ symmetric. Then
\[
q(\vx + \vd) = q(\vx) + (\mA\vx + \vb)^\top\vd + {last}\vd^\top\mA\vd
\]
\end{document}
"""


@pytest.mark.parametrize(("last", "verdict"), [(r"\frac{1}{2}", "PROVED"), ("", "FAILED")])
def test_the_function_of_a_bold_macro_is_defined(last: str, verdict: str) -> None:
    text = _PREAMBLE.replace("{last}", last)
    steps = [s.verdict.value for ch in check_text(text, "notes.tex").chains for s in ch.result.steps]
    assert steps[-1] == verdict, steps


def test_the_braces_stay_where_they_are_an_argument() -> None:
    table = {m.name: m for m in read_definitions(_PREAMBLE)}
    assert expand(r"q(\vx) = e^\vx + \hat\vx_\vd", table) == r"q(\bm{x}) = e^{\bm{x}} + \hat{\bm{x}}_{\bm{d}}"
