r"""The size past the numbers a claim writes: where a claim about every size is also checked.

A claim about every size is checked at a few small sizes (``verify doc``: 3 and 5 for a sum's bound;
``verify check --size K``: 1 to 13). A term that is zero until the index passes a number the claim
writes -- ``\max(0, k - 20)``, ``\min(k, 9)``, ``\mathbb 1[k > 7]`` -- is invisible there, and the
false ``\sum_{k=1}^{K} \max(0, k - 20) = 0`` was PROVED. Such a threshold is one of the claim's own
numbers, so the claim is also checked at one size just past the largest of them (redteam25): every
threshold at or below it has been crossed there. Only numbers up to :data:`MAX_PAST` are followed
(a claim writing 1000 is not built with vectors of a thousand entries), and exponents, whose
values say nothing about sizes (``10^{-3}``, ``x^{12}``), and the indices of entries (``x_{12}``, whose
size the readings already cover) are not thresholds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import sympy as sp

__all__ = ["MAX_PAST", "past_the_numbers"]

#: the largest number a size is taken past: the extra size is at most one more
MAX_PAST = 30


def _numbers(e: sp.Basic) -> Iterable[sp.Rational]:
    """The numbers written in ``e``, exponents of powers left out."""
    stack = [e]
    seen: set[sp.Basic] = set()
    while stack:
        node = stack.pop()
        if node in seen or not isinstance(node, sp.Basic):
            continue
        seen.add(node)
        if isinstance(node, sp.Rational):
            yield node
            continue
        if isinstance(node, sp.Pow):
            stack.append(node.base)
            continue
        if isinstance(node, sp.Indexed):  # x_{12}: an entry written, whose size the readings already cover
            continue
        stack.extend(node.args)


def past_the_numbers(exprs: Iterable[sp.Basic], checked: Iterable[int]) -> int | None:
    """One size just past the largest number of ``exprs`` that exceeds every size ``checked``.

    None when no number written lies between the largest size checked and :data:`MAX_PAST`.
    """
    top = max(checked, default=0)
    found = [abs(q) for e in exprs for q in _numbers(sp.sympify(e))]
    beyond = [q for q in found if top < q <= MAX_PAST]
    if not beyond:
        return None
    return math.floor(max(beyond)) + 1
