r"""An upstream gradient of an unspecified loss, held fixed where a step differentiates through it.

Backprop notes name the gradient that arrives from above, ``G = \partial L/\partial O`` of a loss ``L`` they never
define (``\delta = \partial L/\partial z``, ``g = \partial L/\partial a``), and then differentiate an expression
*written with it* by a parameter below: ``\frac{\partial}{\partial V}\operatorname{tr}(G^\top A V) = A^\top G``,
``\frac{\partial}{\partial s}(g^\top a) = (\operatorname{diag}(a) - aa^\top)g``. That is the linearisation backprop
takes: G is a given array of O's shape, constant in the parameters. Read literally (documents.generic: L an
arbitrary function of O, so G moves with V through O), the derivative grows the terms of G's own dependence, and
the correct step FAILED (fresh20's false alarm).

This module owns the reading that holds such names fixed: :func:`upstream_scope` offers it as another meaning of a
chain (documents.doubts, after the literal reading fails) where a derivative differentiates an expression that
writes an upstream gradient; :func:`held_upstream` tells the resolver (documents.differentiate) which names a
derivative holds. Only a name defined as the derivative of an arbitrary function (a loss the notes leave
unspecified) by an *intermediate* the notes define (``O := AV``) is an upstream gradient: ``g = \nabla_w L`` by the
variable itself is the gradient of a gradient penalty, which moves with w (``\nabla_w \|g\|^2 = 2Hg``). The name
itself differentiated (``\partial G/\partial O``, a Hessian) is never held, nor the name a derivative is by. The
literal reading is tried first, so a step that holds literally keeps its verdict; one wrong under both readings
keeps the literal counterexample. Names the notes never define (``\bar{O}``, "the incoming gradient") are free
inferred arrays already: constant without this reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sympy as sp

from verifier.documents.context import Definition, Scope, key_of
from verifier.documents.generic import derivatives_in, generic_names
from verifier.documents.infer import names_in
from verifier.latex import LatexError

__all__ = ["UPSTREAM", "UPSTREAM_NOTE", "held_upstream", "upstream_scope"]

#: scope.conventions key: the upstream gradients (comma-separated names) a derivative holds fixed
UPSTREAM = "upstream-held"
UPSTREAM_NOTE = "the upstream gradient of the unspecified loss held fixed, as backpropagation does"


def _upstream_names(scope: Scope, parse: Callable[[str], sp.Basic]) -> set[str]:
    r"""The names ``scope`` defines as a derivative of an arbitrary function by a defined intermediate
    (``G := \partial L/\partial O`` with ``O := AV``)."""
    generic = set(generic_names(scope))
    if not generic:
        return set()
    found: set[str] = set()
    for key, entry in scope.names.items():
        if key[1] or not isinstance(entry, Definition) or not entry.body or entry.is_function or entry.builtin:
            continue
        try:
            tree = parse(entry.body)
        except LatexError:
            continue
        if not isinstance(tree, sp.Derivative) and not (
            isinstance(tree, sp.Function) and tree.func.__name__ == "grad"
        ):
            continue
        for expr, var in derivatives_in(tree):
            head, by = key_of(expr), key_of(var)
            if head is None or by is None or head[0] not in generic or by[0] == key[0]:
                continue
            if isinstance(scope.names.get((by[0], ())), Definition):
                found.add(key[0])
    return found


def upstream_scope(scope: Scope, trees: Iterable[sp.Basic], parse: Callable[[str], sp.Basic]) -> Scope | None:
    """The scope of the held reading of a chain (its member ``trees``), or None where it cannot differ from the
    literal one: no derivative of the chain differentiates an expression that writes an upstream gradient."""
    if UPSTREAM in scope.conventions:
        return None
    trees = list(trees)
    if not any(derivatives_in(t) for t in trees):
        return None
    upstream = _upstream_names(scope, parse)
    if not upstream:
        return None
    held = {n for t in trees for expr, var in derivatives_in(t) for n in _held(upstream, expr, var)}
    if not held:
        return None
    other = scope.copy()
    other.conventions[UPSTREAM] = ",".join(sorted(held))
    return other


def _held(upstream: set[str], expr: sp.Basic, var: sp.Basic) -> list[str]:
    head, by = key_of(expr), key_of(var)
    if head is not None and not head[1] and head[0] in upstream:
        return []  # ∂G/∂O: the upstream gradient itself differentiated
    return sorted(n for n in upstream & names_in(expr) if by is None or n != by[0])


def held_upstream(scope: Scope, expr: sp.Basic, var: sp.Basic) -> list[str]:
    """The upstream gradients the derivative ``∂expr/∂var`` holds fixed under the held reading (empty
    without it)."""
    names = scope.conventions.get(UPSTREAM)
    if not names:
        return []
    return _held(set(names.split(",")), expr, var)
