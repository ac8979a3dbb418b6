r"""Sums, products and powers of resolved values: how the resolver multiplies what the notes write side by side.

:mod:`verifier.documents.resolve` turns a parsed tree into SymPy values node by node; this module owns the
arithmetic of those values once resolved — a sum (a bare ``I`` sized by the square matrices beside it), a product
of scalars, vectors and matrices in the written order (a product whose order SymPy lost tried in every order
that conforms and keeps the written order of its non-commuting factors, and refused when those disagree; 1×1
factors taken out as scalars; a ``1×n`` by ``n×1`` pair read as a scalar; two same-shaped factors read entry-wise
unless the notes write ⊙; ``\mathbf{1}`` sized by its neighbours), and a power (of a square matrix a matrix
power, ``A^{-1}`` an inverse). A mixin of :class:`~verifier.documents.resolve.Resolver`, as its
:class:`~verifier.documents.calls.Calls` and :class:`~verifier.documents.differentiate.Differentiation` are: the
arithmetic needs the resolver's scope and its notes.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.comparedproducts import COMPARED_NOTE, scalar_outcomes
from verifier.documents.oneslength import ones_size_key
from verifier.documents.onesproducts import OnesUnsized, factor_values, shape_ones
from verifier.documents.onesums import sized_ones
from verifier.documents.squares import (
    INVERSE,
    INVERSE_KEY,
    inverse_of,
    names_a_matrix,
    square_base,
)
from verifier.documents.values import (
    DimensionError,
    Eye,
    Ones,
    ResolveError,
    Value,
    elementwise,
    is_matrix,
    norm,
    shape_of_value,
)
from verifier.documents.writtenentrywise import ENTRYWISE_WRITTEN
from verifier.latex.matrixpowers import MAX_POWER


class _Arithmetic:
    """Sums, products and powers of resolved values (mixed into the resolver)."""

    def _add(self, terms: list[Value]) -> Value:
        if any(isinstance(t, Ones) for t in terms):
            terms = sized_ones(terms)  # 1 - σ(z): as long as z (documents.onesums)
        if any(isinstance(t, Eye) for t in terms):
            terms = _sized_identities(terms)
        if not any(is_matrix(t) for t in terms):
            return sp.Add(*terms)
        return elementwise(lambda *xs: sp.Add(*xs), *terms)

    def _mul(self, args: Sequence[sp.Basic], env: dict[str, Value], compared: bool = False) -> Value:
        args = list(args)
        # "\log \mathbf{1}^T e^\theta": the logarithm of the product, not of the row vector 1^T
        for k, a in enumerate(args):
            if isinstance(a, sp.log) and _is_ones_t(a.args[0]) and k + 1 < len(args):
                inner = sp.Mul(a.args[0], *args[k + 1 :], evaluate=False)
                self._note("\\log \\mathbf{1}^T e^{…} read as \\log(\\mathbf{1}^T e^{…})")
                args = [*args[:k], sp.log(inner, evaluate=False)]
                break
        values = factor_values(args, lambda a: self.value(a, env))  # (I - 1 1^T/n) x (documents.onesproducts)
        mats = [k for k, v in enumerate(values) if is_matrix(v) or isinstance(v, Ones)]
        # Names are parsed non-commuting so that factor order is kept; a matrix factor that is a
        # commuting SymPy object comes from a re-reading with commuting symbols (SymPy cannot compare
        # non-commuting ones in Z > 0 or max(Z, 0)), so its written place is unknown: every
        # placement is tried, and the product is accepted only if all valid ones agree.
        # A vector of ones (u\mathbf{1}_n^T) is a commuting node in either parse: beside a non-commuting
        # factor the parse kept the written order, so it is no sign of a commuting re-reading.
        ordered = any(not a.is_commutative for a in args)
        loose = [k for k in mats if is_matrix(values[k]) and args[k].is_commutative]
        if len(mats) > 1 and any(not (ordered and _ones_node(args[k])) for k in loose):
            # SymPy keeps the written order of the non-commuting factors (A A^T in A A^T \nabla f, whose
            # commuting gradient node it moved to the front): only the commuting ones' places are open (ctx60)
            kept = [k for k in mats if not args[k].is_commutative]
            return self._unordered_product(values, mats, kept, compared)
        return self.multiply(values)

    def _unordered_product(
        self, values: list[Value], mats: list[int], kept: Sequence[int] = (), compared: bool = False
    ) -> Value:
        r"""The product of ``values`` whose matrix factors ``mats`` lost their written order: every order that
        conforms is tried, and the product is accepted only if they all agree. ``kept``: the factors (among
        ``mats``, in written order) whose relative order is known; only orders that keep it are tried, unless none of
        them conforms (then every order is, the reading before ctx60: a vector the notes write on the other side).
        ``compared``: the product is a term of a comparison's side, where only the orders giving a number count
        when the orders disagree (``w^\top x`` against ``x w^\top``: documents.comparedproducts)."""
        if len(mats) > 4:
            raise ResolveError("the order of the factors of this product is lost (too many matrix factors)")
        scalars = [v for k, v in enumerate(values) if k not in mats]
        outcomes: list[Value] = []
        orders = list(itertools.permutations(mats))
        written = [p for p in orders if [k for k in p if k in kept] == list(kept)]  # the known order kept
        for perm in written:
            try:
                outcomes.append(self.multiply([*scalars, *(values[k] for k in perm)]))
            except (DimensionError, OnesUnsized):  # an order that does not conform, or leaves a ones vector unsized
                continue
        if not outcomes and len(written) < len(orders):  # none conforms as written: every order, as before ctx60
            return self._unordered_product(values, mats, compared=compared)
        if not outcomes:
            return self.multiply(values)  # raises the dimension error of the order SymPy kept
        if compared and any(_differs(outcomes[0], o) for o in outcomes[1:]) and (numbers := scalar_outcomes(outcomes)):
            self._note(COMPARED_NOTE)  # y_i w^T x_i < 1: the inner product, not x_i w^T (comparedproducts)
            outcomes = numbers
        if any(_differs(outcomes[0], o) for o in outcomes[1:]):
            raise ResolveError("the order of the factors of this product is ambiguous after reading it")
        return outcomes[0]

    def multiply(self, values: list[Value]) -> Value:
        """Written-order product: scalars commute, matrices multiply (with reported readings)."""
        scalar: sp.Expr = sp.Integer(1)
        mats: list[Value] = []
        eyes = [v for v in values if isinstance(v, Eye)]
        if eyes:  # I M = M I = M: the identity takes the size its neighbour needs
            values = [v for v in values if not isinstance(v, Eye)]
            scale = sp.Mul(*(e.scale for e in eyes))
            if not any(is_matrix(norm(v)) or isinstance(v, Ones) for v in values):
                return Eye(sp.Mul(scale, *values))
            values = [scale, *values]
        for v in values:
            v = norm(v)
            if is_matrix(v) or isinstance(v, Ones):
                mats.append(v)
            else:
                scalar = scalar * v
        if not mats:
            return scalar
        if len(mats) == 1 and isinstance(mats[0], Ones):  # c\mathbf{1}: sized by a sum it stands in
            return Ones(mats[0].transposed, mats[0].scale * scalar)
        # 1^T v, 1 1^T x, 1 b^T in a sum (documents.onesproducts); an outer product as long as the notes say
        mats = shape_ones(mats, self._lookup(k) if (k := ones_size_key(self.scope)) else None)
        product, extra = self._chain_product(mats)
        return norm(product * (scalar * extra)) if is_matrix(product) else product * scalar * extra

    def _chain_product(self, mats: list[sp.ImmutableMatrix]) -> tuple[Value, sp.Expr]:
        extra: sp.Expr = sp.Integer(1)
        mats = list(mats)
        while True:
            scalars = [k for k, m in enumerate(mats) if m.shape == (1, 1)]
            for k in reversed(scalars):
                extra = extra * mats.pop(k)[0, 0]
            if not mats:
                return extra, sp.Integer(1)
            breaks = [k for k in range(len(mats) - 1) if mats[k].cols != mats[k + 1].rows]
            if not breaks:
                return functools.reduce(lambda a, b: a * b, mats), extra
            # a row·column pair anywhere is a scalar (x^T y), and scalars commute
            pair = next(
                (k for k in range(len(mats) - 1) if mats[k].rows == 1 and mats[k + 1].cols == 1
                 and mats[k].cols == mats[k + 1].rows),
                None,
            )  # fmt: skip
            if pair is not None:
                a, b = mats[pair], mats[pair + 1]
                self._note(f"a 1×{a.cols} by {b.rows}×1 product read as a scalar (inner product)")
                mats[pair : pair + 2] = [a * b]
                continue
            k = breaks[0]
            a, b = mats[k], mats[k + 1]
            if a.shape == b.shape and not (self.entrywise_written and min(a.shape) > 1):
                self._note(f"a product of two {a.rows}×{a.cols} factors read as entry-wise")
                mats[k : k + 2] = [sp.ImmutableMatrix(a.rows, a.cols, lambda i, j, a=a, b=b: a[i, j] * b[i, j])]
                continue
            why = f" ({ENTRYWISE_WRITTEN})" if a.shape == b.shape else ""
            raise DimensionError(f"dimension mismatch: a {a.rows}×{a.cols} factor times a {b.rows}×{b.cols} "
                                 f"factor{why}")  # fmt: skip

    def _pow(self, base: Value, exp: Value, written: sp.Basic | None = None) -> Value:
        if isinstance(base, Eye) and isinstance(exp, sp.Integer):
            return Eye(base.scale**exp)  # I^{-1} = I, (λI)^2 = λ²I
        if is_matrix(exp) or isinstance(exp, Ones | Eye) or isinstance(base, Ones | Eye):
            raise ResolveError("powers with vector exponents or of a vector of ones are not supported")
        if not is_matrix(base):
            return sp.Pow(base, exp)
        if base.rows == base.cols and isinstance(exp, sp.Integer) and exp > 1:
            if exp > MAX_POWER and base.rows > 1 and base.free_symbols:  # A^{20}: 2 GB, a minute (redteam38)
                raise ResolveError(f"a power {exp} of a matrix of unknowns is too large to expand (past {MAX_POWER})")
            self._note("power of a square matrix read as a matrix power")
            return norm(_multiplied(base, exp))
        if base.rows == base.cols and base.rows > 1 and isinstance(exp, sp.Integer) and exp < 0:
            if self.scope.conventions.get(INVERSE_KEY) == "entrywise":  # the other reading (entrywiseinverse)
                self._note("A^{-1} of a square matrix read entry-wise (each entry's reciprocal)")
                return elementwise(lambda e: sp.Pow(e, exp), base)
            if written is None or not names_a_matrix(written):
                raise ResolveError("the inverse of a matrix (or its entry-wise reciprocal?) is ambiguous here")
            named = square_base(sp.Pow(written, -1)) is not None or isinstance(written, sp.Indexed)  # Σ_k labelled
            inverse = inverse_of(base, named)  # documents/squares.py
            if inverse is None:
                raise ResolveError("the matrix to invert is singular at this draw, or too large to invert symbolically")
            self._note(INVERSE)
            return inverse if exp == -1 else norm(_multiplied(inverse, -exp))  # A^{-2} = (A^{-1})^2, as A^2 is AA
        return elementwise(lambda e: sp.Pow(e, exp), base)


def _multiplied(base: sp.MatrixBase, exp: sp.Integer) -> sp.MatrixBase:
    """``base**exp`` by repeated products, without SymPy's default ``dotprodsimp`` after each.

    That default cancels every entry of every intermediate product: for a symbolic 3×3 ``X^{-2}`` it
    was 4 of the 6 CPU seconds of a ``verify check`` (a TIMEOUT under load). The checks after
    resolving evaluate the entries or compare them exactly; neither needs them cancelled.
    """
    return base.pow(exp, method="multiply")


def _differs(a: Value, b: Value) -> bool:
    """Do two values differ? Compared at one fixed pseudo-random point (cheap, no simplify)."""
    if shape_of_value(a) != shape_of_value(b):
        return True
    xs = list(a) if is_matrix(a) else [a]
    ys = list(b) if is_matrix(b) else [b]
    symbols = sorted(set().union(*(sp.sympify(e).free_symbols for e in xs + ys)), key=str)
    point = {sym: sp.Rational(3 + 2 * k, 7 + k) for k, sym in enumerate(symbols)}
    for x, y in zip(xs, ys, strict=True):
        d = complex(sp.sympify(x - y).xreplace(point).evalf(30))
        if abs(d) > 1e-12 * (1 + abs(complex(sp.sympify(x).xreplace(point).evalf(30)))):
            return True
    return False


def _ones_node(node: sp.Basic) -> bool:
    r"""``\mathbf{1}``, ``\mathbf{1}_n`` or its transpose, as the parser writes them."""
    if isinstance(node, AppliedUndef) and node.func.__name__ == "transpose" and len(node.args) == 1:
        node = node.args[0]
    if isinstance(node, sp.Indexed):
        node = node.base.label
    return node == sp.Symbol("ones")


def _is_ones_t(node: sp.Basic) -> bool:
    return isinstance(node, AppliedUndef) and node.func.__name__ == "transpose" and node.args[0] == sp.Symbol("ones")


def _sized_identities(terms: list[Value]) -> list[Value]:
    r"""The identities of a sum as concrete matrices, of the one square shape of its matrix terms
    (``X^T X + \lambda I``); a sum without one is refused, never guessed."""
    shapes = {norm(t).shape for t in terms if is_matrix(norm(t))}
    if len(shapes) != 1 or (shape := next(iter(shapes)))[0] != shape[1]:
        raise ResolveError("the identity matrix I in a sum: its size cannot be inferred (no square matrix beside it)")
    return [t.scale * sp.ImmutableMatrix.eye(shape[0]) if isinstance(t, Eye) else t for t in terms]
