r"""Where an inline claim is written in its line, and the prose around it there.

"For symmetric $A$, $\nabla f(x) = 2Ax$, but in general $\nabla f(x) = (A + A^T)x$": two claims of one line
may be written alike (the same first member, even the same formula), yet the prose before each differs and
decides what it is claimed under. The reader used to find a claim in its line by searching the line for its
first member, some places for the first occurrence and some for the last, so one claim could be read under
the other's prose (a wrong general formula PROVED "with A symmetric", a right one FAILED). Every source now
says where it wrote each inline formula (:class:`verifier.latex.document.Place`: the Markdown reader from
markdown-it's token map and the ``$`` it finds the content between, the LaTeX walker from pylatexenc's node
positions, a notebook per cell), and this module is the one that answers, from that place:

* :func:`claim_span`: the claim's span in its line (from its opening delimiter to just past its closing one);
* :func:`before_claim` / :func:`after_claim`: the text of its line before it / after it.

The reader's lines are the document with its macros expanded, so a macro written before the claim on its
line moves it: the place is trusted where its line opens a formula there that starts as the claim's first
member does, and otherwise the occurrence of that member nearest to it is taken. Only a chain without a
place (a source that gives no positions) is found by searching the line, as before: ``occurrence`` says
which of several (each caller keeps the search it had).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol

from verifier.latex.document import Place

__all__ = ["Written", "after_claim", "before_claim", "claim_span"]

_SPACE = re.compile(r"\s+")
_OPENERS = ("$", "\\(")


class _HasLatex(Protocol):
    @property
    def latex(self) -> str: ...


class Written(Protocol):
    """A chain as the reader knows it (a latex ``Chain`` or a documents ``_Chain``): its line, place and members."""

    @property
    def line(self) -> int: ...

    @property
    def place(self) -> Place | None: ...

    @property
    def members(self) -> Sequence[_HasLatex]: ...


def _squeezed(text: str) -> str:
    return _SPACE.sub("", text)


def _opens_here(line: str, column: int, first: str) -> bool:
    """Does ``line`` open a formula at ``column`` whose content starts as ``first`` does (spaces aside)?"""
    for opener in _OPENERS:
        if line.startswith(opener, column):
            body = _squeezed(line[column + len(opener) :])
            head = _squeezed(first)[:8]
            return body.startswith(head) if head else True
    return False


def _opening_before(line: str, at: int) -> int:
    """The column of the delimiter that opens the formula whose content starts at ``at`` (``at`` itself when
    none is written right before it)."""
    k = at
    while k > 0 and line[k - 1] in " \t":
        k -= 1
    if line.startswith("\\(", k - 2):
        return k - 2
    return k - 1 if k > 0 and line[k - 1] == "$" else at


def _closing_after(line: str, last: str, start: int) -> int | None:
    """Just past the ``$`` (or ``\\)``) that closes the formula whose last member ``last`` follows ``start``."""
    tail = last.strip()[-12:]
    end = line.find(tail, start) if tail else -1
    if end < 0:
        return None
    closes = [c for c in (line.find("$", end + len(tail)), line.find("\\)", end + len(tail))) if c >= 0]
    if not closes:
        return None
    close = min(closes)
    return close + (2 if line.startswith("\\)", close) else 1)


def claim_span(line: str, chain: Written, occurrence: Literal["first", "last"] = "first"
               ) -> tuple[int, int | None] | None:  # fmt: skip
    """(column of its opening delimiter, column just past its closing one) of the inline claim ``chain`` in
    ``line`` (its first line, as the reader has it); the end is None where the claim goes on to a later line
    or its closing delimiter is not found. None where the claim is not found in the line."""
    if not chain.members:
        return None
    first, last = chain.members[0].latex.strip(), chain.members[-1].latex.strip()
    place = chain.place
    if place is not None:
        start = place.column
        shift = 0
        if not _opens_here(line, start, first):  # the line's macros expanded before it: the nearest occurrence
            found = [m.start() for m in re.finditer(re.escape(first), line)] if first else []
            if not found:
                return (start, _end(line, place, chain.line, 0, last, start)) if start <= len(line) else None
            at = min(found, key=lambda k: abs(k - start))
            shift = _opening_before(line, at) - start
            start += shift
        return start, _end(line, place, chain.line, shift, last, start)
    # no place: search the line for the first member as each caller did, where a formula opens with it first
    # (a short member, "r", is found in any word)
    opened = [m.end() - len(first) for m in re.finditer(r"(?:\$|\\\()\s*" + re.escape(first), line)] if first else []
    if opened:
        at = opened[0] if occurrence == "first" else opened[-1]
    else:
        at = line.find(first[:12]) if occurrence == "first" else line.rfind(first)
    if at < 0 or not first:
        return None
    start = _opening_before(line, at)
    return start, _closing_after(line, last, at)


def _end(line: str, place: Place, line_no: int, shift: int, last: str, start: int) -> int | None:
    """Just past the claim's closing delimiter in ``line`` (its place's, moved by ``shift`` when its start
    was), or None where it closes on a later line."""
    if place.end_line != line_no:
        return None
    end = place.end_column + shift
    if 0 < end <= len(line) and line[end - 1] in "$)":
        return end
    return _closing_after(line, last, start)


def before_claim(line: str, chain: Written, occurrence: Literal["first", "last"] = "first") -> str | None:
    """The text of ``line`` before the inline claim ``chain`` (up to its opening delimiter), or None where the
    claim is not found in it."""
    span = claim_span(line, chain, occurrence)
    return line[: span[0]] if span is not None else None


def after_claim(line: str, chain: Written, occurrence: Literal["first", "last"] = "first") -> str | None:
    """The text of ``line`` after the inline claim ``chain`` (from just past its closing delimiter), or None
    where its end is not on this line."""
    span = claim_span(line, chain, occurrence)
    return line[span[1] :] if span is not None and span[1] is not None else None
