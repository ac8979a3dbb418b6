r"""Substitution into a parsed member that keeps the grouping the notes wrote.

The parser builds products and sums unevaluated, so ``2(w^T S w) w`` stays the scalar ``wᵀSw``
times the vector ``w``. ``xreplace`` rebuilds every node it passes through *with* evaluation: the
nested product flattens and two adjacent ``w`` merge into ``w**2``, which is no longer what the
notes wrote. Readings that swap a name for an expression (a matrix read as its symmetric part, the
samples read as rows of a data matrix) use :func:`replaced` instead.
"""

from __future__ import annotations

from collections.abc import Mapping

import sympy as sp

_KEPT = (sp.Mul, sp.Add, sp.Pow)  # the nodes whose evaluation regroups what the notes wrote


def replaced(tree: sp.Basic, mapping: Mapping[sp.Basic, sp.Basic]) -> sp.Basic:
    """``tree`` with every subtree that is a key of ``mapping`` replaced by its value, the products,
    sums and powers around it rebuilt unevaluated (other nodes as ``xreplace`` rebuilds them)."""
    if not mapping:
        return tree
    memo: dict[sp.Basic, sp.Basic] = {}

    def walk(node: sp.Basic) -> sp.Basic:
        if node in mapping:
            return mapping[node]
        if not node.args:
            return node
        if node in memo:
            return memo[node]
        args = tuple(walk(a) for a in node.args)
        if args == node.args:
            out = node
        elif isinstance(node, _KEPT):
            out = node.func(*args, evaluate=False)
        else:
            out = node.func(*args)
        memo[node] = out
        return out

    return walk(tree)
