r"""Powers of an explicit matrix: ``\begin{pmatrix} a & b \\ b & c \end{pmatrix}^{-1}``, ``(…)^2``.

Notes invert a small matrix by hand — the 2×2 formula ``\begin{pmatrix} a & b \\ b & c \end{pmatrix}^{-1} =
\frac{1}{ac - b^2}\begin{pmatrix} c & -b \\ -b & a \end{pmatrix}``, a kernel matrix in a Gaussian-process
exercise — and the builder refused every power of an explicit matrix, so a sign slip in the formula was
SKIPPED (fresh25). A square matrix of at most :data:`MAX_SIZE` rows is raised to an integer power: ``-1`` is
its inverse (refused where its determinant is identically zero: no inverse to compare with), a positive
power the repeated product, a negative one the inverse's. Anything else (a non-square matrix, a fractional
power, a large matrix) stays refused, as before.

Only a matrix of scalars: its entries numbers and names written in lower case (``a``, ``\sigma_1``). A block
matrix ``\begin{pmatrix} A & B \\ C & D \end{pmatrix}^{-1}`` has matrices for entries, which do not commute:
inverted as scalars it would hide a swapped factor of the Schur complement (``C D^{-1} B`` for
``B D^{-1} C``), so it stays refused.
"""

from __future__ import annotations

import sympy

from verifier.latex.vocabulary import LatexError

__all__ = ["MAX_POWER", "MAX_SIZE", "explicit_power"]

MAX_SIZE = 4  # rows of a matrix inverted symbolically (the adjugate of a larger one is a large formula)
MAX_POWER = 8  # the largest |power| computed


def explicit_power(base: sympy.MatrixBase, exponent: sympy.Expr) -> sympy.MatrixBase:
    """``base**exponent`` for a small square explicit matrix and an integer exponent; LatexError otherwise."""
    names = {str(a.base.label) for a in base.atoms(sympy.Indexed)} | {
        str(x) for x in base.free_symbols if not isinstance(x, sympy.Indexed)}
    if any(not n[:1].islower() for n in names) or any(not x.is_commutative for x in base.free_symbols):
        raise LatexError("powers of explicit matrices of matrices (blocks) are not supported")
    rows, cols = base.shape
    if rows != cols or rows > MAX_SIZE or not (isinstance(exponent, sympy.Integer) and 0 < abs(exponent) <= MAX_POWER):
        raise LatexError("powers of explicit matrices are not supported (only small square ones, integer powers)")
    if exponent < 0:
        det = sympy.simplify(base.det())
        if det == 0:
            raise LatexError("the inverse of an explicit matrix whose determinant is zero")
        base = sympy.ImmutableMatrix(base.adjugate() / det)
    return sympy.ImmutableMatrix(base ** abs(int(exponent)))
