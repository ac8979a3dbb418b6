r"""A function written without its point, against a number: a worked value at a point the prose states.

``\lVert \nabla f \rVert^2 = 2^2 + 4^2`` after "Let $f(x) = \frac12(x_1^2 + 4x_2^2)$ and start at $x = (2, 1)$":
``\nabla f`` (like ``f`` alone) is read at f's parameter, which the step never writes, so a worked number against
it was checked as an identity in x and FAILED (fresh31's Polyak-step note). This module owns finding such names in
a step: a function the notes define, written bare (not applied) in the step, none of whose parameters the step
writes. The checker (documents.guesses) then SKIPs a FAILED step whose other side is a number alone, as it does
a worked number against a definition over names whose values the notes give only in prose. Never green.

The variable of a derivative is no point: ``\nabla_x k = 2(1 + 1)(3, -1)^\top`` after "Take $x = (1, 2)^\top$ and
$z = (3, -1)^\top$" writes x only as what k is differentiated by, so k is still read at a point the step never
writes (fresh38's polynomial kernel).
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.inferevidence import names_in
from verifier.latex.vocabulary import GRAD, HESSIAN

__all__ = ["IMPLIED", "implied_points"]

#: the reason of such a step's SKIPPED verdict
IMPLIED = ("a worked number against {names} written without {their} point: read at {params}, which the step "
           "never writes, it is no identity in {params} (the point is one the notes give in prose)")


def implied_points(trees: Iterable[sp.Basic], scope: Scope) -> dict[str, tuple[str, ...]]:
    """The functions the notes define that ``trees`` (a step's members) write bare, none of whose parameters
    they write, each with its parameters."""
    trees = list(trees)
    written = set().union(*(_pointed(t) for t in trees)) if trees else set()
    bare = {s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    out: dict[str, tuple[str, ...]] = {}
    for name in sorted(bare):
        entry = scope.names.get((name, ()))
        if isinstance(entry, Definition) and entry.is_function and entry.params and not set(entry.params) & written:
            out[name] = entry.params
    return out


def _pointed(tree: sp.Basic) -> set[str]:
    """:func:`names_in` of ``tree`` but for the variables of its derivatives (the x of ``\\nabla_x k``, of
    ``\\partial k/\\partial x``): what a derivative is taken by is no point the step writes."""
    if isinstance(tree, sp.Derivative):
        return _pointed(tree.expr)
    if isinstance(tree, sp.Function) and tree.func in (GRAD, HESSIAN) and tree.args:
        return _pointed(tree.args[0])
    if isinstance(tree, sp.Symbol | sp.Indexed):
        return names_in(tree)
    return set().union(*(_pointed(a) for a in tree.args if isinstance(a, sp.Basic)))
