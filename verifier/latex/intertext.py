r"""Prose inside an ``align``: ``\intertext{…}`` and ``\shortintertext{…}`` (amsmath, mathtools).

A homework solution often comments between two rows of one ``align*`` ("\intertext{Differentiating
with respect to $\mu$,}"). That text is prose: it ends the row before it (amsmath starts a new row
after it even without ``\\``), it is no part of any member, and the row after it is a row of its
own — an equation that starts a chain, or a row that starts with ``&=`` and so continues the chain
the prose comments on. Read as math, the prose glued the two rows into one unreadable member
and hid every step around it.

This module owns finding those commands: :func:`as_row_breaks` turns each one into a row break of
the same length (so offsets and line numbers of the display stay what they were), and
:func:`prose_formulas` gives the inline formulas written in the prose (``$v(x) = e^{2x}$``), which
the notes' readers treat like any ``$…$`` of a sentence (a definition made there holds for the rows
after it).
"""

from __future__ import annotations

import re

from pylatexenc.latexwalker import LatexMathNode, LatexWalker, LatexWalkerError

from verifier.latex.braces import brace_end

__all__ = ["as_row_breaks", "prose_formulas"]

_COMMAND = re.compile(r"\\(?:short)?intertext\s*(?=\{)")


def _spans(text: str) -> list[tuple[int, int, int]]:
    r"""``(start, open brace, end)`` of each ``\intertext{…}`` whose braces close, in order."""
    out: list[tuple[int, int, int]] = []
    for m in _COMMAND.finditer(text):
        if out and m.start() < out[-1][2]:
            continue  # inside the argument of the previous one
        close = brace_end(text, m.end())
        if close >= 0:
            out.append((m.start(), m.end(), close + 1))
    return out


def as_row_breaks(text: str) -> str:
    r"""``text`` with every ``\intertext{…}`` replaced by ``\\`` and blanks (newlines kept)."""
    if "intertext" not in text:
        return text
    spans = _spans(text)
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, _, end in spans:
        parts.append(text[last:start])
        parts.append("\\\\" + "".join(c if c == "\n" else " " for c in text[start + 2 : end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def prose_formulas(text: str) -> list[tuple[int, str]]:
    r"""``(offset in text, formula)`` of each ``$…$`` / ``\(…\)`` inside an ``\intertext`` of ``text``."""
    if "intertext" not in text:
        return []
    out: list[tuple[int, str]] = []
    for _, open_brace, end in _spans(text):
        prose = text[open_brace + 1 : end - 1]
        try:
            nodes, _, _ = LatexWalker(prose, tolerant_parsing=True).get_latex_nodes()
        except LatexWalkerError:
            continue
        for n in nodes or []:
            if isinstance(n, LatexMathNode) and n.displaytype != "display":
                opening, closing = n.delimiters or ("$", "$")
                inner = prose[n.pos + len(opening) : n.pos + n.len - len(closing)]
                if inner.strip():
                    out.append((open_brace + 1 + n.pos, inner))
    return out
