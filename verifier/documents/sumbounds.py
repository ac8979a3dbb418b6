r"""Each sum keeps its own upper bound: one index letter summed to two different sizes in one chain.

``\sum_{i=1}^{n} i = \sum_{i=1}^{m} i`` or ``\sum_{i=1}^{n} x_i + \sum_{i=1}^{m} y_i`` bind the same letter
to two bounds. Inference unified every bound of a sum over i with i's range, so n and m became one size:
the second letter was left a real scalar (SKIPPED "the upper bound must be a concrete integer"), and
where both were sizes the step was checked only at n = m, where a false claim holds. This module owns the
rule: a sum's upper bound joins the index's range only when that range holds no other sum's bound (a size
the notes name elsewhere, an annotation's ``\mathbb{R}^n``, still joins it: ``x_i`` ties i to x's length);
otherwise the bound is a size of its own, and the sum keeps its written range.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

__all__ = ["joined_bound"]


class _UnionFind(Protocol):
    def find(self, a: object) -> object: ...

    def union(self, a: object, b: object) -> bool: ...


def joined_bound(dims: _UnionFind, index: object, bound: object, bounds: Collection[object]) -> list[object]:
    """Join the sum's ``bound`` to the range of its ``index`` unless that range already ends at another
    sum's bound (one of ``bounds``); ``[index]`` when joined, ``[]`` when the bound stays its own size."""
    root = dims.find(index)
    if root != dims.find(bound) and any(b != bound and dims.find(b) == root for b in bounds):
        return []
    dims.union(index, bound)
    return [index]
