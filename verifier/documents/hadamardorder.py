r"""``a \circ b\, C`` read as ``(a \circ b)\, C``: an entry-wise product at the level of the products beside it.

The parser gives ``\circ``/``\odot`` a looser binding than juxtaposition (``a \circ b C`` is
``a \circ (b C)``), the usual precedence of a binary operator. Backprop notes often mean the other
grouping, read left to right: ``(\hat{y} - y) W^{(2)T} \circ \sigma'(t)\, W^{(1)T}`` is the hidden
layer's error (the row ``(\hat{y} - y) W^{(2)T}`` times ``\sigma'(t)`` entry by entry) carried on
through ``W^{(1)T}`` — with the literal grouping the entry-wise product meets a ``\sigma'(t)
W^{(1)T}`` of another length, and the member has no value at all. This module owns that other
grouping: the matrix factors after the ``\circ`` are split at the first one, which alone enters the
entry-wise product, and the rest multiply its result (scalars are kept as factors of the whole).

:mod:`verifier.documents.doubts` tries it as one more reading of a chain that writes ``\circ`` or
``\odot``, only for steps whose shapes clash as written (a reading of the grouping, never a way
around values that differ), and reports it with the step.
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

__all__ = ["NOTE", "left_to_right", "writes_hadamard"]

NOTE = "\\circ read at the level of the products beside it, left to right ((a \\circ b) C)"


def writes_hadamard(latex: str) -> bool:
    return "\\circ" in latex or "\\odot" in latex


def _split(node: sp.Basic) -> sp.Basic:
    left, right = node.args
    if not isinstance(right, sp.Mul):
        return node
    scalars, factors = right.args_cnc()
    if len(factors) < 2:
        return node
    return sp.Mul(*scalars, node.func(left, factors[0]), *factors[1:], evaluate=False)


def left_to_right(tree: sp.Basic) -> sp.Basic:
    """``tree`` with each two-operand entry-wise product whose right operand is a product of matrix
    factors regrouped as (left ∘ first factor) · the other factors."""
    return tree.replace(
        lambda n: isinstance(n, AppliedUndef) and n.func.__name__ == "hadamard" and len(n.args) == 2,
        _split,
    )
