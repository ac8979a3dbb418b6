r"""The order the prose states between two sizes: "with $n < d$", "where $d > n$".

Sizes the notes name (``X \in \mathbb{R}^{n \times d}``) get small distinct defaults in the order the
chain meets them (:mod:`verifier.documents.infer`): n = 3, d = 2, a tall X. Notes about the wide case
(more features than samples) say so with an inline inequality, and there ``X^T X`` (d × d, rank at most
n) is singular: a step that inverts it was PROVED at sizes the notes rule out, and the minimum-norm
solution ``X^T (X X^T)^{-1} y`` was checked where ``X X^T`` is the singular one.

This module owns that sentence: :func:`stated_orders` finds each inline formula that is two plain
names compared by ``<``, ``\le``, ``\ll`` (or the reverse, ``>``, ``\ge``, ``\gg``), not taken back by a
negation earlier in its sentence ("we do not assume $n < d$") and not asked ("Is $n < d$?"), and returns
(smaller, larger). The reader hands them to inference as the convention :data:`ORDER` for the whole
notes; :func:`ordered_values` then swaps the defaults of two inferred named sizes that contradict one
(a context's sizes are the context's, never moved). Words alone ("X is wide", "fewer samples than
features") say it without naming the sizes and are not read.
"""

from __future__ import annotations

import re

from verifier.documents.symmetricprose import NEGATION, sentence_before

__all__ = ["ORDER", "ordered_values", "stated_orders"]

#: scope.conventions key: "n<d;m<k" (each pair: the smaller size, then the larger)
ORDER = "size-order"

_NAME = r"([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)"
_LESS = r"(?:<|\\le(?:q|qslant)?\b|\\ll\b|\\lt\b)"
_MORE = r"(?:>|\\ge(?:q|qslant)?\b|\\gg\b|\\gt\b)"
_ORDER = re.compile(r"\$\s*" + _NAME + r"\s*(" + _LESS + "|" + _MORE + r")\s*" + _NAME + r"\s*\$")
_QUESTION = re.compile(r"^[^.!?]*\?")


def stated_orders(text: str) -> list[tuple[str, str]]:
    """Each (smaller, larger) pair of names an inline formula of the prose orders."""
    out: list[tuple[str, str]] = []
    for m in _ORDER.finditer(text):
        a, rel, b = m.group(1), m.group(2), m.group(3)
        if a == b or text[max(0, m.start() - 1) : m.start()] == "$" or text[m.end() : m.end() + 1] == "$":
            continue  # part of a display $$…$$
        if NEGATION.search(sentence_before(text, m.start(), 200)) or _QUESTION.match(text[m.end() :]):
            continue
        pair = (a, b) if re.fullmatch(_LESS, rel) else (b, a)
        if pair not in out:
            out.append(pair)
    return out


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
