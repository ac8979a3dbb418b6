"""Free symbols remembered per sub-expression (SymPy recomputes ``free_symbols`` over a whole tree at
every call).

The resolver asks a member's value for its free symbols several times per instance (its check for
undeclared symbols, the claim's variables, the expectation atoms), and the derivative's direct route
(:mod:`verifier.documents.directdiff`) asks it at every node it differentiates, while the sub-trees recur
across members, instances and derivatives. One memo serves both; it is bounded and forgotten at once
when full, as the other memos of the resolver are.
"""

from __future__ import annotations

import sympy as sp

__all__ = ["free"]

_BASIC_FREE = sp.Basic.free_symbols
_FREE_SEEN: dict[sp.Basic, frozenset[sp.Basic]] = {}
_FREE_KEPT = 100_000


def free(e: sp.Basic) -> frozenset[sp.Basic]:
    """``e.free_symbols``, remembered per sub-expression. A class with its own ``free_symbols`` (bound
    variables: Sum, Derivative, Lambda, Indexed, symbols themselves) answers for itself, so the result is
    SymPy's."""
    hit = _FREE_SEEN.get(e)
    if hit is not None:
        return hit
    if type(e).free_symbols is _BASIC_FREE:  # Add, Mul, Pow, functions: the union over the arguments
        out = frozenset().union(*(free(a) for a in e.args))
    else:
        out = frozenset(e.free_symbols)
    if len(_FREE_SEEN) >= _FREE_KEPT:
        _FREE_SEEN.clear()
    _FREE_SEEN[e] = out
    return out
