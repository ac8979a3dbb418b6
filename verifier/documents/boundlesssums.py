r"""A sum written without bounds over an index nothing sizes: the reading where it runs over the step's one size.

``\sum_k |X_k|^2 = N \sum_n |x_n|^2`` (Parseval, after ``X_k = \sum_{n=0}^{N-1} x_n \omega^{-kn}``) sums k over "its
range", and nothing in the notes sizes k: inference gives it a size of its own (``n3_inferred``, shown n₃), and read
so the step fails wherever n₃ ≠ N — a false FAILED (fresh51's DFT note). A bound-less sum runs over the whole range of
its index; where the step's other indices run over one named size, the bound-less index running over that same range
is a plausible reading, tried by :mod:`verifier.documents.meanings` like the other meanings of undeclared names: a
FAILED must fail under it too, and a step that holds under it is green under that reading, reported with the step.
Where the step has no other index, the notes' one named size is that range (``\frac1N\sum_i g_i = \frac13`` with
``\mathbf g = (1, 0, 0)`` beside ``\mathbf x \in \mathbb{R}^N``, fresh41's layer norm; the length the stated numbers
fix is then N's). This module owns building that scope; it changes nothing where the index has a size the notes
name, or where the step's other indices run over two different sizes, or the notes name two (which one would be a
guess).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import sympy as sp

from verifier.documents.context import IndexRange, Scope, Size, VarDecl
from verifier.documents.context import is_invented_size as _unnamed
from verifier.documents.inferevidence import SUM_INDEX

__all__ = ["SAME_RANGE_NOTE", "boundless_indices", "same_range_scope"]

#: the note of the reading (documents.meanings)
SAME_RANGE_NOTE = "each sum written without bounds runs over the step's one size (the range of its other indices)"

def _size_of(hi: object) -> tuple[str, tuple[str, ...]] | None:
    """The size key an upper bound is written with: ``('N', ('-1',))`` (N - 1) and ``('N', ())`` give ``('N', ())``."""
    return (hi[0], ()) if isinstance(hi, tuple) and len(hi) == 2 and isinstance(hi[0], str) else None


def boundless_indices(trees: Iterable[sp.Basic]) -> frozenset[str]:
    """The indices of the sums ``trees`` write without bounds (``\\sum_k``: the parser's limits ``k__lo``,
    ``k__hi``)."""
    out: set[str] = set()
    for t in trees:
        for s in t.atoms(sp.Sum) if isinstance(t, sp.Basic) else ():
            for v, *ends in s.limits:
                if any(isinstance(b, sp.Symbol) and b.name in (f"{v}__lo", f"{v}__hi") for b in ends):
                    out.add(str(v))
    return frozenset(out)


def same_range_scope(scope: Scope, boundless: frozenset[str]) -> Scope | None:
    """``scope`` with every inferred index whose range ends at a size of its own (``k: 1..n₃``) running over the range
    of the other indices instead, where those all run over one named size; None where there is no such index.
    ``boundless``: the indices the step's sums write without bounds (:func:`boundless_indices`); a sum that writes its
    bounds runs over them (``\\sum_{k=1}^{2n}``: redcat64, a false claim PROVED under this reading at one size)."""
    ranges = [(k, e) for k, e in scope.names.items() if isinstance(e, IndexRange)]
    # only the index of a written sum (\sum_k): a subscript's index (δ_ik's i) is no sum's range to read again
    loose = [(k, e) for k, e in ranges if SUM_INDEX in scope.inferred.get(k, "") and _unnamed(e.hi)
             and k[0] in boundless]
    named = [e for k, e in ranges if not _unnamed(e.hi) and isinstance(scope.names.get(_size_of(e.hi)), Size)]
    if not loose:
        return None
    sizes = [k for k, e in scope.names.items() if isinstance(e, Size) and not _unnamed(k)]
    if named:
        spans = {(e.lo, e.hi) for e in named}
        if len(spans) != 1:
            return None  # two sizes (n over N, m over M): which one a bound-less sum runs over is not said
        (lo, hi), size = next(iter(spans)), _size_of(named[0].hi)
    elif len(sizes) == 1:  # no other index, one size the notes name (1/N Σ_i g_i beside x ∈ ℝ^N): 1..N
        lo, size = loose[0][1].lo, sizes[0]
        hi = size if lo == 1 else (size[0], ("-1",)) if lo == 0 else None
        if hi is None:
            return None
    else:
        return None
    unnamed = {e.hi for _, e in loose}
    out = scope.copy()
    for k, e in loose:
        out.names[k] = replace(e, lo=lo, hi=hi)
    fixed = {v for key in unnamed if isinstance(u := scope.names.get(key), Size) for v in u.values}
    named_size = scope.names.get(size)
    if len(fixed) == 1 and isinstance(named_size, Size) and named_size.values != tuple(fixed):
        out.names[size] = replace(named_size, values=tuple(fixed))  # the data fix the length (g = (1, 0, 0))
    for key in unnamed:  # the invented size gone: whatever it sized (a vector X of length n₃) has the named size
        out.names.pop(key, None)
        for k, e in list(out.names.items()):
            if isinstance(e, VarDecl) and e.dims is not None and key in e.dims:
                out.names[k] = replace(e, dims=tuple(size if d == key else d for d in e.dims))  # type: ignore[arg-type]
    return out
