r"""The value of ``\max_j z_j`` / ``\min_i x_i`` in notes: the largest (smallest) entry, as SymPy's Max/Min.

:class:`verifier.latex.extrema.Extremum` carries the body and its index as a ``Sum`` (so the index gets
its range as a summation index does); here the body is evaluated at each index value of that range
and the values are given to ``sp.Max``/``sp.Min``. Nothing is assumed about the extremum beyond its
definition: the stable softmax ``e^{z_i - \max_j z_j} / \sum_k e^{z_k - \max_j z_j}`` then holds because
the shift cancels, and a derivative through the maximum is SymPy's (piecewise), never that of a
constant. A body that is a vector or matrix is refused (an entry-wise maximum is not what is written).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from verifier.documents.values import MAX_TERMS, ResolveError, Value, as_int, is_matrix
from verifier.latex.extrema import Extremum

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["extremum_value"]


def extremum_value(resolver: Resolver, node: Extremum, env: dict[str, Value]) -> Value:
    r"""``\max_j body``: Max (or Min) of the body at every value of j in its range."""
    kind = str(node.args[0])
    over: sp.Sum = node.args[1]
    ((var, lo, hi),) = over.limits
    a = as_int(resolver.value(lo, env), f"the lower bound of {var}")
    b = as_int(resolver.value(hi, env), f"the upper bound of {var}")
    if b < a:
        raise ResolveError(f"the \\{kind} over {var} runs over no entries")
    if b - a + 1 > MAX_TERMS:
        raise ResolveError(f"a \\{kind} over {b - a + 1} entries is too long to expand")
    values = [resolver.value(over.function, {**env, var.name: sp.Integer(k)}) for k in range(a, b + 1)]
    if any(is_matrix(v) or not isinstance(v, sp.Expr) for v in values):
        raise ResolveError(f"the \\{kind} over {var} of a vector or matrix is not read (its entries are not numbers)")
    resolver._note(f"\\{kind}_{var} read as the {'largest' if kind == 'max' else 'smallest'} of the entries over {var}")
    return (sp.Max if kind == "max" else sp.Min)(*values)
