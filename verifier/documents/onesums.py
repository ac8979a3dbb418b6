r"""``\mathbb{1} - \sigma(\mathbf{z})``: a vector of ones added to vectors has their length.

In a product the ones vector takes its length from its neighbour (``\mathbf{1}^\top v``). In a sum
the other terms say it just as plainly: ``\mathbf{1} - \sigma(\mathbf{z})`` is the vector of
``1 - \sigma(z_i)``, as long as z. This module owns that sizing: every term of the sum that is a
vector has one shape, and the ones vector is written in the same orientation (a column
``\mathbf{1}`` beside columns, ``\mathbf{1}^\top`` beside rows). Anything else — no vector term,
terms of different shapes, a matrix, a column of ones beside rows — is refused with the reason,
never guessed.
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.values import Ones, ResolveError, Value, is_matrix, norm

__all__ = ["sized_ones"]

_REFUSED = "a vector of ones in a sum: its length cannot be inferred"


def sized_ones(terms: list[Value]) -> list[Value]:
    """``terms`` with each :class:`Ones` a concrete vector of the one vector shape of the others."""
    shapes = {norm(t).shape for t in terms if is_matrix(norm(t))}
    if len(shapes) != 1:
        raise ResolveError(_REFUSED)
    rows, cols = next(iter(shapes))
    if 1 not in (rows, cols) or (rows, cols) == (1, 1):
        raise ResolveError(_REFUSED + " (beside a matrix)")
    out: list[Value] = []
    for t in terms:
        if isinstance(t, Ones):
            if t.transposed != (rows == 1):
                raise ResolveError(_REFUSED + " (its orientation differs from the vectors beside it)")
            out.append(t.scale * sp.ImmutableMatrix.ones(rows, cols))
        else:
            out.append(t)
    return out
