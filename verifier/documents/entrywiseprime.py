r"""``\sigma'(t)`` in an entry-wise product: the derivative taken entry by entry, not the Jacobian.

Backprop notes write ``\delta \circ \sigma'(t)`` or ``(\hat{y} - y) W^T \odot \sigma'(t)`` for a vector
t: the vector of the σ'(t_i), multiplied entry by entry. Read as a derivative of σ(t) by the vector
t, ``\sigma'(t)`` is the (diagonal) Jacobian, an n×n matrix, and the entry-wise product with a vector
of n entries does not fit: such steps were SKIPPED ("shapes do not fit") or, with the shapes
declared, FAILED, although they are right.

This module owns that reading, and only for an entry-wise product (``\circ``, ``\odot``) one of whose
factors is the derivative of a one-argument function at the very variable it is differentiated by
(``\sigma'(t)``, ``f'(z)``, ``\frac{d \tanh(a)}{d a}``): when the product does not fit as written, that
factor's Jacobian, if it is diagonal, is read as the vector of its diagonal, shaped as the other
factor. The reading is reported with the step. Any other misfit keeps its error."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.catalog import D
from verifier.documents.values import DimensionError, Value, is_matrix

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["NOTE", "entrywise_hadamard"]

NOTE = "f'(x) of a vector x in an entry-wise product read entry by entry (the diagonal of its Jacobian)"


def _pointwise(node: sp.Basic) -> bool:
    """Is ``node`` the derivative of a one-argument function at its own variable (``\\sigma'(t)``)?"""
    if not isinstance(node, sp.Derivative) or len(node.variable_count) != 1:
        return False
    var, count = node.variable_count[0]
    f = node.expr
    return count == 1 and isinstance(f, sp.Function | AppliedUndef) and len(f.args) == 1 and f.args[0] == var


def _diagonal(value: Value, like: Value) -> Value | None:
    """The diagonal of a square diagonal matrix, shaped as the vector ``like``; None otherwise."""
    full = value.explicit() if isinstance(value, D) else value
    if not (is_matrix(full) and is_matrix(like)) or full.rows != full.cols or 1 not in like.shape:
        return None
    n = full.rows
    if max(like.shape) != n or any(full[i, j] != 0 for i in range(n) for j in range(n) if i != j):
        return None
    return sp.ImmutableMatrix(like.rows, like.cols, [full[i, i] for i in range(n)])


def entrywise_hadamard(resolver: Resolver, node: AppliedUndef, env: dict[str, Value]) -> Value | None:
    """The value of ``hadamard(a, b)`` with a pointwise derivative factor read entry by entry where the
    product does not fit as written; None when no factor is such a derivative (the caller reads the
    product as usual)."""
    if len(node.args) != 2 or not any(_pointwise(a) for a in node.args):
        return None
    from verifier.documents.operators import hadamard

    values = [resolver.value(a, env) for a in node.args]
    try:
        return hadamard(*values)
    except DimensionError as literal:
        for k, arg in enumerate(node.args):
            if not _pointwise(arg):
                continue
            diag = _diagonal(values[k], values[1 - k])
            if diag is None:
                continue
            resolver._note(NOTE)
            return hadamard(*(diag if j == k else v for j, v in enumerate(values)))
        raise literal from None
