r"""A product compared with a number (inside ``\max(0, …)``, ``\mathbb{1}[… < 1]``, ``… > 0``): an inner product.

SymPy cannot compare non-commuting symbols, so a member that writes ``\max(0, 1 - y_i w^\top x_i)`` or
``\mathbb{1}[y_i w^\top x_i < 1]`` is parsed again with commuting ones (documents.notationparse), and a product of
a transposed vector and a vector loses its written order: the resolver tries every order that conforms
(documents.arithmetic) and refuses the product where they disagree — ``w^\top x`` (a number) against ``x w^\top``
(an n×n matrix). Where x_i is a sample, a vector (bold ``\mathbf{x}_i``, ``x^{(i)}``, documents.plainsamples),
the hinge loss and the SVM's subgradient were SKIPPED "the order of the factors … is ambiguous".

A term of an argument of a comparison (``\max``, ``\min``, ``<``, ``>``, ``\le``, ``\ge``) is compared with a
number or with another term; a row and a column whose order is lost there are read as the inner product, the one
order that gives a number — an outer product compared with a number is no inequality a note writes. Only the
orders that conform and give a 1×1 value are kept, and only where every such order agrees; where none does, or
the product sits deeper (inside a call, a sum, a power), every order is tried as before. This module owns the
terms (:func:`compared_terms`) and the choice among the orders (:func:`scalar_outcomes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from verifier.documents.values import Value, is_matrix

__all__ = ["COMPARED_NOTE", "compared_terms", "scalar_outcomes", "self_inner_as_norm"]

COMPARED_NOTE = "a row and a column compared with a number (their order lost in reading it) read as an inner product"


def compared_terms(args: Iterable[sp.Basic]) -> frozenset[sp.Basic]:
    r"""The products that are terms of the compared expressions ``args`` (through sums and negations only, and
    through a sum a plain name scales: the ``w^\top x`` of ``y(w^\top x + b) < 1``, :func:`_scaled_sum`)."""
    out: set[sp.Basic] = set()
    todo = list(args)
    while todo:
        node = todo.pop()
        if isinstance(node, sp.Add):
            todo.extend(node.args)
        elif isinstance(node, sp.Mul):
            out.add(node)
            todo.extend(a for a in node.args if isinstance(a, sp.Mul))
            todo.extend(a for a in node.args if isinstance(a, sp.Add) and _scaled_sum(node, a))
    return frozenset(out)


def _scaled_sum(product: sp.Mul, total: sp.Add) -> bool:
    r"""Is the sum ``total`` a factor of the compared ``product`` whose other factors are numbers and plain names
    (``y``, ``y_i``: ``y_i(w^\top x_i + b)``)? Then the sum is a number too (a plain name times a matrix compared
    with a number is nothing a note writes), and so are its terms. Not beside a transpose or a call
    (``u^\top (x w^\top + B) v``: a sum of matrices between a row and a column)."""
    return all(f is total or f.is_number or isinstance(f, sp.Symbol | sp.Indexed) for f in product.args)


def scalar_outcomes(outcomes: list[Value]) -> list[Value]:
    """The outcomes of the orders of a compared product that are numbers (or 1×1)."""
    return [o for o in outcomes if not is_matrix(o) or o.shape == (1, 1)]


# w^\top w, \mathbf{w}^T\mathbf{w}, w_1^{\top} w_1: a lowercase name (bold or with a subscript) transposed, then itself
_SELF_INNER = re.compile(
    r"(?<![A-Za-z\\])(?<![_^])(?<![_^]\{)((?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*[a-z]\s*\}|[a-z])(?:_\{?[A-Za-z0-9]+\}?)?)"
    r"\s*\^\s*(?:\{\s*)?(?:\\top|\\intercal|T)(?![A-Za-z])\s*\}?\s*\1(?![A-Za-z0-9_^'{])"
)


def self_inner_as_norm(src: str) -> str:
    r"""``src`` with each ``w^\top w`` (a lowercase name transposed times itself) written ``\|w\|^2``, for the
    re-reading with commuting symbols (documents.notationparse), where the written order of ``w^\top`` and ``w`` is
    lost and the product was ambiguous — the inner product or ``w w^\top`` — so that ``\frac{\lambda}{2} w^\top w +
    \max(0, 1 - y w^\top x)`` was SKIPPED (ml71b). ``w w^\top``, written so, stays ambiguous: never green."""
    return _SELF_INNER.sub(lambda m: rf"\|{m.group(1)}\|^2", src)
