r"""Constant letters the notes use as quantities: ``\pi`` differentiated by (``\frac{dH}{d\pi}``).

``\pi`` is read as 3.14159… unless the notes declare or define it. Notes on probabilities and policies
write π for a probability (the entropy ``H(\pi) = -\pi\log\pi - …``, a mixing weight, a policy's
probability of an action) and then differentiate by it. Nobody differentiates by the number π: a
chain that writes a derivative with respect to π (``d/d\pi``, ``\partial/\partial\pi``) uses π as a
quantity, and its undeclared π is inferred like any other name (a real scalar, unless the chain says
more). Only that chain: elsewhere in the notes π keeps its meaning (``\sqrt{2\pi}`` in a density).
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

__all__ = ["DIFFERENTIABLE_CONSTANTS", "differentiated_constants"]

#: the constant letters read as a quantity in a chain that differentiates by them
DIFFERENTIABLE_CONSTANTS = frozenset({"pi"})


def differentiated_constants(trees: Iterable[sp.Basic]) -> frozenset[str]:
    r"""The letters of :data:`DIFFERENTIABLE_CONSTANTS` some derivative in ``trees`` is taken with
    respect to (``Derivative(H, pi)`` from ``\frac{dH}{d\pi}``)."""
    found: set[str] = set()
    for tree in trees:
        if not isinstance(tree, sp.Basic):
            continue
        for sub in sp.preorder_traversal(tree):
            if isinstance(sub, sp.Derivative):
                for var, _count in sub.variable_count:
                    if isinstance(var, sp.Symbol) and var.name in DIFFERENTIABLE_CONSTANTS:
                        found.add(var.name)
    return frozenset(found)
