r"""The shapes a function the notes define gives the arguments it is called with (for inference).

``f(x) = x^T A x`` and then ``\nabla f(z) = (A + A^T) z``: read alone, z is a scalar (no other evidence)
and the step FAILED. The body with the call's arguments in its parameters' places (``z^T A z``) is
given to shape inference beside the chain's trees, so z gets the shape the body gives x.
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import Definition, Key, Scope

__all__ = ["bare_bodies", "bodies_at_arguments"]


def bodies_at_arguments(
    trees: list[tuple[sp.Basic, frozenset[str]]], scope: Scope, bodies: dict[Key, sp.Basic]
) -> list[tuple[sp.Basic, frozenset[str]]]:
    r"""For each call ``f(z)`` of a function the notes define (``f(x) = x^T A x``) with names (or entries
    of a family, ``h_\theta(x^{(i)})``) as its arguments: the body with each argument in its parameter's
    place (``z^T A z``), so the argument gets the shape the body gives the parameter (read alone, z was a
    scalar and ``\nabla f(z) = (A + A^T) z`` FAILED). A call at the parameter's own name (``f(x)``) gives
    the body as written. :func:`bare_bodies` does the same for a function written bare (``\nabla_x f``)."""
    out: list[tuple[sp.Basic, frozenset[str]]] = []
    seen: set[sp.Basic] = set()
    for tree, bound in trees:
        # in SymPy's order, not the set's: the order the bodies are read in decides which inferred size gets
        # which default, and a set of calls moves with the hash seed from one process to the next (docspeed65)
        for call in sorted(tree.atoms(AppliedUndef), key=sp.default_sort_key):
            entry = scope.names.get((call.func.__name__, ()))
            body = bodies.get((call.func.__name__, ()))
            if call in seen or body is None or not isinstance(entry, Definition) or not entry.is_function:
                continue
            seen.add(call)
            if len(call.args) != len(entry.params) or not all(_argument(a) for a in call.args):
                continue
            by_name = dict(zip(entry.params, call.args, strict=True))
            mapping = {s: by_name[s.name] for s in body.free_symbols if s.name in by_name and by_name[s.name] != s}
            # h(x^{(i)}) inside \sum_i: the sample's index is the sum's, bound where the body is read
            indices = {str(i) for a in call.args if isinstance(a, sp.Indexed) for i in a.indices}
            if not any(str(a) in bound for a in call.args if isinstance(a, sp.Symbol)):
                # f(x) at the notes' own x: the body as written, its x the notes' x (trust14: x^T A x
                # made no vector of the x of \nabla f(x) = 2Ax, nor a matrix of A)
                try:
                    out.append((body.xreplace(mapping), bound | indices))
                except (ValueError, TypeError):
                    # SymPy refuses the body at these arguments (max(αz, z) with z a parse symbol that
                    # is not known real): this is only a hint for inference, so the call gives none
                    continue
    return out


def bare_bodies(bodies: dict[Key, sp.Basic], scope: Scope, bare: set[str]) -> list[tuple[sp.Basic, frozenset[str]]]:
    r"""The bodies of the functions the notes define that a chain writes bare (``\nabla_x f`` after ``f(x)
    = x^T A x``), with their parameters free: f alone is f at the x of the line, so that x gets the shape
    the body gives the parameter (read alone, x was a scalar, and A with it)."""
    out: list[tuple[sp.Basic, frozenset[str]]] = []
    for key, body in bodies.items():
        entry = scope.names.get(key)
        if isinstance(entry, Definition) and entry.is_function and key[0] in bare and not key[1]:
            out.append((body, frozenset()))
    return out


def _argument(node: sp.Basic) -> bool:
    """A name, or an entry of a family at letter indices (``x^{(i)}``, ``z_k``): what a call may be
    given for the body to shape (an expression argument has its own shape already)."""
    if isinstance(node, sp.Symbol):
        return True
    return isinstance(node, sp.Indexed) and all(isinstance(i, sp.Symbol) for i in node.indices)
