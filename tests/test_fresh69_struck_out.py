r"""A formula the author crossed out is withdrawn, however it is crossed out (fresh69).

Markdown's ``~~$…$~~`` was already read as struck (an inline formula struck through is no step, a struck
display is SKIPPED "struck out by the author"); HTML's ``<del>``/``<s>``/``<strike>`` (which Markdown passes
through, and which HackMD, Notion and GitHub render as strike-through) and LaTeX's ``\sout``/``\xout``
(ulem) and ``\st`` (soul) were not: a wrong formula a student crossed out and rewrote was FAILED.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

STRUCK = "struck out by the author"
MD = r"""
```verify
x: real
```
First try: {open}$(x + 1)^2 = x^2 + 1${close}; fixed: $(x + 1)^2 = x^2 + 2x + 1$ holds.
"""


def test_markdown_strikethrough_withdraws_an_inline_formula() -> None:
    # the behaviour the HTML tags now share
    assert [s.verdict for s in doc_steps(MD.format(open="~~", close="~~"))] == [Verdict.PROVED]


@pytest.mark.parametrize("tag", ["del", "s", "strike", "DEL"])
def test_an_html_struck_inline_formula_is_withdrawn(tag: str) -> None:
    got = doc_steps(MD.format(open=f"<{tag}>", close=f"</{tag}>"))
    assert [s.verdict for s in got] == [Verdict.PROVED]


def test_other_html_tags_strike_nothing() -> None:
    got = doc_steps(MD.format(open="<em>", close="</em>"))
    assert [s.verdict for s in got] == [Verdict.FAILED, Verdict.PROVED]


TEX = r"""
\documentclass{{article}}
\usepackage{{ulem,soul}}
{preamble}
\begin{{document}}
For real $x$, first try: {open}$(x + 1)^2 = x^2 + 1${close}, then $(x + 1)^2 = x^2 + 2x + 1$ holds.
\end{{document}}
"""


@pytest.mark.parametrize("macro", ["sout", "xout", "st"])
def test_a_latex_struck_inline_formula_is_withdrawn(macro: str) -> None:
    got = doc_steps(TEX.format(preamble="", open=rf"\{macro}{{", close="}"), path="t.tex")
    assert [s.verdict for s in got] == [Verdict.PROVED]


def test_a_notes_own_st_strikes_nothing() -> None:
    # \st defined by the notes ("such that" and the like) is theirs, not soul's strike-through
    got = doc_steps(TEX.format(preamble=r"\newcommand{\st}[1]{#1}", open=r"\st{", close="}"), path="t.tex")
    assert [s.verdict for s in got] == [Verdict.SKIPPED, Verdict.PROVED]  # read, and not an identity
    assert "undeclared" in got[0].message


def test_a_latex_struck_display_is_withdrawn() -> None:
    got = doc_steps(
        r"""
        \documentclass{article}
        \usepackage{ulem}
        \begin{document}
        For real $x$: \sout{\[ (x + 1)^2 = x^2 + 1 \]}
        \end{document}
        """,
        path="t.tex",
    )
    assert [(s.verdict, s.message) for s in got] == [(Verdict.SKIPPED, STRUCK)]
