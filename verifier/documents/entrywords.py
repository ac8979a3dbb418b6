r"""Where the prose names a sample's entries: "each sample $x_i \in \mathbb{R}^d$ has entries $x_{ij}$".

Notes that number their samples with one subscript (``x_i``, or bold ``\mathbf{x}_i``) and write their entries
with two say in words which subscript is the sample's: "has entries $x_{ij}$", "with components $x_{ij}$",
"$x_{ji}$ is its $j$-th feature". That sentence fixes the orientation of the data for the whole notes: x_{ij}
entry j of sample i (the sample a row of the matrix of entries), or, written ``x_{ji}``, entry j of sample i
as a column. Without it a step that writes the entries the other way round oriented the family itself and was
PROVED (wrong67 left it; documents.familyorientation, documents.sampleentries).

This module owns reading that sentence: :func:`entry_statements` gives, for each letter, the slot the prose
names its sample's index in, with the words that say it. A sentence that names no sample of the letter, or
whose entry shares no subscript (or both) with the sample, says nothing.
"""

from __future__ import annotations

import functools
import re

from verifier.documents.sentences import MARK_SPACE

__all__ = ["entry_statements"]

_MATH = re.compile(r"(?<![\\$])\$([^$]+)\$")
# the whole inline formula is one entry: x_{ij}, x_{i,j}, x_{ij} \in \mathbb{R}
_ENTRY = re.compile(r"^\s*([a-z])\s*_\s*\{\s*([a-z])\s*,?\s*([a-z])\s*\}\s*(?:\\in\s*\\mathbb\s*\{?R\}?\s*)?$")
_WORDS = r"(?:entries|entry|components?|coordinates?|features?|elements?)"
# "has entries $x_{ij}$", "with components", "whose entries are", "the features"
_BEFORE = re.compile(r"\b" + _WORDS + r"\s*(?:are\s+|is\s+|denoted\s+(?:by\s+)?|written\s+)?$", re.IGNORECASE)
# "$x_{ij}$ is its $j$-th entry", "$x_{ij}$ denotes the j-th feature of", "$x_{ij}$, its entries"
_AFTER = re.compile(r"^\s*,?\s*(?:is|are|denotes?|for)?\s*(?:the\s+|its\s+|their\s+)?"
                    r"(?:\$[^$]*\$\s*-?\s*(?:th|st|nd|rd)\s+|[a-z]+-th\s+|[a-z]+\s+)?" + _WORDS + r"\b", re.IGNORECASE)


def _samples(sentence: str, letter: str) -> set[str]:
    """The one-letter subscripts a sentence writes ``letter``'s sample with (``x_i``, ``\\mathbf{x}_i``)."""
    out: set[str] = set()
    for m in _MATH.finditer(sentence):
        body = m.group(1)
        plain = r"(?<![\\A-Za-z])" + letter + r"\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))(?![A-Za-z0-9])"
        bold = r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*" + letter + r"\s*\}\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))(?![A-Za-z])"
        for pattern in (plain, bold):
            out |= {g.group(1) or g.group(2) for g in re.finditer(pattern, body)}
    return out


@functools.lru_cache(maxsize=16)
def entry_statements(text: str) -> tuple[tuple[str, str, int, str], ...]:
    r"""Each sentence of ``text`` that names a sample's entries in words: (letter, "row" or "column", offset,
    the words). "row": the entry's first subscript is the sample's (``x_i`` … entries ``x_{ij}``); "column":
    its second (``x_i`` … entries ``x_{ji}``)."""
    out: list[tuple[str, str, int, str]] = []
    for m in _MATH.finditer(text):
        entry = _ENTRY.match(m.group(1))
        if entry is None:
            continue
        before = _BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        after = _AFTER.match(text[m.end() : m.end() + 40])
        if before is None and after is None:
            continue
        letter, first, second = entry.groups()
        if first == second:
            continue
        start = max(0, m.start() - 240)
        head = MARK_SPACE.split(text[start : m.start()])[-1]
        tail = MARK_SPACE.split(text[m.end() : m.end() + 240])[0]
        samples = _samples(head + " " + tail, letter)
        if len(samples) != 1:
            continue
        (index,) = samples
        if index not in (first, second):
            continue
        slot = "row" if index == first else "column"
        shown = " ".join((head + m.group(0) + tail).split())
        out.append((letter, slot, m.start(), shown[:120]))
    return tuple(out)
