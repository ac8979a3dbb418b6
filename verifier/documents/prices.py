r"""Two prices in one paragraph: ``$5 and a CPU hour $1``, text and not the start of a formula.

The dollar rules read prices as pandoc does (dialects23: ``allow_digits=False``, no closing ``$`` right
before a digit). But that rule only refuses the pair: the price ``$5`` is left, and the second ``$`` (``$1``)
became the opening of a formula closed by the next formula's opening ``$``, so in "a GPU hour costs $5 and a
CPU hour $1. Then $\frac{d}{dx} x^2 = 3x$" the formula was read as prose and its wrong step silently lost
(before dialects23 the two prices paired up as a formula of prose, and the step was read). :func:`price_pair`
is an inline rule of markdown-it, before the dollar rule: a ``$`` whose next ``$`` is right before a digit
starts a price, and the text up to and including that ``$`` is text, as the two prices are
(:mod:`verifier.documents.sources` adds it).

One price alone before a formula (review35b left it; rounding36): "costs $5. Then the derivative is
$\frac{d}{dx} x^2 = 3x$ here" paired the price's ``$`` with the formula's opening one (the dollar rule allows a
space before a closing ``$``), so "5. Then the derivative is " was the formula and the step was lost.
:func:`lone_price` makes a ``$`` right before a number (``$5``, ``$12.50``, ``$1,200``) text where the next
``$`` has a space before it and a formula's first character after — it opens a formula, it closes none. A
formula that opens with a digit and closes right after its last character (``$2x + 1$``), or with a space
before its closing ``$`` and prose after it (``$2x = 4 $, and``), is read as before.
"""

from __future__ import annotations

import re

from markdown_it.rules_inline import StateInline

__all__ = ["lone_price", "price_pair"]

# what a formula opens with (a letter, a command, a digit, a bracket, a sign), not prose after a closing $
_OPENS = re.compile(r"[A-Za-z0-9\\({\[|+-]")
_PRICE = re.compile(r"\$\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d.,]?\d)")


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
    if end < 0 or end + 1 >= len(src) or not src[end + 1].isdigit():
        return False
    if not silent:
        state.pending += src[pos : end + 1]
    state.pos = end + 1
    return True


def lone_price(state: StateInline, silent: bool) -> bool:
    """A ``$`` at ``state.pos`` before a number whose next unescaped ``$`` opens a formula (a space before it,
    none after): the price is text (module docstring)."""
    src, pos = state.src, state.pos
    if src[pos] != "$" or src.startswith("$$", pos) or (pos > 0 and src[pos - 1] == "$") or _escaped(src, pos):
        return False
    price = _PRICE.match(src, pos)
    if price is None:
        return False
    end = src.find("$", price.end())
    while end >= 0 and _escaped(src, end):
        end = src.find("$", end + 1)
    if end < 0 or not src[end - 1].isspace() or end + 1 >= len(src) or not _OPENS.match(src, end + 1):
        return False  # ("$2x = 4 $, and": a space before a closing $ the prose goes on after)
    if not silent:
        state.pending += src[pos : price.end()]
    state.pos = price.end()
    return True
