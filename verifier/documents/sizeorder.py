r"""The order the prose states between two sizes: "with $n < d$", "where $d > n$".

Sizes the notes name (``X \in \mathbb{R}^{n \times d}``) get small distinct defaults in the order the
chain meets them (:mod:`verifier.documents.infer`): n = 3, d = 2, a tall X. Notes about the wide case
(more features than samples) say so with an inline inequality, and there ``X^T X`` (d × d, rank at most
n) is singular: a step that inverts it was PROVED at sizes the notes rule out, and the minimum-norm
solution ``X^T (X X^T)^{-1} y`` was checked where ``X X^T`` is the singular one.

This module owns that sentence: :func:`stated_orders` finds each inline formula that is two plain
names compared by ``<``, ``\le``, ``\ll`` (or the reverse, ``>``, ``\ge``, ``\gg``), not taken back by a
negation earlier in its sentence ("we do not assume $n < d$") and not asked ("Is $n < d$?"), and returns
(smaller, larger) with the section that states them (to the next heading of its level or higher). The
reader hands those that hold on a chain's line to inference as the convention :data:`ORDER`;
:func:`ordered_values` then moves the defaults of two inferred named sizes that contradict one (a
context's sizes are the context's, never moved). Words alone ("X is wide", "fewer samples than
features") say it without naming the sizes and are not read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.documents.headings import heading_level
from verifier.documents.linesmemo import by_lines
from verifier.documents.symmetricprose import NEGATION, sentence_before

__all__ = ["ORDER", "StatedOrder", "ordered_values", "orders_at", "section_of", "stated_orders"]

#: scope.conventions key: "n<d;m<k" (each pair: the smaller size, then the larger)
ORDER = "size-order"

_NAME = r"([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)"
_LESS = r"(?:<|\\le(?:q|qslant)?\b|\\ll\b|\\lt\b)"
_MORE = r"(?:>|\\ge(?:q|qslant)?\b|\\gg\b|\\gt\b)"
_ORDER = re.compile(r"\$\s*" + _NAME + r"\s*(" + _LESS + "|" + _MORE + r")\s*" + _NAME + r"\s*\$")
_QUESTION = re.compile(r"^[^.!?]*\?")


@dataclass(frozen=True)
class StatedOrder:
    """``small`` < ``large``, stated for lines ``first`` to ``last`` (1-based, inclusive)."""

    small: str
    large: str
    first: int
    last: int


def stated_orders(text: str) -> list[StatedOrder]:
    """Each (smaller, larger) pair of names an inline formula of the prose orders, with the lines of the
    section it holds on (:func:`_section`)."""
    out: list[StatedOrder] = []
    lines = text.split("\n")
    for m in _ORDER.finditer(text):
        a, rel, b = m.group(1), m.group(2), m.group(3)
        if a == b or text[max(0, m.start() - 1) : m.start()] == "$" or text[m.end() : m.end() + 1] == "$":
            continue  # part of a display $$…$$
        if NEGATION.search(sentence_before(text, m.start(), 200)) or _QUESTION.match(text[m.end() :]):
            continue
        small, large = (a, b) if re.fullmatch(_LESS, rel) else (b, a)
        order = StatedOrder(small, large, *_section(lines, text.count("\n", 0, m.start()) + 1))
        if order not in out:
            out.append(order)
    return out


def orders_at(orders: list[StatedOrder], line: int) -> str:
    """The :data:`ORDER` convention of the ``orders`` that hold on ``line`` ("" if none)."""
    return ";".join(dict.fromkeys(f"{o.small}<{o.large}" for o in orders if o.first <= line <= o.last))


def _section(lines: Sequence[str], line: int) -> tuple[int, int]:
    """The first and last lines of the section holding ``line``: from its heading to the line before the
    next heading of the same or a higher level (an introduction's statement reaches its subsections, a
    sibling section's does not: "When $n < d$" of a section on wide data made a tall section's normal
    equations singular, review21b); a statement before any heading holds for the whole notes."""
    if not 1 <= line <= len(lines):
        return _section_walked(lines, line)
    at, levels = _headings(lines)  # the headings found once per list of lines (docspeed72)
    k = bisect.bisect_right(at, line) - 1  # the nearest heading at or above line
    if k < 0:  # before any heading: the whole notes
        return 1, len(lines)
    first, level = at[k], levels[k]
    after = zip(at[k + 1 :], levels[k + 1 :], strict=True)  # the first heading below of the same or a higher level
    return first, next((ln - 1 for ln, depth in after if depth <= level), len(lines))


def _section_walked(lines: Sequence[str], line: int) -> tuple[int, int]:
    """:func:`_section` walking the lines one by one (a ``line`` outside the lines: as it always read them)."""
    first, level = 1, 0
    for k in range(line, 0, -1):
        if (depth := heading_level(lines[k - 1])) is not None:
            first, level = k, depth
            break
    if level == 0:  # before any heading: the whole notes
        return 1, len(lines)
    for k in range(line + 1, len(lines) + 1):
        depth = heading_level(lines[k - 1])
        if depth is not None and depth <= level:
            return first, k - 1
    return first, len(lines)


def _heading_levels(rows: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The 1-based lines of ``rows``' headings, and their levels."""
    found = [(k + 1, level) for k, row in enumerate(rows) if (level := heading_level(row)) is not None]
    return tuple(ln for ln, _ in found), tuple(level for _, level in found)


_headings = by_lines(_heading_levels)


#: the section holding a line (the same cut for every reading that holds in a section)
section_of = _section


def ordered_values(
    orders: str, values: dict[str, tuple[int, ...]], least: dict[str, int] | None = None
) -> dict[str, tuple[int, ...]]:
    """``values`` (a size's name → its default values) with the two of each pair of ``orders`` (the
    :data:`ORDER` convention) moved where the smaller name does not get smaller values than the larger at
    every value checked. Each size keeps its own spread (a sum's bound checked at two values stays checked
    at two: moved as whole tuples, the bound took the other size's single value and a closed form right at
    that size only was PROVED, review21b); the two first values are swapped unless that takes the smaller
    below ``least`` (the entries written on it), and the larger is raised above the smaller where they
    still overlap."""
    out = dict(values)
    least = least or {}
    for pair in orders.split(";"):
        small, _, large = pair.partition("<")
        if small not in out or large not in out or max(out[small]) < min(out[large]):
            continue
        lo, hi = out[small], out[large]
        if hi[0] < lo[0] and hi[0] >= least.get(small, 0):
            lo, hi = _moved(lo, hi[0]), _moved(hi, lo[0])
        if max(lo) >= min(hi):
            hi = _moved(hi, max(lo) + 1)
        out[small], out[large] = lo, hi
    return out


def _moved(values: tuple[int, ...], first: int) -> tuple[int, ...]:
    """``values`` shifted so that they start at ``first`` (their spread kept)."""
    return tuple(v - values[0] + first for v in values)
