r"""How many times a step differentiates an arbitrary function on each side: ``y'' = -\frac{y - xy'}{2y^2}``.

A function the notes never define is an arbitrary one, and a step about it is checked only where it is a rule
for every such function (documents.lonefunctions ``lone_functions``: applied, or differentiated, on one side only
says what the function is, and a failure is no counterexample). A step that differentiates it on both sides, but
to different orders — y'' on the left, y and y' on the right — is an ordinary differential equation: it holds
for the notes' particular y (the curve of an implicit differentiation, the solution of an ODE) and for no
arbitrary one, so it was FAILED at a y of the sampler's choosing. A rule for every function (``\frac{d}{dx}
f'(x)^2 = 2f'(x)f''(x)``) has the same highest derivative on both sides.

This module owns that count: :func:`unequal_orders` gives the arbitrary functions whose highest derivative order
differs between the two sides. The order of a derivative counts its own variables and the highest order inside
its operand (``\frac{d}{dx} f'(x)^2``: 2), so a derivative that would vanish is counted as written — the step
is then kept in doubt, never checked on a guess.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import sympy as sp
from sympy.core.function import AppliedUndef

__all__ = ["unequal_orders"]


def _orders(tree: sp.Basic, arbitrary: Collection[str]) -> dict[str, int]:
    """The highest derivative order of each of the ``arbitrary`` functions ``tree`` differentiates."""
    out: dict[str, int] = {}
    if isinstance(tree, sp.Derivative):
        inner = _orders(tree.expr, arbitrary)
        # y(x), or the plain y of a prime the prose reads as dy/dx (documents.leibnizprimes, statedprimes)
        names = {f.func.__name__ for f in tree.expr.atoms(AppliedUndef)} | {s.name for s in tree.expr.free_symbols
                                                                            if isinstance(s, sp.Symbol)}
        for name in names & set(arbitrary):
            out[name] = max(out.get(name, 0), inner.get(name, 0) + tree.derivative_count)
        return out
    for arg in tree.args:
        for name, k in _orders(arg, arbitrary).items():
            out[name] = max(out.get(name, 0), k)
    return out


def unequal_orders(left: Iterable[sp.Basic], right: Iterable[sp.Basic], arbitrary: Collection[str]) -> set[str]:
    """The ``arbitrary`` functions both sides differentiate, to different highest orders."""
    sides = []
    for trees in (left, right):
        seen: dict[str, int] = {}
        for t in trees:
            if isinstance(t, sp.Basic):
                for name, k in _orders(t, arbitrary).items():
                    seen[name] = max(seen.get(name, 0), k)
        sides.append(seen)
    return {n for n in sides[0].keys() & sides[1].keys() if sides[0][n] != sides[1][n]}
