r"""A defined function's derivative at a point named apart from its parameter: ``g'(u_1)`` after ``g(u) = …``.

A homework's Newton step writes ``$$u_1 = 0 - \frac{3}{-6} = \frac12$$`` and then "the slope there is
``g'(u_1) = -2.25``". The notes define g by its own parameter u; ``g'(u_1)`` (or ``\frac{d}{du_1} g(u_1)``, which
parses alike) is g' evaluated at the point u_1, and a number on the other side states its value there. The reading
of documents.ownvariable — the variable of a derivative whose operand writes it is no name "on one side only": a
right side without it is wrong under every reading (``\frac{d}{dx} x^3 = 3``) — does not fit such a point: a value
at u_1 is exactly what the step states, so a failure at another u_1 is no counterexample.

This module owns which derivatives are such: :func:`prime_points` gives the keys of the arguments of a notes'
function (a :class:`~verifier.documents.context.Definition` with parameters) differentiated by that argument, where
the argument is a name other than the definition's parameter at that place (u_1 for u; not u itself, whose
derivative is an identity the step claims: ``g'(u) = 3u^2``). documents.guesses keeps those names in doubt, as
for any undeclared name on one side only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope, display_key, key_of

__all__ = ["prime_points"]


def _plain(name: str) -> str:
    r"""A name as display_key writes it, from LaTeX or SymPy text (``\theta_{1}``, ``theta_1``: ``theta_1``)."""
    return re.sub(r"[\\{}\s]", "", name)


def prime_points(trees: Iterable[sp.Basic], scope: Scope) -> set[Key]:
    """The keys of the points at which the ``trees`` differentiate a notes' function: an argument that is a
    name other than the definition's own parameter at that place, differentiated by (module docstring)."""
    out: set[Key] = set()
    for tree in trees:
        for d in tree.atoms(sp.Derivative):
            call = d.expr
            if not isinstance(call, AppliedUndef):
                continue
            entry = scope.names.get((call.func.__name__, ()))
            if not isinstance(entry, Definition) or len(entry.params) != len(call.args):
                continue
            for var, _count in d.variable_count:
                if var not in call.args:
                    continue
                key = key_of(var)
                param = entry.params[call.args.index(var)]
                if key is not None and _plain(display_key(key)) != _plain(param) and not _centred(entry, key, scope):
                    out.add(key)
    return out


def _centred(entry: Definition, key: Key, scope: Scope) -> bool:
    r"""Is the point the notes' own name beside the parameter, written in the definition's body too (t_0 of
    ``y(t) = 1/(1 + e^{-r(t - t_0)})``, x_0 of ``q(x) = a(x - x_0)^2``; documents.reach.point_beside)? Then
    ``y'(t_0) = \frac{r}{4}`` claims y' at that point whatever t_0 is: the body moves with it, and a failure at any
    t_0 is one (lead55), not a value at one point the notes gave elsewhere."""
    from verifier.documents.reach import point_beside

    return point_beside(scope, key) and _plain(display_key(key)) in _plain(entry.body or "")
