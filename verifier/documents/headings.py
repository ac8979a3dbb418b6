r"""Where the notes' headings stand, and their levels.

Several readings hold only in a part of the notes: a dependence the prose states up to the next heading
(documents.dependence), iterate labels read per heading section (documents.iterates), a size order from
its heading to the next one of the same or a higher level (documents.sizeorder). This module owns what a
heading is — a Markdown ``#``…``######`` line, ``\chapter``, ``\section``, ``\subsection``, … — so they
all cut the notes at the same lines.
"""

from __future__ import annotations

import functools
import re

__all__ = ["after_heading", "heading_level", "heading_lines"]

# a heading: "## Title" (group 1: the hashes), "\section{" (group 2: the "sub"s, "" for a section), "\chapter{"
_HEADING = re.compile(r"^(?:(#{1,6})\s|\\((?:sub)*)section\*?\s*\{|\\chapter\*?\s*\{)")


def heading_level(row: str) -> int | None:
    r"""The level of the heading ``row`` (``#`` 1 … ``######`` 6; ``\chapter`` 1, ``\section`` 2, …), None
    if it is none."""
    m = _HEADING.match(row.lstrip())
    if m is None:
        return None
    if m.group(1):
        return len(m.group(1))
    return 1 if m.group(2) is None else 2 + len(m.group(2) or "") // 3


@functools.lru_cache(maxsize=8)
def heading_lines(text: str) -> tuple[int, ...]:
    """The 0-based line numbers of ``text``'s headings, then the number of its lines (split once per
    document: the readings ask for every definition and statement the reader learns)."""
    lines = text.split("\n")
    return (*(k for k, row in enumerate(lines) if heading_level(row) is not None), len(lines))


def after_heading(start: int, prose: str) -> tuple[int, str]:
    """The part of ``prose`` (whose first line is line ``start``) after its last heading, with the line it
    starts on: a case the prose names ("In the case $\\lambda = 0$", "For the special case $n = 1$") belongs
    to its own section, not to the first display of the next one (trust16). The heading line itself is kept:
    "## Case $i = j$" or "## For $x > 0$" states the case of its own section (review24g)."""
    lines = prose.split("\n")
    last = max((k for k, row in enumerate(lines) if heading_level(row) is not None), default=None)
    if last is None:
        return start, prose
    return start + last, "\n".join(lines[last:])

