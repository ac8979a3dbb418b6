r"""Where a summation convention the prose declares holds: its section, or the whole notes.

"In this section we use the Einstein summation convention" under one heading was read for the whole notes
(the reader's ``einstein``, one flag): a step of a later section that sums nothing was read with its
repeated indices summed — ``\frac{\partial}{\partial w_k}(w_i x_i) = x_k`` PROVED in a section that writes
its sums out, where it holds only at i = k. This module owns the lines each declaration holds on
(:func:`convention_spans`): the section it is made in, from that section's heading to the next heading of
the same or a higher level (:mod:`verifier.documents.headings`); the whole notes for one made before any
heading or under the notes' title (a level-1 section runs to the next level-1 heading), for one whose
sentence says it holds throughout ("throughout", "in these notes", "in what follows", "from now on"), and
for notes written in index notation without any ∑ (explicitsums.index_notation). The reader's ``einstein``
is then the flag at the line being read (:class:`EinsteinScope`)."""

from __future__ import annotations

import functools
import re

from verifier.documents.explicitsums import convention_mentions, index_notation
from verifier.documents.headings import heading_level, heading_lines

__all__ = ["EinsteinScope", "convention_spans"]

# the notes say the convention holds beyond the section it is declared in
_THROUGHOUT = re.compile(
    r"\b(?:throughout|everywhere|hereafter|henceforth|from\s+now\s+on|(?:for|in)\s+the\s+rest|in\s+what\s+follows"
    r"|(?:in|for)\s+(?:all\s+of\s+)?(?:these|the(?:se)?\s+whole|this|the)\s+(?:notes|document|book|course|text|"
    r"tutorial|post|article|lecture|handout)|in\s+all\s+(?:sections|that\s+follows))\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_LAST = 1 << 30


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``text[start:end]``."""
    before = text[max(0, start - 300) : start]
    ends = list(_SENTENCE_END.finditer(before))
    after = text[end : end + 300]
    stop = _SENTENCE_END.search(after)
    return (before[ends[-1].end() :] if ends else before) + text[start:end] + (after[: stop.start()] if stop else after)


@functools.lru_cache(maxsize=8)
def convention_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (first, last) 1-based lines on which a summation convention the prose declares holds (module
    docstring); () where the prose declares none."""
    if index_notation(text):
        return ((1, _LAST),)
    lines = text.split("\n")
    heads = heading_lines(text)[:-1]  # 0-based heading lines
    spans: list[tuple[int, int]] = []
    for start, end in convention_mentions(text):
        at = text.count("\n", 0, start)  # 0-based line of the declaration
        own = [k for k in heads if k <= at]
        if not own or _THROUGHOUT.search(_sentence(text, start, end)):
            spans.append((1, _LAST))
            continue
        level = heading_level(lines[own[-1]]) or 1
        closing = [k for k in heads if k > own[-1] and (heading_level(lines[k]) or 1) <= level]
        spans.append((own[-1] + 1, closing[0] if closing else _LAST))  # the closing heading's line is outside
    return tuple(spans)


class EinsteinScope:
    """The reader's ``einstein``: does a summation convention the prose declares hold at the line being read
    (``reading_line``; anywhere in the notes before any line is read)?"""

    text: str
    reading_line: int

    @property
    def einstein(self) -> bool:
        spans = convention_spans(self.text)
        line = getattr(self, "reading_line", 0)
        return any(a <= line <= b for a, b in spans) if line else bool(spans)
