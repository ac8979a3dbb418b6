r"""Large sizes the notes state (``x \in \mathbb{R}^{784}``, ``X \in \mathbb{R}^{60000 \times 784}``), read small.

Notes state the sizes of their data: MNIST's ``x \in \mathbb{R}^{784}``, a layer ``W \in \mathbb{R}^{512
\times 784}``. Built at those sizes every entry is a symbol: ``\nabla_x \|x\|^2 = 2x`` at 784 entries ran out
of memory (an ERROR), and a 512×784 matrix is past what the instances build (SKIPPED). Yet a step that writes
no number of that size says the same thing at every size: its truth cannot depend on the number 784, only on
the shapes agreeing. Such a step is checked with each large stated size replaced by a small one, and the
reading says so ("784 as stated, checked at 3").

This module owns that replacement, on a chain's inferred scope:

* a size is large past ``MAX_LITERAL_SIZE`` (the largest the notes would write out entry by entry);
* the chain (its members and the definitions it reaches) must write no number past that bound: one that
  does (``\frac{1}{784}``, ``\sum_{i=1}^{784}``, ``x_{100}``) may tie the step to the stated size, which is
  kept (and a block too large to build is SKIPPED saying so, :mod:`verifier.documents.instances`);
* distinct large sizes stay distinct and keep their order (a 512×784 matrix stays wide, so a missing
  transpose still clashes); each small size is larger than every number the chain writes (an entry
  ``x_5`` stays inside), differs from every other size of the scope (no accidental square) and keeps the
  stated size's parity (``(-1)^n``: ``\det(-A) = \det(A)`` holds at 1000, not at 1001);
* a scope where two large sizes differ by one (a 0-based axis beside its count) is left as stated.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Dim, IndexRange, Key, Scope, Size, VarDecl, display_key
from verifier.documents.infer import MAX_LITERAL_SIZE

__all__ = ["small_stand_ins"]


def _largest_written(trees: Iterable[sp.Basic]) -> float:
    """The largest number written in ``trees`` (numerators and denominators, sums' bounds, entries' indices)."""
    largest = 0.0
    for tree in trees:
        for n in tree.atoms(sp.Number):
            if isinstance(n, sp.Rational):
                largest = max(largest, abs(int(n.p)), abs(int(n.q)))
            elif n.is_finite:
                largest = max(largest, abs(float(n)))
    return largest


def _ints(dims: Iterable[Dim]) -> list[int]:
    return [d for d in dims if isinstance(d, int)]


def small_stand_ins(scope: Scope, trees: Iterable[sp.Basic]) -> Scope:
    r"""``scope`` with every large stated size replaced by a small one where the chain (``trees``: its
    members and the definitions they reach) writes no large number; ``scope`` itself otherwise."""
    stated: set[int] = set()
    others: set[int] = set()
    for entry in scope.names.values():
        if isinstance(entry, VarDecl) and entry.dims is not None:
            sizes = _ints(entry.dims)
        elif isinstance(entry, Size):
            sizes = list(entry.values)
        elif isinstance(entry, IndexRange):
            sizes = _ints((entry.hi,))
        else:
            continue
        stated.update(s for s in sizes if s > MAX_LITERAL_SIZE)
        others.update(s for s in sizes if s <= MAX_LITERAL_SIZE)
    if not stated or any(a + 1 in stated for a in stated):
        return scope
    trees = list(trees)
    largest = _largest_written(trees)
    if largest > MAX_LITERAL_SIZE:
        return scope  # the chain writes a large number: it may be about the stated size itself
    small: dict[int, int] = {}
    candidate = max(2, int(largest) + 1)
    for size in sorted(stated):
        # the stated size's parity kept: det(-A) = det(A) holds at 1000, not at 1001 (review32a)
        while candidate in others or (candidate - size) % 2:
            candidate += 1
        small[size] = candidate
        candidate += 1
    out = scope.copy()

    def swap(d: Dim) -> Dim:
        return small.get(d, d) if isinstance(d, int) else d

    for key, entry in scope.names.items():
        if isinstance(entry, VarDecl) and entry.dims is not None and any(swap(d) != d for d in entry.dims):
            rows, cols = entry.dims
            out.names[key] = VarDecl(entry.key, entry.kind, (swap(rows), swap(cols)), entry.domain, entry.line)
            shown = " and ".join(f"{s} as stated, checked at {small[s]}" for s in dict.fromkeys(_ints(entry.dims))
                                 if s in small)  # fmt: skip
            why = (f"{shown} (the step writes no number of that size: it reads the same at every size, "
                   "so it is checked small)")
            out.inferred[key] = f"{out.inferred[key]}; {why}" if key in out.inferred else f"{display_key(key)}: {why}"
        elif isinstance(entry, Size) and any(v in small for v in entry.values):
            out.names[key] = Size(entry.key, tuple(small.get(v, v) for v in entry.values), entry.line)
            _said(out, key, next(v for v in entry.values if v in small), small)
        elif isinstance(entry, IndexRange) and isinstance(entry.hi, int) and entry.hi in small:
            out.names[key] = IndexRange(entry.key, entry.lo, small[entry.hi], entry.line)
            _said(out, key, entry.hi, small)
    return out


def _said(scope: Scope, key: Key, size: int, small: dict[int, int]) -> None:
    """The reading of a size or an index range of ``key`` says the stated ``size`` is checked small."""
    if key in scope.inferred:
        scope.inferred[key] += f"; {size} as stated, checked at {small[size]}"
