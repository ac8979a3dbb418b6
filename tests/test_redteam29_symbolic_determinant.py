r"""The determinant of a symbolic matrix of side 4 or more is taken without fraction-free elimination.

``\det(2A) = 8\det(A)`` with ``A \in \mathbb{R}^{n\times n}`` (a wrong claim: 2^n, and n is a size) ran out
of its 60 s: a determinant's axis is checked at two sizes, and SymPy's default (Bareiss) elimination of
a 5×5 matrix of symbols simplifies a rational function at every pivot (20 s of CPU for one side). The
division-free Berkowitz algorithm gives the same polynomial in well under a second. Example written here."""

from __future__ import annotations

import time

import sympy as sp
from support import doc_steps

from verifier.documents.operators import determinant


def test_a_sized_determinant_claim_is_answered_quickly() -> None:
    start = time.monotonic()
    steps = doc_steps("Let $A \\in \\mathbb{R}^{n \\times n}$.\n\n$$\\det(2A) = 8\\det(A)$$\n")
    assert steps[-1].verdict.value == "FAILED", steps[-1].message
    assert time.monotonic() - start < 30


def test_the_symbolic_determinant_is_the_determinant() -> None:
    m = sp.ImmutableMatrix(5, 5, lambda i, j: sp.Symbol(f"a{i}{j}"))
    point = {s: sp.Integer((7 * k) % 11 - 5) for k, s in enumerate(sorted(m.free_symbols, key=str))}
    assert sp.expand(determinant(m) - m.det(method="laplace")) == 0
    assert determinant(m).xreplace(point) == m.xreplace(point).det()
