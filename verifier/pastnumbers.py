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

from collections.abc import Iterable

import sympy as sp

__all__ = ["MAX_PAST", "past_the_numbers"]

#: the largest number a size is taken past: the extra size is at most one more
MAX_PAST = 30

#: sums nested deeper than this take only the numbers inside a threshold past (review30c): a four-index
#: contraction ``\sum_{i,j,k,l} 20 A_{ij} B_{jk} C_{kl} D_{li}`` has 31^4 terms there, and its correct
#: step was a TIMEOUT for the constant factor 20, which is no threshold
MAX_DEPTH = 2

#: the functions whose arguments hold a threshold (``\max(0, k - 20)``, ``\mathbb 1[k > 7]``, ``\lfloor k/9 \rfloor``)
_THRESHOLDS: tuple[type, ...] = (
    sp.Max, sp.Min, sp.Piecewise, sp.Heaviside, sp.floor, sp.ceiling, sp.frac, sp.Abs, sp.sign, sp.Mod,
    sp.factorial, sp.binomial, sp.gamma, sp.KroneckerDelta, sp.Rel, sp.logic.boolalg.Boolean,
    sp.core.function.AppliedUndef,
)  # fmt: skip


def _depth(e: sp.Basic, memo: dict[sp.Basic, int] | None = None) -> int:
    """How deep the sums and products of ``e`` nest (``\\sum_i \\sum_j``: 2); shared sub-trees once."""
    memo = {} if memo is None else memo
    if not isinstance(e, sp.Basic) or not e.args:
        return 0
    if e not in memo:
        inner = max((_depth(a, memo) for a in e.args), default=0)
        memo[e] = inner + len(e.limits) if isinstance(e, sp.Sum | sp.Product) else inner
    return memo[e]


def _thresholds(e: sp.Basic) -> list[sp.Basic]:
    """The outermost sub-trees of ``e`` that are thresholds (see :data:`_THRESHOLDS`)."""
    if isinstance(e, _THRESHOLDS):
        return [e]
    return [t for a in e.args if isinstance(a, sp.Basic) for t in _thresholds(a)]


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
    trees = [sp.sympify(e) for e in exprs]
    if max((_depth(t) for t in trees), default=0) > MAX_DEPTH:  # deep sums: only a threshold's numbers
        trees = [t for tree in trees for t in _thresholds(tree)]
    found = [abs(q) for e in trees for q in _numbers(e)]
    beyond = [q for q in found if top < q <= MAX_PAST]
    if not beyond:
        return None
    return int(sp.floor(max(beyond))) + 1  # an int: a SymPy number in a step's sizes broke the JSON report
