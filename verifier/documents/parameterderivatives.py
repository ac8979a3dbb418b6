r"""A function whose body is a derivative at its own parameter: ``h(t) = g'(t)``, ``\phi(t) = \Phi'(t)``.

Notes name a derivative to use it later: "let $\phi(t) = \Phi'(t)$ be the density", then ``x\,\phi(wx)``. The body
is read ``Derivative(\Phi(t), t)``; called at wx, it was evaluated with t bound to wx, and the derivative was still
taken by t, a name the notes never declare: "t is not declared or defined; cannot differentiate by it" on every
step calling φ (fresh37). What the body means is g's derivative *evaluated at* the parameter — exactly what the
parser makes of ``g'(wx)`` written out, ``Subs(Derivative(g(u), u), u, wx)``.

This module owns that reading (:func:`at_parameters`): in a function's body, a derivative by one of its
parameters (alone, of any order) becomes the derivative by a fresh variable, substituted at the parameter; the
call then binds the parameter as for any body. A derivative by any other name is left as written.
"""

from __future__ import annotations

from collections.abc import Sequence

import sympy as sp

__all__ = ["at_parameters"]


def at_parameters(tree: sp.Basic, params: Sequence[str]) -> sp.Basic:
    """``tree`` (a function's body) with each derivative by one of ``params`` read at that parameter."""
    names = set(params)
    if not names or not isinstance(tree, sp.Basic) or not tree.has(sp.Derivative):
        return tree

    def moved(node: sp.Basic) -> sp.Basic | None:
        if not isinstance(node, sp.Derivative) or len(node.variable_count) != 1:
            return None
        var, count = node.variable_count[0]
        if not (isinstance(var, sp.Symbol) and var.name in names):
            return None
        u = sp.Dummy("u")  # as the parser's g'(…): a dummy, which documents.bars leaves to the prime's reading
        return sp.Subs(sp.Derivative(node.expr.xreplace({var: u}), (u, count)), u, var)

    return tree.replace(lambda n: moved(n) is not None, lambda n: moved(n))  # type: ignore[no-any-return]
