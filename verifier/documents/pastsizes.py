r"""A sum's bound in notes is also checked past the numbers the chain writes (:mod:`verifier.pastnumbers`).

The bound of a sum is checked at two sizes (3 and 5 when nothing else fixes it), so
``\sum_{k=1}^{K} \max(0, k - 20) = 0`` was PROVED: the term is zero until k passes 20. The chain is
now also checked at one size past the largest number it writes (at most :data:`MAX_PAST` + 1), every
varied size the checker inferred (a sum's bound) set to it together, the other sizes as in the last
combination.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import sympy as sp

from verifier.documents.context import Key, Size
from verifier.documents.everysize import bound_sizes
from verifier.pastnumbers import MAX_PAST, past_the_numbers

__all__ = ["MAX_PAST", "past_numbers"]


def past_numbers(
    combos: list[dict[Key, int]],
    relevant: set[Key],
    sizes: Sequence[Size],
    inferred: Collection[Key],
    trees: Sequence[sp.Basic],
) -> list[dict[Key, int]]:
    """``combos`` and, where the chain writes a number past the bounds checked, one combination past it.

    Only sizes the checker chose (``inferred``): sizes a context declares (``K in {2, 3}``) are the
    author's to choose."""
    # a sum's bound only: a determinant's axis is varied too (documents.determinantsizes), but the chain's numbers
    # are no threshold of it (``\det(2A) = 8\det(A)`` was built at side 9, and its determinant ran for minutes)
    bounds = {b.name for b in bound_sizes(trees, {s.key[0] for s in sizes})}
    varied = [s.key for s in sizes if s.key in relevant and s.key in inferred and len(set(s.values)) > 1
              and s.key[0] in bounds]
    if not varied or not combos:
        return combos
    past = past_the_numbers(trees, [c[k] for c in combos for k in varied if k in c])
    if past is None:
        return combos
    return [*combos, {**combos[-1], **dict.fromkeys(varied, past)}]
