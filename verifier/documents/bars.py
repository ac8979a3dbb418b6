r"""Evaluation bars: ``\left. \frac{\partial z}{\partial x} \right|_{x=0}`` in the notes' own names.

The parser reads a bar as ``Subs(body, (x,), (0,))`` with ``x`` the notes' name (a prime, ``f'(g(x))``,
is a ``Subs`` over a :class:`sympy.Dummy` and stays with
:meth:`verifier.documents.differentiate.Differentiation._subs`). The body may differentiate a
quantity the notes define elsewhere (``z = \sigma(y_1^2 + y_2 y_3)``, ``y_1 = 3x``): renaming ``x``
inside the body before resolving it, as the prime's path does, would leave ``z``'s definition in
the old ``x`` and make the derivative 0. So the body is resolved first, in the instance's own
symbols, and the bar then substitutes the point for the value of ``x`` (each entry of a vector
name, a scalar point broadcast: ``x = 0`` is the zero vector).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from verifier.catalog import D
from verifier.documents.values import ResolveError, Value, is_matrix, norm, substitute

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver


def evaluated_at(resolver: Resolver, node: sp.Subs, env: dict[str, Value]) -> Value | None:
    """The value of the bar ``node`` (``body`` at ``x = a``), or None when ``node`` is a prime's
    ``Subs`` over a dummy variable (not a bar written in the notes)."""
    body, variables, points = node.args
    if any(isinstance(v, sp.Dummy) for v in variables):
        return None
    value = resolver.value(body, env)
    if isinstance(value, D):
        raise ResolveError("an evaluation bar over a derivative the checker keeps unevaluated")
    mapping: dict[sp.Symbol, sp.Expr] = {}
    for var, point in zip(variables, points, strict=True):
        at = norm(resolver.value(var, env))
        p = norm(resolver.value(point, env))
        symbols = list(at) if is_matrix(at) else [at]
        if not all(isinstance(s, sp.Symbol) for s in symbols):
            raise ResolveError(f"the evaluation bar's variable {var} is not a free quantity here")
        if is_matrix(p):
            if not is_matrix(at) or p.shape != at.shape:
                raise ResolveError(f"the evaluation bar gives {var} a value of another shape")
            values = list(p)
        else:
            values = [p] * len(symbols)
        mapping.update(zip(symbols, values, strict=True))  # type: ignore[arg-type]
    return substitute(value, mapping)


def bar_variables(trees: list[sp.Basic]) -> set[str]:
    """The names evaluation bars in ``trees`` bind (``x`` of ``\\right|_{x=0}``): not free in the step,
    so not a name "on one side only" that might hide how the sides relate."""
    return {
        v.name
        for t in trees
        for sub in t.atoms(sp.Subs)
        for v in sub.variables
        if isinstance(v, sp.Symbol) and not isinstance(v, sp.Dummy)
    }
