r"""An inverted product is invertible: the sizes inferred for its factors must allow it.

Regression notes write ``\theta = (X^T W X)^{-1} X^T W y`` and ``(X^T X)^{-1} X^T y`` without saying
how large X is. Sizes are inferred (:mod:`verifier.documents.infer`) and default to small distinct
values in the order the chain meets them, so X could come out 2×4: then ``X^T X`` is a 4×4 matrix of
rank 2, singular at every draw, and every step that writes the inverse was SKIPPED ("the matrix to
invert is singular at this draw"). The notes invert it, so for them it is invertible: a reader takes
X with at least as many rows as columns. In general, a square product ``P_1 P_2 \cdots P_k`` whose
inverse is written has rank at most each size its factors share inside it, so every such inner size
is at least the outer one.

This module owns that rule for the shape inference: :func:`inner_sizes` lists, for an inverted
product, the pairs (outer, inner) of size variables it constrains, and :func:`ordered` reorders the
default values of *inferred* sizes (never a declared or written one) so that each inner size is at
least its outer one. It changes only which default goes to which size; a false step still fails
at those sizes (the values stay small and distinct, so a transposition still shows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

__all__ = ["inner_sizes", "ordered"]


def inner_sizes(dims: Sequence[object]) -> list[tuple[object, object]]:
    """For a square product whose factors have sizes ``dims`` (rows of the first factor, then the
    columns of each factor in turn: ``X^T W X`` is (n, m, m, n)), the pairs (outer, inner): each inner
    size must be at least the outer one for the product to be invertible."""
    if len(dims) < 3:
        return []
    return [(dims[0], d) for d in dims[1:-1]]


def ordered(
    pairs: Iterable[tuple[object, object]],
    find: Callable[[object], object],
    values: dict[object, int],
    assign: Callable[[object], None],
    need: dict[object, int],
) -> None:
    """Swap the default values of inferred size roots (``values``, filled by ``assign``) so that in each
    pair (outer, inner) the inner one is at least the outer one. Only fresh roots (inferred sizes, not
    named or literal ones) are touched, and only where each keeps covering the entries written on it
    (``need``)."""
    for outer, inner in pairs:
        ro, ri = find(outer), find(inner)
        if ro == ri or not (_fresh(ro) and _fresh(ri)):
            continue
        assign(ro)
        assign(ri)
        vo, vi = values[ro], values[ri]
        if vi >= vo or need.get(ro, 0) > vi or need.get(ri, 0) > vo:
            continue
        values[ro], values[ri] = vi, vo


def _fresh(root: object) -> bool:
    return isinstance(root, tuple) and len(root) == 2 and root[0] == "#"
