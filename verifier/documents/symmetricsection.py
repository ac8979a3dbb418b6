r"""A symmetry the prose states of a name holds in its section, until the name is given new meaning.

documents.meanings takes a symmetric matrix from the prose just before a chain (a few lines, the display's own
sentence); "The weights are symmetric, $w_{ij} = w_{ji}$" then, three displays on, ``\sum_{i,j} w_{ij} x_i y_j =
\sum_{i,j} w_{ij} x_j y_i`` FAILED (review39, a false alarm): the statement was out of that window. A stated
property of a name is a hypothesis of the section it is stated in, as a stated value is (documents.valuescope).
This module owns that wider reach, asked by meanings only where the window finds nothing:

* the statement is one :func:`verifier.documents.symmetricprose.symmetric_in` reads, in the notes above the
  chain, in a section that has not ended there (a heading of its level or higher closes it, as for the window);
* the chain writes every name it reads so;
* nothing after the statement gives the name new meaning: ``$W = …$`` or ``$w_{ij} = …$`` written again,
  "let $W$ …", or a later sentence that leaves the symmetric case ("for a general square matrix", "arbitrary",
  "not symmetric"), whatever it names, ends the reach;
* a display's own condition ("$$…$$ which holds when $A$ is symmetric") is that display's, not a statement
  (documents.hypothetical.without_display_conditions, as for the window).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from verifier.documents.headings import heading_level
from verifier.documents.hypothetical import without_display_conditions
from verifier.documents.symmetricprose import symmetric_in, writes_names

__all__ = ["symmetric_in_section"]

_RENEWED_WORDS = re.compile(r"\b(?:any|instead|now\s+let|let|consider|redefine)\b", re.IGNORECASE)
# "For a general square matrix the same formula reads": a later sentence that leaves the symmetric case, whatever
# it names (trust15)
_GENERAL = re.compile(r"\b(?:general|arbitrary|asymmetric|non-?symmetric|not\s+(?:necessarily\s+)?symmetric)\b",
                      re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")


def _renewed(after: str, name: str) -> bool:
    """Does ``after`` (the notes after the statement's sentence) give ``name`` new meaning?"""
    letter = r"\\?" + re.escape(name) + r"(?![A-Za-z])"
    bold = r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?"
    if re.search(r"\$\s*" + bold + letter + r"\s*\}?\s*(?:_\s*(?:\{[^{}$]*\}|[A-Za-z0-9]))?\s*:?=", after):
        return True
    for sentence in _SENTENCE.split(after):
        if _GENERAL.search(re.sub(r"\$[^$]*\$", " ", sentence)):
            return True
        if re.search(r"\$[^$]*?(?<![A-Za-z\\])" + letter + r"[^$]*\$", sentence) and _RENEWED_WORDS.search(
                re.sub(r"\$[^$]*\$", " ", sentence)):
            return True
    return False


def symmetric_in_section(lines: Sequence[str], upto: int, latexes: list[str]) -> tuple[set[str], int] | None:
    """The names the notes' ``lines`` before ``upto`` (0-based, the chain's first line) state symmetric in the
    section the chain is in, that ``latexes`` (its members) write and nothing after the statement renews; with
    the 0-based line of the statement. None if there are none."""
    prose, said = _stated("\n".join(lines[:upto]))  # "$$…$$ which holds when $A$ is symmetric": not a statement
    if not said or not writes_names(set(said[0]), latexes):
        return None
    line = prose[: said[1]].count("\n")
    if any(heading_level(row) is not None and heading_level(row) <= _level_of(lines, line) for row in
           lines[line + 1 : upto]):  # fmt: skip
        return None
    end = _SENTENCE.search(prose, said[1])
    after = prose[end.end() :] if end else ""
    if any(_renewed(after, n) for n in said[0]):
        return None
    return set(said[0]), line


@functools.lru_cache(maxsize=8)
def _stated(text: str) -> tuple[str, tuple[frozenset[str], int] | None]:
    """The notes above a chain without the displays' own conditions ("$$…$$ which holds when $A$ is symmetric"),
    and what they state symmetric (symmetricprose.symmetric_in): a function of that text, asked again by each
    reading of the chain (meanings' window, implied sums, the alternatives; speed41), so read once per text. A
    few texts kept: the readings of one chain ask one after another, and each text is a prefix of the notes."""
    prose = without_display_conditions(text)
    said = symmetric_in(prose)
    return prose, (frozenset(said[0]), said[1]) if said else None


def _level_of(lines: Sequence[str], line: int) -> int:
    """The level of the heading whose section holds ``line`` (a deep level where none is above: no heading
    closes it but one)."""
    return next((lv for row in reversed(lines[: line + 1]) if (lv := heading_level(row)) is not None), 99)
