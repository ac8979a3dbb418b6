r"""An undefined quantity reached through a definition the chain differentiates: "$L = \frac1N\sum_i \ell_i$".

Notes name a per-example loss they never write out ("$\ell_i$, the loss at example $i$"), define the average
from it, ``L = \frac{1}{N}\sum_i \ell_i``, and differentiate both: ``\frac{\partial L}{\partial w} = \frac{1}{N}
\sum_i \frac{\partial \ell_i}{\partial w}``. documents.generic reads ℓ as an arbitrary function of w, but only in
the members that differentiate ℓ itself (elsewhere its values are plain numbers: cheaper, and the same where
nothing differentiates it). ``\partial L/\partial w`` differentiates ℓ too, through L's definition: with ℓ a plain
number there, L did not depend on w, the step failed, and a right average and one that drops the 1/N were both
SKIPPED ("ell is not defined … it fails for an arbitrary function").

:func:`reaches_generic` owns that question: does a differentiated expression of a member reach one of the
arbitrary functions through the notes' definitions (the bodies of the names it writes, transitively)? The
resolver then reads the function as a function in that member as well, so both sides see one function.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.generic import derivatives_in
from verifier.documents.infer import names_in
from verifier.documents.values import ResolveError
from verifier.latex import LatexError

__all__ = ["reached_generic", "reaches_generic"]

#: how many definitions are followed (a graph of a lecture's size; a cycle ends at the names seen)
_MOST = 200


def reaches_generic(tree: object, generic: Collection[str], scope: Scope,
                    body: Callable[[Definition], sp.Basic]) -> bool:
    """Does a differentiated expression of ``tree`` reach a name of ``generic`` through the definitions of
    ``scope`` (``body`` parses one; a function's parameters are its own, not names it reaches)?"""
    return bool(reached_generic(tree, generic, scope, body))


def reached_generic(tree: object, generic: Collection[str], scope: Scope,
                    body: Callable[[Definition], sp.Basic]) -> set[str]:
    """The names of ``generic`` the differentiated expressions of ``tree`` reach through the definitions of
    ``scope`` (not the ones they write: documents.generic counts those)."""
    if not generic or not isinstance(tree, sp.Basic):
        return set()
    todo = [n for expr, _var in derivatives_in(tree) for n in names_in(expr)]
    seen: set[str] = set()
    out: set[str] = set()
    while todo and len(seen) < _MOST:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        entry = scope.names.get((name, ()))
        if not isinstance(entry, Definition) or not entry.body or entry.builtin:
            continue
        try:
            names = names_in(body(entry)) - set(entry.params) - set(entry.index_params)
        except (LatexError, ResolveError):
            continue  # a body that cannot be read reaches nothing
        out |= names & set(generic)
        todo.extend(names - seen)
    return out
