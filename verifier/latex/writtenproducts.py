r"""Products, powers and negations in the tree: built in written order where order matters, exact and guarded.

A product with a transpose marker, ones or zeros, an explicit matrix or the inverse of a non-commuting name
is built unevaluated in written order (matrix products neither commute nor cancel: ``A A^{-1}`` is not the
number 1, ``\frac{e^θ}{1^T e^θ}`` not ``1/1^T``); scalar arithmetic is SymPy's, exact, and refused when a
number would have more than ``MAX_DIGITS`` digits. The callbacks that build with these are
:class:`verifier.latex.build.Builder`'s.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import sympy

from verifier.latex.matrixpowers import explicit_power
from verifier.latex.vocabulary import MAX_DIGITS, ONES, TRANSPOSE, ZEROS, LatexError
from verifier.oddroots import real_odd_power

__all__ = ["guarded", "inverted", "kept_product", "mul", "named_times_literal", "neg", "nonscalar", "power"]


def _too_big(value: sympy.Basic) -> bool:
    if isinstance(value, sympy.Rational):
        return max(abs(value.p).bit_length(), abs(value.q).bit_length()) > MAX_DIGITS * 3.33
    return False


def guarded(value: sympy.Basic) -> sympy.Basic:
    if _too_big(value):
        raise LatexError(f"a number in this formula has more than {MAX_DIGITS} digits")
    return value


def nonscalar(e: sympy.Basic) -> bool:
    r"""Does ``e`` involve a transpose marker, ones/zeros or an explicit matrix? Then it is built
    unevaluated in written order: matrix products must neither commute nor cancel
    (``\frac{e^θ}{1^T e^θ}`` is not ``1/1^T``)."""
    return isinstance(e, sympy.MatrixBase) or e.has(TRANSPOSE, ONES, ZEROS)


def named_times_literal(factors: Sequence[sympy.Basic]) -> bool:
    r"""Does a product write an explicit matrix beside a factor with a name (``A\begin{pmatrix}1\\0\end{pmatrix}``)?
    SymPy folds such a product into the literal, the name a scalar in every entry (``[[A], [0]]``, a block
    matrix): the name may be a matrix, so the product is kept as written (:func:`kept_product`; gaps37)."""
    return any(isinstance(f, sympy.MatrixBase) for f in factors) and any(
        not isinstance(f, sympy.MatrixBase) and getattr(f, "free_symbols", None) for f in factors)


def kept_product(factors: Sequence[sympy.Basic]) -> sympy.Expr:
    """The product of ``factors`` in written order, not evaluated (SymPy's ``Mul`` would fold an explicit matrix
    with the names beside it: :func:`named_times_literal`); a rebuild folds it again, to the block matrix read
    before."""
    flat: list[sympy.Basic] = []
    for f in factors:
        flat.extend(f.args if isinstance(f, sympy.Mul) and not f.is_commutative else (f,))
    return sympy.Mul._from_args(tuple(flat), is_commutative=False)


def mul(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr:
    if named_times_literal((a, b)):
        return kept_product((a, b))
    if nonscalar(a) or nonscalar(b) or inverted(a) or inverted(b):
        left = a.args if a.is_Mul and (nonscalar(a) or inverted(a)) else (a,)
        return sympy.Mul(*left, b, evaluate=False)
    return guarded(a * b)


def inverted(e: sympy.Expr) -> bool:
    r"""``e`` holds a negative power of a non-commuting name: SymPy would cancel ``A*A**-1`` to the
    number 1, and ``\operatorname{tr}(A A^{-1})`` would be tr(1) = 1 instead of n."""
    return not e.is_commutative and any(
        not p.base.is_commutative and p.exp.is_negative for p in e.atoms(sympy.Pow)
    )


def neg(a: sympy.Expr) -> sympy.Expr:
    if nonscalar(a):
        return sympy.Mul(sympy.Integer(-1), a, evaluate=False)
    return -a


def power(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
    """``base**exponent``, refusing exact numeric powers that would be astronomically large."""
    if isinstance(base, sympy.MatrixBase):  # \begin{pmatrix} a & b \\ b & c \end{pmatrix}^{-1} (latex.matrixpowers)
        return explicit_power(base, exponent)
    if isinstance(exponent, sympy.Rational) and base.is_number:
        e = abs(exponent.p) / exponent.q
        if isinstance(base, sympy.Rational):
            size = max(abs(base.p), abs(base.q))
            digits = e * math.log10(size) if size > 1 else 0.0
        else:
            digits = e if e > 1000 else 0.0  # irrational numeric base: keep exponents modest
        if digits > MAX_DIGITS:
            raise LatexError(f"the power {base}^{exponent} would have ~{digits:.3g} digits (limit {MAX_DIGITS})")
    if nonscalar(base):
        return sympy.Pow(base, exponent, evaluate=False)
    if isinstance(base, sympy.Rational) and not isinstance(exponent, sympy.Integer):
        # SymPy would try to factor a big base (seconds for 1,000 digits): keep the power as written
        if max(abs(base.p), base.q).bit_length() > 200:
            return sympy.Pow(base, exponent, evaluate=False)
    if (real := real_odd_power(base, exponent)) is not None:  # \sqrt[3]{x^3} = x (verifier.oddroots)
        return guarded(real)
    return guarded(sympy.Pow(base, exponent))
