r"""Arbitrary functions a step uses *through* a function the notes define from them.

"Apply the quotient rule $f(x) = \frac{g(x)}{h(x)}$, $f'(x) = \frac{g'(x)h(x) - g(x)h'(x)}{h(x)^2}$":
g and h are never defined, so they are read as arbitrary functions; the step is an identity for every
g and h, and a wrong rule is a real mistake. The doubt that keeps a failure with an undefined function
from being FAILED (:func:`verifier.documents.guesses._lone_functions`: the function applied or
differentiated on one side only, so the step says what a *particular* function is) looked at the
written trees, where the left member shows only f: g and h looked one-sided and every such rule,
right or wrong, was SKIPPED. This module owns the view through the definition: a call of a function
the notes define from arbitrary functions stands for its body at the call's arguments, so the doubt
sees g and h on both sides, where they are.
"""

from __future__ import annotations

import functools

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Scope
from verifier.latex import LatexError, parse_latex

__all__ = ["through_definitions"]


@functools.lru_cache(maxsize=256)
def _body(body: str) -> sp.Basic | None:
    """A definition's body with every name before '(' read as a function (``g(x)``), or None."""
    try:
        return parse_latex(body, calls="apply")
    except LatexError:
        return None


def through_definitions(tree: sp.Basic, scope: Scope, arbitrary: set[str]) -> sp.Basic:
    """``tree`` with each call of a function the notes define from the ``arbitrary`` functions
    replaced by its body at the call's arguments (other calls and names as they are)."""
    if not arbitrary:
        return tree
    replacements: dict[sp.Basic, sp.Basic] = {}
    for call in tree.atoms(AppliedUndef):
        entry = scope.names.get((call.func.__name__, ()))
        if not (isinstance(entry, Definition) and entry.is_function and entry.body and not entry.builtin):
            continue
        if len(entry.params) != len(call.args):
            continue
        body = _body(entry.body)
        if body is None or not {f.func.__name__ for f in body.atoms(AppliedUndef)} & arbitrary:
            continue
        params = dict(zip(entry.params, call.args, strict=True))
        replacements[call] = body.xreplace({s: params[s.name] for s in body.free_symbols if s.name in params})
    return tree.xreplace(replacements) if replacements else tree
