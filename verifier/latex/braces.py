"""Brace matching over raw LaTeX, shared by the chain splitter and the member tokenizer.

One scanner, so both agree on what a group is: ``\\{`` and ``\\}`` (any escaped character) are
skipped, and a group ends at the ``}`` that brings the depth back to zero.
"""

from __future__ import annotations

__all__ = ["brace_end"]


def brace_end(text: str, i: int, end: int | None = None) -> int:
    """Index of the ``}`` matching the ``{`` at ``i``, looking no further than ``end``; -1 if none."""
    depth = 0
    k = i
    n = len(text) if end is None else end
    while k < n:
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1
