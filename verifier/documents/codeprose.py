r"""Code in a Markdown note, kept away from the prose readings.

The prose readings (definitions, annotations, conditions, sizes: :mod:`verifier.documents.definitions` and
the others that scan the notes' text for ``$ … $``) read the whole text of a note. Code is in it too, and
code writes ``$``: R's ``knitr::opts_chunk$set(…)`` in an R Markdown setup chunk, ``df$col`` in a code
span, ``$HOME`` in a shell line. Such a ``$`` paired with the ``$`` of the first formula after it, and
that formula — ``$s_k = \frac{e^{z_k}}{\sum_j e^{z_j}}$`` — was never learned. The Markdown source finds
the code (markdown-it's fence and code-block tokens, :mod:`verifier.documents.sources`); this module owns
blanking it for the prose readings: the lines of each code block and every inline code span become spaces,
so every other line and column stays where the notes have it. A LaTeX note's verbatim text (a
``verbatim``/``lstlisting``/``minted`` environment, ``\\verb|…|``) is code the same way
(:func:`without_tex_verbatim`): ``\\begin{verbatim}Let \\(y = 3x\\).\\end{verbatim}`` shows how to typeset a
definition and defines nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CODE_SPAN", "without_code", "without_tex_verbatim"]

# a code span: a run of backticks, then anything up to the same run (CommonMark), on one line (a fence's
# opening line, ```verify, has no closing run on it)
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)([^`\n]+?)(?<!`)\1(?!`)")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def without_code(text: str, blocks: Iterable[tuple[int, int]]) -> str:
    """``text`` with the lines ``[start, end)`` (0-based) of each code block in ``blocks`` and every code span
    blanked: the same length, the same lines and columns."""
    lines = text.split("\n")
    for start, end in blocks:
        for k in range(max(start, 0), min(end, len(lines))):
            lines[k] = " " * len(lines[k])
    out = "\n".join(lines)
    if "`" not in out:
        return out
    return CODE_SPAN.sub(lambda m: _blank(m.group(0)), out)


_TEX_VERBATIM = re.compile(
    r"\\begin\s*\{(?P<env>verbatim\*?|Verbatim|BVerbatim|lstlisting|minted|alltt|comment)\}.*?\\end\s*\{(?P=env)\}"
    r"|\\verb\*?(?P<delim>[^A-Za-z\s*])[^\n]*?(?P=delim)",
    re.DOTALL,
)


def without_tex_verbatim(text: str) -> str:
    """``text`` (a LaTeX note) with each verbatim environment and ``\\verb`` blanked: the same length, the same
    lines and columns."""
    if "\\verb" not in text and "\\begin" not in text:
        return text
    return _TEX_VERBATIM.sub(lambda m: _blank(m.group(0)), text)
