r"""A function written without its point, against a number: a worked value at a point the prose states.

``\lVert \nabla f \rVert^2 = 2^2 + 4^2`` after "Let $f(x) = \frac12(x_1^2 + 4x_2^2)$ and start at $x = (2, 1)$":
``\nabla f`` (like ``f`` alone) is read at f's parameter, which the step never writes, so a worked number against
it was checked as an identity in x and FAILED (fresh31's Polyak-step note). This module owns finding such names in
a step: a function the notes define, written bare (not applied) in the step, none of whose parameters the step
writes. The checker (documents.guesses) then SKIPs a FAILED step whose other side is a number alone, as it does
a worked number against a definition over names whose values the notes give only in prose. Never green.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.inferevidence import names_in

__all__ = ["IMPLIED", "implied_points"]

#: the reason of such a step's SKIPPED verdict
IMPLIED = ("a worked number against {names} written without {their} point: read at {params}, which the step "
           "never writes, it is no identity in {params} (the point is one the notes give in prose)")


def implied_points(trees: Iterable[sp.Basic], scope: Scope) -> dict[str, tuple[str, ...]]:
    """The functions the notes define that ``trees`` (a step's members) write bare, none of whose parameters
    they write, each with its parameters."""
    trees = list(trees)
    written = set().union(*(names_in(t) for t in trees)) if trees else set()
    bare = {s.name for t in trees for s in t.free_symbols if isinstance(s, sp.Symbol)}
    out: dict[str, tuple[str, ...]] = {}
    for name in sorted(bare):
        entry = scope.names.get((name, ()))
        if isinstance(entry, Definition) and entry.is_function and entry.params and not set(entry.params) & written:
            out[name] = entry.params
    return out
