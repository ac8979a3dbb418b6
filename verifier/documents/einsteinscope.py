r"""Where a summation convention the prose declares holds: the whole notes, or the section it names.

"In this section we use the Einstein summation convention" under one heading was read for the whole notes
(the reader's ``einstein``, one flag): a step of a later section that sums nothing was read with its
repeated indices summed — ``\frac{\partial}{\partial w_k}(w_i x_i) = x_k`` PROVED in a section that writes
its sums out, where it holds only at i = k. This module owns the lines each declaration holds on
(:func:`convention_spans`): a declaration whose sentence names its own part of the notes ("in this
section", "for this problem", "in this part", "for now") holds in that section, from its heading to the next
heading of the same or a higher level (:mod:`verifier.documents.headings`); any other holds in the whole
notes, as before — problem-set notes say "in Einstein notation the sum is implied" under "# 2.b" and go on
in that notation under "# 2.c" (a section-scoped default made their later steps "an implied sum?"), and so
do notes written in index notation without any ∑ (explicitsums.index_notation). The reader's ``einstein``
is the flag at the line being read (:class:`EinsteinScope`)."""

from __future__ import annotations

import functools
import re

from verifier.documents.explicitsums import convention_mentions, index_notation
from verifier.documents.headings import heading_level, heading_lines
from verifier.documents.sentences import SENTENCE_END as _SENTENCE_END

__all__ = ["EinsteinScope", "convention_spans"]

# the declaration names its own part of the notes: it holds there only
_LOCAL = re.compile(
    r"\b(?:in|for|within|throughout)\s+(?:this|the\s+present|the\s+current)\s+(?:sub)*(?:section|part|problem|"
    r"exercise|question|chapter|derivation|proof|example|paragraph)\b|\bfor\s+now\b",
    re.IGNORECASE,
)
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
        if not own or not _LOCAL.search(_sentence(text, start, end)):
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
