r"""The free indices of the quantity a derivative differentiates, through the notes' value definitions.

``\frac{\partial L}{\partial z_j} = p_j - [j = y]`` after ``L = -\log p_y``: the loss is the one of the
label y, so the left side depends on y as the right does. The doubt "the index y is free on one side
only (an implied sum?)" (:mod:`verifier.documents.guesses`) looked through the notes' *function*
definitions only (``\ell(\alpha) = … x_m …``), so y counted on the right alone and every wrong gradient
of a loss defined for one label (``p_j + [j = y]``, ``\mathbf{1}_y - p``) was SKIPPED, never caught.

This module owns that one reading (:func:`differentiated_free`): the free indices of the bodies of the
value definitions that the operand of a derivative reaches (``L`` of ``∂L/∂z_j`` or ``\nabla_z L``, and
what L's definition uses in turn). Only there: a name a side merely writes (``m`` of
``m = \frac{1}{H} x_h`` in a sum) keeps its body's indices to itself, and an entry-wise family's own
index (``\hat{y}_i := \operatorname{softmax}(\theta)_i``) or an index summed in the body is not free.
The caller does nothing where the notes sum repeated indices (a body's free-looking index is summed there).
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.documents.context import Definition, Scope
from verifier.documents.infer import names_in
from verifier.documents.members import free_names
from verifier.latex import LatexError

__all__ = ["differentiated_free"]

_GRADIENTS = frozenset({"grad", "hessian"})


def differentiated_free(
    tree: sp.Basic, scope: Scope, reach: Callable[[set[str], Scope], set[str]], parse: Callable[[str], sp.Basic]
) -> set[str]:
    """The free indices (of entries ``x_i``) in the bodies of the value definitions that the operands of
    the derivatives in ``tree`` reach (``reach``: the names and every name their definitions use)."""
    operands: set[str] = set()
    for d in tree.atoms(sp.Derivative, sp.Function) if isinstance(tree, sp.Basic) else ():
        if isinstance(d, sp.Derivative):
            operands |= names_in(d.expr)
        elif d.func.__name__ in _GRADIENTS and d.args:  # \nabla_z L: grad(L, z), a marker of the parser
            operands |= names_in(d.args[0])
    out: set[str] = set()
    for name in reach(operands, scope) if operands else ():
        entry = scope.names.get((name, ()))
        if not isinstance(entry, Definition) or entry.is_function or not entry.body or entry.builtin:
            continue
        try:
            body = parse(entry.body)
        except LatexError:
            continue
        bound = frozenset(entry.index_params)
        out |= {i for x in body.atoms(sp.Indexed) for i in free_names(x, bound, bases=False)
                if i in free_names(body, bound)}  # fmt: skip
    return out
