r"""The inverse of a small symbolic matrix that is no plain name: ``(AB)^{-1}``, ``(I + A)^{-1}``, ``(X^\top X)^{-1}``.

:func:`verifier.documents.squares.inverse_of` inverts symbolically only a named matrix (entries that are
symbols) of side at most 3 and any matrix of side 2: SymPy's inverse of a product of symbolic matrices grew so
large, expanded and simplified, that checks ran for minutes. So ``(AB)^{-1} = B^{-1}A^{-1}`` was SKIPPED ("too
large to invert symbolically") at the first size, 3. This module owns the cheap alternative: the adjugate
over the determinant by cofactor expansion, with every entry, minor and the determinant left unexpanded. Its
tree grows as the entries' trees times side! products, which at side 3 is 9 cofactors of 2 products each:
small enough for the numeric stage (which evaluates it at sampled matrices: a singular draw is no point) and
for the symbolic budget to give up on quickly. Larger sides keep the refusal.
"""

from __future__ import annotations

import sympy as sp

__all__ = ["MAX_COFACTOR_SIDE", "cofactor_inverse"]

#: the largest side inverted by unexpanded cofactors (side 4 already has 16 cofactors of 6 products of 3)
MAX_COFACTOR_SIDE = 3


def _det(m: list[list[sp.Expr]]) -> sp.Expr:
    """The determinant of the rows ``m`` by expansion along the first row, unexpanded."""
    if len(m) == 1:
        return m[0][0]
    return sp.Add(*(sp.Integer((-1) ** j) * m[0][j] * _det([row[:j] + row[j + 1:] for row in m[1:]])
                    for j in range(len(m))))


def cofactor_inverse(base: sp.MatrixBase) -> sp.ImmutableMatrix | None:
    """The inverse of the square ``base`` as its adjugate over its determinant, unexpanded; None when the
    determinant is exactly 0 or the side is past :data:`MAX_COFACTOR_SIDE`."""
    n = base.rows
    if n != base.cols or n > MAX_COFACTOR_SIDE:
        return None
    rows = [[base[i, j] for j in range(n)] for i in range(n)]
    det = _det(rows)
    if det == 0:
        return None

    def cofactor(i: int, j: int) -> sp.Expr:
        minor = [r[:j] + r[j + 1:] for k, r in enumerate(rows) if k != i]
        return sp.Integer((-1) ** (i + j)) * _det(minor)

    return sp.ImmutableMatrix(n, n, lambda i, j: cofactor(j, i) / det)  # the adjugate is the cofactors transposed
