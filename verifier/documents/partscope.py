r"""How far a fact the prose states reaches across the notes' parts: the same part, the setup of an enclosing
part, or another part.

Courses write two ways. A homework states its setup at the top of a problem ("The labels are $y_i \in \{-1,
+1\}$") and its parts (a), (b), … share it; a part's own words ("(a) Show that for ±1 labels …") are that part's.
A lecture's sections each restate what they use: a fact said under one heading is not said under a sibling
heading. So a fact stated at line ``s`` holds at line ``c`` (``s <= c``) as:

* ``SAME``: no part starts between them;
* ``SETUP``: it is stated in the text of a part before any of its sub-parts start, and ``c`` is inside that part
  (every part start between them is deeper: a sub-heading, an enumerated part, an ``\item``);
* ``SETUP`` too: it is stated under a heading that announces a setup ("# Setup", "## Notation",
  "## Preliminaries") and ``c`` is in a later section of the same or a deeper level;
* ``OTHER``: anything else — a sibling part, an earlier section.

Part starts and their depth: a heading (``#`` … ``######`` 1–6, ``\chapter`` 1, ``\section`` 2, …), then a
problem named in the text ("Problem 2", "**Exercise 3.**", "Question 1:", "**Q2.**", "**2.**",
``\paragraph{Problem 2}``, ``\begin{problem}``) 7, then an enumerated part
("(b)", "Part (c)", ``\item``, "2)") and a paragraph opening "Now consider …" / "Next, consider …" 8: a new
setting within the problem. The notes' first line before any part start is depth 0: it encloses everything.

This module owns that relation (:func:`relation`), a new problem between two lines (:func:`across_problems`) and
the example a line is in (:func:`example_start`); the readings it bounds (documents.signlabels,
documents.familyorientation) decide what each outcome means for their fact.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from verifier.documents.headings import heading_level
from verifier.documents.linesmemo import by_lines

__all__ = ["OTHER", "SAME", "SETUP", "across_problems", "example_start", "part_start", "relation"]

SAME, SETUP, OTHER = "same", "setup", "other"

_PROBLEM = re.compile(r"^\s*(?:\\noindent\s*)?(?:\*\*|__|\\textbf\s*\{|\\(?:sub)?paragraph\*?\s*\{)?\s*(?:(?:Problem|"
                      r"Exercise|Question|Task)\s+\d+[a-z]?\b|Q\d+[a-z]?(?:\*\*|__|\}|[.:)]|\s))"
                      r"|^\s*(?:\*\*|\\textbf\s*\{)\s*\d{1,2}[.)]?\s*(?:\*\*|\})"  # "**2.**", "\textbf{2.}"
                      r"|^\s*\\begin\s*\{(?:problem|exercise|question)\*?\}", re.IGNORECASE)
_ENUMERATED = re.compile(
    r"^\s*(?:\\item\b|(?:\\noindent\s*|\\textbf\s*\{\s*|\*\*)*(?:Part\s+)?\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)[\s.:*}]"
    r"|(?:\*\*|\\textbf\s*\{)?\s*Part\s+\(?[a-z0-9]{1,3}\)?[.:*}\s])",
    re.IGNORECASE,
)
# a heading that announces the setup of what follows: "# Setup", "## Notation and conventions", "## Preliminaries"
_SETUP_TITLE = re.compile(r"\b(?:set\s*-?\s*up|notation|preliminar(?:y|ies)|conventions?|background|definitions|"
                          r"problem\s+statement)\b", re.IGNORECASE)
_NOW = re.compile(r"^\s*(?:Now|Next)\s*,?\s+(?:we\s+)?(?:consider|turn\s+to|look\s+at)\b", re.IGNORECASE)


def _depth(lines: Sequence[str], k: int) -> int | None:
    """The depth of the part starting at 0-based line ``k`` (see the module docstring), None for no part start."""
    row = lines[k]
    if (level := heading_level(row)) is not None:
        return level
    if _PROBLEM.match(row):
        return 7
    if _ENUMERATED.match(row):
        return 8
    if _NOW.match(row) and (k == 0 or not lines[k - 1].strip()):
        return 8
    return None


@functools.lru_cache(maxsize=8)
def _starts(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The 1-based lines where parts start in ``text``, and their depths."""
    lines = text.split("\n")
    found = [(k + 1, d) for k in range(len(lines)) if (d := _depth(lines, k)) is not None]
    return tuple(ln for ln, _ in found), tuple(d for _, d in found)


def _starts_of(rows: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return _starts("\n".join(rows))


#: :func:`_starts` of the lines joined, remembered by the list's identity (documents.linesmemo): the readings ask
#: for every chain, name and line of the same notes' lines (docsubscripts, familyorientation, signlabels), and
#: joining them into one text (then hashing it for the cache) cost more than the answer (docspeed20)
_parts = by_lines(_starts_of)


@functools.lru_cache(maxsize=8)
def _example_marks(rows: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """The 0-based lines of ``rows`` where :func:`example_start`'s walk up stops, and whether each starts an example
    (True) or ends the search (an ``\\end{example}`` or a heading that is no example's: False)."""
    at, opens = [], []
    for k, row in enumerate(rows):
        if _EXAMPLE.match(row):
            at.append(k)
            opens.append(True)
        elif _EXAMPLE_END.search(row) or heading_level(row) is not None:
            at.append(k)
            opens.append(False)
    return tuple(at), tuple(opens)


_examples = by_lines(_example_marks)


def _between(starts: tuple[int, ...], depths: tuple[int, ...], lo: int, hi: int) -> tuple[int, ...]:
    """The depths of the parts that start at a line ``ln`` with ``lo < ln <= hi`` (``starts`` ascend)."""
    return depths[bisect.bisect_right(starts, lo) : bisect.bisect_right(starts, hi)]


def part_start(lines: Sequence[str], line: int) -> tuple[int, int]:
    """The 1-based line where the part holding ``line`` starts, and its depth ((1, 0) before any part)."""
    starts, depths = _parts(lines)
    k = bisect.bisect_right(starts, line) - 1
    return (starts[k], depths[k]) if k >= 0 else (1, 0)


def relation(lines: Sequence[str], stated: int, at: int) -> str:
    """How a fact stated at 1-based line ``stated`` reaches line ``at``: SAME, SETUP or OTHER (module
    docstring). A fact stated after ``at`` (on the line after a display: "…, since $y_i^2 = 1$") is SAME when no
    part starts between them."""
    starts, depths = _parts(lines)
    lo, hi = sorted((stated, at))
    between = _between(starts, depths, lo, hi)
    if not between:
        return SAME
    if stated > at:
        return OTHER
    first, own = part_start(lines, stated)
    if own < 8 and all(d > own for d in between):
        return SETUP
    if 0 < own <= 6 and _SETUP_TITLE.search(lines[first - 1]) and all(d >= own for d in between):
        return SETUP  # "# Setup", "## Notation": a section that sets up the sections after it
    return OTHER


# a heading that names a problem of its own: "## Problem 2", "### Exercise 3", "# Q4"
_PROBLEM_HEADING = re.compile(r"(?:#{1,6}\s+|\\(?:sub)*section\*?\s*\{\s*)(?:\*\*)?\s*"
                              r"(?:(?:Problem|Exercise|Question|Task)\s+\d+|Q\d+)\b", re.IGNORECASE)


def across_problems(lines: Sequence[str], a: int, b: int) -> bool:
    """Does a new problem start between the 1-based lines ``a`` and ``b`` ("**Q2.**", "Problem 3", "## Exercise
    4")? A homework's problems name their own quantities: the x of one is not the x of the next, while the
    sections of a lecture and the parts (a), (b) of one problem share their notation."""
    lo, hi = sorted((a, b))
    starts, depths = _parts(lines)
    first, last = bisect.bisect_right(starts, lo), bisect.bisect_right(starts, hi)
    return any(depths[k] == 7 or _PROBLEM_HEADING.match(lines[starts[k] - 1].lstrip()) for k in range(first, last))


# an example's own part: ``\begin{example}``, "## Example 2", "**Example 3.**", "Example 1:" opening a line
_EXAMPLE = re.compile(r"^\s*(?:\\begin\s*\{example\*?\}|(?:#{1,6}\s+|\*\*|__|\\textbf\s*\{|\\(?:sub)*section\*?\s*"
                      r"\{|\\paragraph\*?\s*\{)?\s*Example\b)", re.IGNORECASE)
_EXAMPLE_END = re.compile(r"\\end\s*\{example\*?\}")


def example_start(lines: Sequence[str], line: int) -> int | None:
    """The 1-based line where the example holding ``line`` starts ("**Example 2.**", "## Example",
    ``\\begin{example}``), None where it is in none (a heading that is no example's, or an ``\\end{example}``,
    comes first)."""
    top = min(line, len(lines)) - 1  # the walk up from here to the first line (docspeed72: once per list)
    if top < 0:
        return None
    at, opens = _examples(lines)
    k = bisect.bisect_right(at, top) - 1
    return at[k] + 1 if k >= 0 and opens[k] else None
