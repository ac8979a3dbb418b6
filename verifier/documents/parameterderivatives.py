r"""A function whose body is a derivative at its own parameter: ``h(t) = g'(t)``, ``\phi(t) = \Phi'(t)``.

Notes name a derivative to use it later: "let $\phi(t) = \Phi'(t)$ be the density", then ``x\,\phi(wx)``. The body
is read ``Derivative(\Phi(t), t)``; called at wx, it was evaluated with t bound to wx, and the derivative was still
taken by t, a name the notes never declare: "t is not declared or defined; cannot differentiate by it" on every
step calling φ (fresh37). What the body means is g's derivative *evaluated at* the parameter — exactly what the
parser makes of ``g'(wx)`` written out, ``Subs(Derivative(g(u), u), u, wx)``.

This module owns that reading (:func:`at_parameters`): in a function's body, a derivative by one of its
parameters (alone, of any order) becomes the derivative by a fresh variable, substituted at the parameter; the
call then binds the parameter as for any body. A derivative by any other name is left as written.

A body may write the other function by its name alone, Leibniz's way: ``\psi(r) = \frac{d\rho}{dr}`` after
``\rho(r) = …``. The bare ρ was read at the notes' own r, not at the call's argument, so its derivative by the moved
variable was 0 and a correct ``\psi'(r) = …`` FAILED (fresh39). A name the caller says is a one-parameter function
of the notes (``functions``), written bare under a derivative by the parameter, is that function at the parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import sympy as sp

from verifier.documents.context import Definition, Scope

__all__ = ["at_parameters", "read_at_parameters"]


def at_parameters(tree: sp.Basic, params: Sequence[str], functions: AbstractSet[str] = frozenset()) -> sp.Basic:
    """``tree`` (a function's body) with each derivative by one of ``params`` read at that parameter; a bare name
    in ``functions`` (one-parameter functions of the notes) differentiated so is that function's call."""
    names = set(params)
    if not names or not isinstance(tree, sp.Basic) or not tree.has(sp.Derivative):
        return tree

    def moved(node: sp.Basic) -> sp.Basic | None:
        if not isinstance(node, sp.Derivative) or len(node.variable_count) != 1:
            return None
        var, count = node.variable_count[0]
        if not (isinstance(var, sp.Symbol) and var.name in names):
            return None
        expr = node.expr
        if isinstance(expr, sp.Symbol) and expr.name in functions:
            expr = sp.Function(expr.name)(var)  # \frac{d\rho}{dr}: ρ at the parameter (module docstring)
        u = sp.Dummy("u")  # as the parser's g'(…): a dummy, which documents.bars leaves to the prime's reading
        return sp.Subs(sp.Derivative(expr.xreplace({var: u}), (u, count)), u, var)

    return tree.replace(lambda n: moved(n) is not None, lambda n: moved(n))  # type: ignore[no-any-return]


def read_at_parameters(tree: sp.Basic, params: Sequence[str], scope: Scope) -> sp.Basic:
    """:func:`at_parameters` with the names ``tree`` writes bare that ``scope`` holds as one-parameter functions of
    the notes (``\\rho`` of ``\\psi(r) = \\frac{d\\rho}{dr}`` after ``\\rho(r) = …``); the reader reads a body the
    same way when it asks which names a line calls (documents.reader ``_uses``), so ρ is not set aside as a
    function "written alone" on a line that calls ψ at a number."""
    unary = frozenset(s.name for s in getattr(tree, "free_symbols", ()) if isinstance(s, sp.Symbol) and isinstance(
        e := scope.names.get((s.name, ())), Definition) and e.is_function and len(e.params) == 1)
    return at_parameters(tree, params, unary)
