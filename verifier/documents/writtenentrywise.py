r"""A member that writes ``\odot`` has a notation for the entry-wise product: its juxtaposition is not one.

The resolver reads a product of two factors of one shape that do not conform (two N×m matrices) as
entry-wise (documents.resolve ``_chain_product``): notes write ``(W^T\delta)\,\sigma'(z)`` meaning the
entry-wise product. But in ``(\Delta_2 W_2^T)(1 - H \odot H)`` the same member writes ``\odot`` for
the entry-wise product, so the juxtaposition beside it is the matrix product — the mistake "⊙ replaced
by a matrix product" — and reading it as entry-wise made that mistake PROVED. In a member that writes
``\odot`` (or ``\circ`` read as it) a non-conforming product of two *matrices* stays a dimension mismatch.
Two vectors keep the entry-wise reading: ``(W_2^T\delta_2) \odot h(1 - h)`` is the common shorthand of
σ'(z) = σ(z)(1 - σ(z)) lifted to vectors (a column times a column is no matrix product anyone means).
"""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

__all__ = ["ENTRYWISE_WRITTEN", "writes_entrywise"]

#: why the product is not read entry-wise, for the dimension mismatch's message
ENTRYWISE_WRITTEN = "the member writes ⊙ for the entry-wise product, so this one is a matrix product"


def writes_entrywise(tree: object) -> bool:
    """Does ``tree`` (a member's neutral tree) write an entry-wise product (``\\odot``)?"""
    if not isinstance(tree, sp.Basic):
        return False
    return any(isinstance(n, AppliedUndef) and n.func.__name__ == "hadamard" for n in sp.preorder_traversal(tree))
