r"""Arbitrary functions a step uses *through* a function the notes define from them.

"Apply the quotient rule $f(x) = \frac{g(x)}{h(x)}$, $f'(x) = \frac{g'(x)h(x) - g(x)h'(x)}{h(x)^2}$":
g and h are never defined, so they are read as arbitrary functions; the step is an identity for every
g and h, and a wrong rule is a real mistake. The doubt that keeps a failure with an undefined function
from being FAILED (:func:`verifier.documents.lonefunctions.lone_functions`: the function applied or
differentiated on one side only, so the step says what a *particular* function is) looked at the
written trees, where the left member shows only f: g and h looked one-sided and every such rule,
right or wrong, was SKIPPED. This module owns the view through the definition: a call of a function
the notes define from arbitrary functions stands for its body at the call's arguments, so the doubt
sees g and h on both sides, where they are.

The same holds for a *value* the notes define from an arbitrary function (``\hat\mu = g(S)``, "the angle
whose sine is S"): a claim about the value (``\sin\hat\mu = S``) uses g on that side, so it says what
the notes' own g is and its failure for an arbitrary g is no counterexample (it was FAILED: the doubt saw
no g in ``\sin\hat\mu``). A name whose definition reaches such a function, directly or through other
defined names, stands for its body too — in a second look that may only *add* that doubt (a function one-sided
through a value), never take it away: seen through ``\epsilon = \sum_{i: h(x_i) \ne y_i} w_i`` the weak classifier h
of AdaBoost's ``Z(\alpha) = \sum_i w_i e^{-\alpha y_i h(x_i)} = (1 - \epsilon)e^{-\alpha} + \epsilon e^{\alpha}``
is on both sides, and the step, true only for a ±1-valued h, was FAILED (stop 52's merge, fresh38).
"""

from __future__ import annotations

import functools

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Scope
from verifier.latex import LatexError, parse_latex

__all__ = ["differentiated_by", "through_definitions"]


def differentiated_by(trees: list[sp.Basic]) -> frozenset[str]:
    """The names ``trees`` differentiate by: a value the step differentiates by (``\\partial/\\partial d`` with
    ``d = \\|f(x_1) - f(x_2)\\|``) is the step's variable on both sides, not its definition (fresh23)."""
    return frozenset(getattr(v, "name", "") for t in trees for d in t.atoms(sp.Derivative) for v, _ in d.variable_count)


@functools.lru_cache(maxsize=256)
def _body(body: str) -> sp.Basic | None:
    """A definition's body with every name before '(' read as a function (``g(x)``), or None."""
    try:
        return parse_latex(body, calls="apply")
    except LatexError:
        return None


_DEPTH = 4  # values defined from values defined from g: how far a name is followed


def _value(name: str, scope: Scope, arbitrary: set[str], seen: frozenset[str]) -> sp.Basic | None:
    """The body of the value ``name`` the notes define (not a function), with the values in it that reach
    the ``arbitrary`` functions replaced in turn, when it reaches one; else None."""
    entry = scope.names.get((name, ()))
    if not (isinstance(entry, Definition) and not entry.is_function and entry.body and not entry.builtin):
        return None
    body = _body(entry.body)
    if body is None or len(seen) >= _DEPTH:
        return None
    inner = {s: v for s in body.free_symbols if s.name not in seen
             and (v := _value(s.name, scope, arbitrary, seen | {s.name})) is not None}  # fmt: skip
    if inner:
        body = body.xreplace(inner)
    return body if {f.func.__name__ for f in body.atoms(AppliedUndef)} & arbitrary else None


def through_definitions(tree: sp.Basic, scope: Scope, arbitrary: set[str], values: bool = False,
                        kept: frozenset[str] = frozenset()) -> sp.Basic:
    """``tree`` with each call of a function the notes define from the ``arbitrary`` functions
    replaced by its body at the call's arguments, and with ``values`` each value defined from them by its
    body too, but the names ``kept`` (other calls and names as they are)."""
    if not arbitrary:
        return tree
    replacements: dict[sp.Basic, sp.Basic] = {}
    for sym in tree.free_symbols if values else ():
        if getattr(sym, "name", None) in kept:
            continue
        value = _value(sym.name, scope, arbitrary, frozenset({sym.name})) if isinstance(sym, sp.Symbol) else None
        if value is not None:
            replacements[sym] = value
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
