r"""``bias $= -1/3$``: an inline formula that opens with ``=`` right after a word names that word's value.

Inline formulas that start with a relation continue the prose's previous inline chain (``$a = b$, so
$= c$``), however far back it ends. Notes that list worked values write "bias $= −2/(5 + 1) = −1/3$,
variance $= 5/36$": the left member is the word before the formula, outside the math, and read as a
continuation the values joined a derivative five lines up (``… = 2S(λw² − σ²)/(S + λ)³ = −1/3 = 5/36``) and
``−1/3 = 5/36`` was FAILED on a correct note (fresh55). This module owns telling them apart: after a word
that is no linking word (``to``, ``is``, ``gives``, ``which`` …) the formula starts a chain of its own,
whose links the reader checks as it checks the prose's arithmetic (:mod:`verifier.documents.inlineclaims`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.latex import MathBlock

__all__ = ["named_segments", "names_its_value"]

_WORD_BEFORE = re.compile(r"(?<![\\$])\b([A-Za-z]{2,})\s*$")
_RELATION_FIRST = re.compile(r"\s*(?:=|\\approx\b|≈)")
# words after which "$= …$" goes on with what came before: a verb, a preposition, a connective
_LINKING = frozenset(
    "to is are was were be being been gives give gave get gets got becomes become became yields yield equals "
    "equal so then thus hence therefore and or which that this it we also further again finally now here "
    "reads read simplifies simplify expands expand reduces reduce giving getting obtaining leaving as of".split()
)


def names_its_value(block: MathBlock, lines: Sequence[str]) -> bool:
    """Does the inline ``block`` open with a relation right after a word that is no linking word?"""
    if not block.inline or block.place is None or not _RELATION_FIRST.match(block.text):
        return False
    if not 0 < block.line <= len(lines):
        return False
    m = _WORD_BEFORE.search(lines[block.line - 1][: block.place.column])
    return m is not None and m.group(1).lower() not in _LINKING


def named_segments(blocks: Sequence[MathBlock], lines: Sequence[str]) -> list[tuple[list[MathBlock], bool]]:
    """``blocks`` cut before each block that names its value: (a run of blocks, whether it opens so)."""
    out: list[tuple[list[MathBlock], bool]] = []
    for b in blocks:
        named = names_its_value(b, lines)
        if named or not out:
            out.append(([b], named))
        else:
            out[-1][0].append(b)
    return out
