r"""``h \otimes (\hat{y} - y)`` of two vectors read as their outer product (a matrix), not a Kronecker vector.

The tensor product of two vectors u and v is, in ML notes, the matrix of the u_i v_j ("the outer
product of h with ŷ − y", ``\partial J / \partial W = h \otimes \delta``). The parser reads ``\otimes``
as the Kronecker product, which for two row vectors (or two columns) is a long vector, so such a
step compared with a matrix did not fit, and with declared shapes it was FAILED. This module owns
the other reading: every ``\otimes`` of two vectors is their outer product
(:func:`verifier.documents.operators.outer`). :mod:`verifier.documents.doubts` tries it as one more
reading of a failing chain that writes ``\otimes`` and reports it with the step; a column ⊗ a row is
the same matrix under both readings."""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

__all__ = ["NOTE", "as_outer", "writes_otimes"]

NOTE = "\\otimes of two vectors as their outer product (the matrix of u_i v_j)"
_OUTER = sp.Function("outer")


def writes_otimes(latex: str) -> bool:
    return "\\otimes" in latex or "⊗" in latex


def as_outer(tree: sp.Basic) -> sp.Basic:
    """``tree`` with each Kronecker product (``kron``) replaced by an outer product (``outer``)."""
    return tree.replace(
        lambda n: isinstance(n, AppliedUndef) and n.func.__name__ == "kron" and len(n.args) == 2,
        lambda n: _OUTER(*n.args),
    )
