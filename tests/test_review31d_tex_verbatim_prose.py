r"""A LaTeX note's verbatim text is not the notes' prose (review31d): "write ``\begin{verbatim}Let \(y = 3x\).
\end{verbatim}``" shows how to typeset a definition and defines nothing, yet the prose readings learned y := 3x
from it (the ``$`` or ``\(`` of a verbatim environment or ``\verb``), and ``\frac{dy}{dx} = 3`` was PROVED for
a y the notes never define. Markdown code is kept from them (documents.codeprose); LaTeX verbatim now is too.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

NOTES = r"""
\documentclass{article}
\begin{document}
To typeset a definition, write
SHOWN
Then
\[ \frac{dy}{dx} = 3 \]
\end{document}
"""


@pytest.mark.parametrize("shown", [
    "\\begin{verbatim}\nLet \\(y = 3x\\).\n\\end{verbatim}",
    "\\begin{verbatim}\nLet $y = 3x$.\n\\end{verbatim}",
    "\\begin{lstlisting}\nLet $y = 3x$.\n\\end{lstlisting}",
    "\\verb|Let \\(y = 3x\\).| in the source.",
    "\\verb+Let $y = 3x$.+ in the source.",
])  # fmt: skip
def test_a_definition_shown_verbatim_is_not_learned(shown: str) -> None:
    r = doc_steps(NOTES.replace("SHOWN", shown), "notes.tex")[-1]
    assert r.verdict.value not in ("PROVED", "PASSED"), r.message


def test_a_definition_in_the_prose_is_still_learned() -> None:
    r = doc_steps(NOTES.replace("SHOWN", "Let \\(y = 3x\\)."), "notes.tex")[-1]
    assert r.verdict.value in ("PROVED", "PASSED"), r.message


def test_without_tex_verbatim_keeps_lines_and_columns() -> None:
    from verifier.documents.codeprose import without_tex_verbatim

    text = "a \\verb|$x$| b\n\\begin{verbatim}\n$y = 1$\n\\end{verbatim}\n$z = 2$\n"
    out = without_tex_verbatim(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert "$x$" not in out and "$y = 1$" not in out and "$z = 2$" in out
