r"""Function parameters written with a subscript: ``J_{neg-sample}(v_c, o, U)``.

Notes name a loss by the quantities it depends on as they write them elsewhere: the center word's
vector ``v_c``, an outside vector ``u_o``. :func:`verifier.documents.context.parse_definition` took only
plain names as parameters, so such a loss was never learned and every step about it was SKIPPED. A
parameter with letter subscripts is kept under its display name (``v_c``), and this module binds it:

* :func:`bound_body`: in the function's body, the parameter written as an entry (``v_c`` parsed as entry
  c of a family v) is the parameter, so an argument passed to the function replaces it; written as a
  name of its own (``\mathbf{v_c}``, a labelled name), it already is;
* :func:`parameter_tree`: the function used bare (``\partial J/\partial v_c``) is applied to its
  parameters as the notes write them at the line, ``v_c`` read as the notes read it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sympy as sp

from verifier.latex.vocabulary import GREEK

__all__ = ["bound_body", "is_parameter", "numbered_unwritten", "parameter_tree", "subscripted", "summed_parameter"]


def subscripted(param: str) -> tuple[str, tuple[str, ...]] | None:
    """``v_c`` → (``v``, (``c``,)); None for a plain name."""
    if "_" not in param:
        return None
    base, _, subs = param.partition("_")
    if base and subs.isdigit():  # w_1 of f(w_1, w_2): one numbered coordinate
        return (base, (subs,))
    parts = tuple(subs.split(",")) if "," in subs else tuple(subs)
    return (base, parts) if base and parts and all(p.isalpha() for p in parts) else None


def is_parameter(arg: sp.Basic) -> bool:
    """A name (``o``, ``\\mathbf{v_c}`` read as one name), an entry with letter subscripts (``v_c``) or one
    numbered coordinate (``w_1`` of ``f(w_1, w_2)``: :func:`numbered_unwritten` says when it is one)."""
    if isinstance(arg, sp.Symbol):
        return True
    if isinstance(arg, sp.Indexed) and len(arg.indices) == 1 and isinstance(arg.indices[0], sp.Integer):
        return arg.indices[0] >= 0
    return isinstance(arg, sp.Indexed) and all(isinstance(i, sp.Symbol) and i.name.isalpha() for i in arg.indices)


def numbered_unwritten(args: Sequence[sp.Basic], body: sp.Basic) -> bool:
    """Is one of the numbered coordinates ``args`` a definition's head is written at (``f(w_1, w_2)``) not written
    in its ``body``? Then the line is a value at a point (``f(x_0) = 3``), not a function of the coordinates."""
    written = body.atoms(sp.Indexed) if isinstance(body, sp.Basic) else set()
    return any(isinstance(a, sp.Indexed) and isinstance(a.indices[0], sp.Integer) and a not in written
               for a in args)


def bound_body(tree: sp.Basic, params: Sequence[str]) -> sp.Basic:
    """``tree`` with each subscripted parameter written as an entry (``v_c``) replaced by the parameter's
    own symbol (bound by the call like a plain parameter)."""
    wanted = {sub: p for p in params if (sub := subscripted(p)) is not None}
    if not wanted:
        return tree
    swap: dict[sp.Basic, sp.Basic] = {}
    for node in sp.preorder_traversal(tree):
        if isinstance(node, sp.Indexed) and all(isinstance(i, sp.Symbol | sp.Integer) for i in node.indices):
            key = (str(node.base.label), tuple(str(i) for i in node.indices))
            if key in wanted:
                swap[node] = sp.Symbol(wanted[key])
    return tree.xreplace(swap) if swap else tree


def summed_parameter(tree: sp.Basic, params: Sequence[str]) -> str | None:
    r"""A subscripted parameter whose entries a sum of the body runs over (``f(x_i) = \sum_{i=1}^n x_i^2``):
    the body's ``x_i`` is then the family's entry, and whether the call's argument replaces it (n times
    its square) or only names what f depends on (the sum of the squares) the notes do not say."""
    wanted = {sub: p for p in params if (sub := subscripted(p)) is not None}
    for node in tree.atoms(sp.Sum, sp.Product) if wanted else ():
        summed = {str(lim[0]) for lim in node.limits}
        for entry in node.function.atoms(sp.Indexed):
            key = (str(entry.base.label), tuple(str(i) for i in entry.indices))
            if key in wanted and summed & set(key[1]):
                return wanted[key]
    return None


def parameter_tree(param: str, parse: Callable[[str], sp.Basic]) -> sp.Basic:
    """The parameter as the notes write it at the line where the function is used bare."""
    sub = subscripted(param)
    if sub is None:
        return sp.Symbol(param)
    base, parts = sub
    head = f"\\{base}" if base in GREEK else base  # mu_1 of KL(mu_1, sigma_1) is \mu_1 (fresh69), not m u_1
    return parse(f"{head}_{{{','.join(parts) if any(len(p) > 1 for p in parts) else ''.join(parts)}}}")
