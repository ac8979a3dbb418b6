r"""The shapes a function the notes define gives the arguments it is called with (for inference).

``f(x) = x^T A x`` and then ``\nabla f(z) = (A + A^T) z``: read alone, z is a scalar (no other evidence)
and the step FAILED. The body with the call's arguments in its parameters' places (``z^T A z``) is
given to shape inference beside the chain's trees, so z gets the shape the body gives x.
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope

__all__ = ["bodies_at_arguments"]


def bodies_at_arguments(
    trees: list[tuple[sp.Basic, frozenset[str]]], scope: Scope, bodies: dict[Key, sp.Basic]
) -> list[tuple[sp.Basic, frozenset[str]]]:
    r"""For each call ``f(z)`` of a function the notes define (``f(x) = x^T A x``) with names as its
    arguments: the body with each argument in its parameter's place (``z^T A z``), so the argument gets
    the shape the body gives the parameter (read alone, z was a scalar and ``\nabla f(z) = (A + A^T) z``
    FAILED)."""
    out: list[tuple[sp.Basic, frozenset[str]]] = []
    seen: set[sp.Basic] = set()
    for tree, bound in trees:
        for call in tree.atoms(AppliedUndef):
            entry = scope.names.get((call.func.__name__, ()))
            body = bodies.get((call.func.__name__, ()))
            if call in seen or body is None or not isinstance(entry, Definition) or not entry.is_function:
                continue
            seen.add(call)
            if len(call.args) != len(entry.params) or not all(isinstance(a, sp.Symbol) for a in call.args):
                continue
            by_name = dict(zip(entry.params, call.args, strict=True))
            mapping = {s: by_name[s.name] for s in body.free_symbols if s.name in by_name and by_name[s.name] != s}
            if mapping and not any(a.name in bound for a in call.args):
                try:
                    out.append((body.xreplace(mapping), bound))
                except (ValueError, TypeError):
                    # SymPy refuses the body at these arguments (max(αz, z) with z a parse symbol that
                    # is not known real): this is only a hint for inference, so the call gives none
                    continue
    return out
