r"""Two prices in one paragraph: ``$5 and a CPU hour $1``, text and not the start of a formula.

The dollar rules read prices as pandoc does (dialects23: ``allow_digits=False``, no closing ``$`` right
before a digit). But that rule only refuses the pair: the price ``$5`` is left, and the second ``$`` (``$1``)
became the opening of a formula closed by the next formula's opening ``$``, so in "a GPU hour costs $5 and a
CPU hour $1. Then $\frac{d}{dx} x^2 = 3x$" the formula was read as prose and its wrong step silently lost
(before dialects23 the two prices paired up as a formula of prose, and the step was read). :func:`price_pair`
is an inline rule of markdown-it, before the dollar rule: a ``$`` whose next ``$`` is right before a digit
starts a price, and the text up to and including that ``$`` is text, as the two prices are
(:mod:`verifier.documents.sources` adds it).

One price before a formula (redteam36): in "It costs $5. Then $\frac{d}{dx} x^2 = 3x$ here." the dollar rule
(``allow_space``, as MathJax reads it) paired the price's ``$`` with the formula's opening one, "5. Then " was
a formula of prose, and the step after it was lost without a report. A ``$`` before a digit whose next ``$``
has a space before it and a formula right after it (a letter or ``\``), with a word of prose between (three
letters, not a command), is a price: that ``$`` alone is text, and the formula is read. So is a price whose
next ``$`` opens a formula of numbers (redteam37): in "Each costs $3, so $2 \cdot 3 = 7$ in total." the two
``$`` before digits were two prices, and the wrong step was lost; a second ``$`` closed by the next one (no
space before it, no digit after it) with no word of prose between opens a formula (:func:`_opens_formula`).
"""

from __future__ import annotations

import re

from markdown_it.rules_inline import StateInline

__all__ = ["price_pair"]

_PROSE_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}\b")


def _escaped(src: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and src[k] == "\\":
        k -= 1
    return (pos - 1 - k) % 2 == 1


def price_pair(state: StateInline, silent: bool) -> bool:
    """A ``$`` at ``state.pos`` whose next unescaped ``$`` is a price's (a digit right after it): both are
    text, and the scan goes on after the second (module docstring)."""
    src, pos = state.src, state.pos
    if src[pos] != "$" or src.startswith("$$", pos) or (pos > 0 and src[pos - 1] == "$") or _escaped(src, pos):
        return False
    end = src.find("$", pos + 1)
    while end >= 0 and _escaped(src, end):
        end = src.find("$", end + 1)
    if end < 0 or end + 1 >= len(src):
        return False
    if not src[end + 1].isdigit():
        return _lone_price(state, end, silent)
    if _opens_formula(src, end):  # "costs $3, so $2 \cdot 3 = 7$": the second $ opens a formula (redteam37)
        if not silent:
            state.pending += "$"
        state.pos = pos + 1
        return True
    if not silent:
        state.pending += src[pos : end + 1]
    state.pos = end + 1
    return True


def _opens_formula(src: str, at: int) -> bool:
    r"""Does the ``$`` at ``at`` (a digit right after it) open a formula: the next unescaped ``$`` closes it (no
    space before it, no digit after it) and no word of prose stands between them (``$2 \cdot 3 = 7$``, not the
    price in "$5 for storage, and $n$")?"""
    close = src.find("$", at + 1)
    while close >= 0 and _escaped(src, close):
        close = src.find("$", close + 1)
    if close < 0 or src[close - 1].isspace() or src[close + 1 : close + 2].isdigit():
        return False
    return _PROSE_WORD.search(src[at + 1 : close]) is None


def _lone_price(state: StateInline, end: int, silent: bool) -> bool:
    """The ``$`` at ``state.pos`` a price whose next ``$`` (at ``end``) opens a formula (module docstring): the
    price's ``$`` is text, and the scan goes on after it."""
    src, pos = state.src, state.pos
    between = src[pos + 1 : end]
    opens = src[end + 1].isalpha() or src[end + 1] == "\\"
    if not (between[:1].isdigit() and between[-1:].isspace() and opens and _PROSE_WORD.search(between)):
        return False
    if not silent:
        state.pending += "$"
    state.pos = pos + 1
    return True
