"""Index notation: vectors and matrices of *symbolic* size, and claims about their entry (i, j).

A catalog entry that asks for its sizes with ``b.size("K")`` is built twice: at concrete sizes
(ordinary ``ImmutableMatrix`` members, checked as always) and once with ``K`` a SymPy symbol.
With a symbolic size a declared vector or matrix is a :class:`GenericMatrix`: a shape plus a rule
giving the entry at (i, j), where i and j may be symbols. Products become sums with symbolic
bounds (``(AB)_ij = sum_k A_ik B_kj``), so any member of such a claim is, entry-wise, a scalar
SymPy expression in ``Indexed`` entries, ``Sum`` and ``KroneckerDelta``. That scalar form is what
:mod:`verifier.forall` proves for every size.

Why a small class of our own rather than SymPy's ``MatrixSymbol`` algebra: entries are all we
need, their meaning is obvious from ten lines of code, and SymPy's matrix-expression calculus is
known to be wrong in places (SymPy issues #15614, #17229, #27406). Indices are 0-based, as in the
concrete builders (``lambda i, j: ...`` over ``range(K)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sympy as sp

SIZE_ASSUMPTIONS = {"integer": True, "positive": True}


class GenericError(ValueError):
    """A builder used a symbolic-size block in a way only concrete sizes allow (e.g. ``range(K)``)."""


def size_symbol(name: str) -> sp.Symbol:
    """A size: a positive integer symbol (every size is at least 1)."""
    return sp.Symbol(name, **SIZE_ASSUMPTIONS)


def is_symbolic(n: Any) -> bool:
    """True for a size that is an expression rather than a Python/SymPy integer."""
    return isinstance(n, sp.Basic) and not n.is_Integer


def index_dummy(name: str = "k") -> sp.Dummy:
    return sp.Dummy(name, integer=True)


def _dim(n: Any) -> sp.Expr:
    return sp.Integer(n) if isinstance(n, int) else n


def _is_one(n: Any) -> bool:
    return n == 1


EntryFn = Callable[[sp.Expr, sp.Expr], Any]


@dataclass(frozen=True, eq=False)
class GenericMatrix:
    """A rows x cols matrix (sizes may be symbols) given by the rule ``fn(i, j)`` for its entries.

    ``base`` is set for a declared variable (its entries are ``base[i]`` or ``base[i, j]``): only
    those can be differentiated with respect to.
    """

    rows: sp.Expr
    cols: sp.Expr
    fn: EntryFn
    base: sp.IndexedBase | None = None
    # entries already built, by index: a repeated entry is the same object (with the same summation
    # dummies), which keeps derivatives and sum normalisation from redoing equal work
    memo: dict[tuple[sp.Expr, sp.Expr], sp.Expr] = field(default_factory=dict, compare=False, repr=False)

    # -- shape and entries ----------------------------------------------------------------------
    @property
    def shape(self) -> tuple[sp.Expr, sp.Expr]:
        return (self.rows, self.cols)

    @property
    def is_vector(self) -> bool:
        return _is_one(self.rows) or _is_one(self.cols)

    def entry(self, i: Any, j: Any) -> sp.Expr:
        key = (sp.sympify(i), sp.sympify(j))
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = sp.sympify(self.fn(*key))
        return hit

    def __getitem__(self, key: Any) -> sp.Expr:
        if isinstance(key, tuple):
            i, j = key
            return self.entry(i, j)
        if _is_one(self.cols):
            return self.entry(key, 0)
        if _is_one(self.rows):
            return self.entry(0, key)
        raise GenericError("a single index into a matrix of symbolic size: write M[i, j]")

    def __iter__(self) -> Iterator[sp.Expr]:
        raise GenericError("a block of symbolic size cannot be listed entry by entry (use ml.total, ml.build)")

    def __len__(self) -> int:
        raise GenericError("a block of symbolic size has no Python length")

    # -- algebra ----------------------------------------------------------------------------------
    @property
    def T(self) -> GenericMatrix:
        return GenericMatrix(self.cols, self.rows, lambda i, j: self.entry(j, i))

    def applyfunc(self, f: Callable[[sp.Expr], Any]) -> GenericMatrix:
        return GenericMatrix(self.rows, self.cols, lambda i, j: f(self.entry(i, j)))

    def _same_shape(self, other: Any, op: str) -> GenericMatrix:
        other = as_generic(other)
        if sp.expand(self.rows - other.rows) != 0 or sp.expand(self.cols - other.cols) != 0:
            raise sp.ShapeError(f"{op} of shapes {self.rows}x{self.cols} and {other.rows}x{other.cols}")
        return other

    def __add__(self, other: Any) -> GenericMatrix:
        o = self._same_shape(other, "sum")
        return GenericMatrix(self.rows, self.cols, lambda i, j: self.entry(i, j) + o.entry(i, j))

    __radd__ = __add__

    def __sub__(self, other: Any) -> GenericMatrix:
        return self + (-as_generic(other))

    def __rsub__(self, other: Any) -> GenericMatrix:
        return as_generic(other) + (-self)

    def __neg__(self) -> GenericMatrix:
        return GenericMatrix(self.rows, self.cols, lambda i, j: -self.entry(i, j))

    def __mul__(self, other: Any) -> GenericMatrix:
        if isinstance(other, GenericMatrix | sp.MatrixBase):
            return matmul(self, as_generic(other))
        c = sp.sympify(other)
        return GenericMatrix(self.rows, self.cols, lambda i, j: self.entry(i, j) * c)

    def __rmul__(self, other: Any) -> GenericMatrix:
        if isinstance(other, sp.MatrixBase):
            return matmul(as_generic(other), self)
        c = sp.sympify(other)
        return GenericMatrix(self.rows, self.cols, lambda i, j: c * self.entry(i, j))

    def __truediv__(self, other: Any) -> GenericMatrix:
        c = sp.sympify(other)
        return GenericMatrix(self.rows, self.cols, lambda i, j: self.entry(i, j) / c)

    def total(self) -> sp.Expr:
        """Sum of all entries (a vector's ``sum_k v_k``)."""
        k, m = index_dummy("k"), index_dummy("m")
        if _is_one(self.cols):
            return sp.Sum(self.entry(k, 0), (k, 0, self.rows - 1))
        if _is_one(self.rows):
            return sp.Sum(self.entry(0, k), (k, 0, self.cols - 1))
        return sp.Sum(self.entry(k, m), (k, 0, self.rows - 1), (m, 0, self.cols - 1))


def as_generic(m: Any) -> GenericMatrix:
    if isinstance(m, GenericMatrix):
        return m
    if isinstance(m, sp.MatrixBase):
        return GenericMatrix(sp.Integer(m.rows), sp.Integer(m.cols), lambda i, j: m[int(i), int(j)])
    raise TypeError(f"not a matrix: {type(m).__name__}")


def matmul(a: GenericMatrix, b: GenericMatrix) -> GenericMatrix:
    """(AB)_ij = sum_k A_ik B_kj; a concrete inner dimension is written out."""
    if sp.expand(a.cols - b.rows) != 0:
        raise sp.ShapeError(f"matrix product of shapes {a.rows}x{a.cols} and {b.rows}x{b.cols}")
    inner = a.cols
    f, g = a.entry, b.entry
    if isinstance(inner, sp.Integer | int) and int(inner) <= 4:
        n = int(inner)
        return GenericMatrix(a.rows, b.cols, lambda i, j: sp.Add(*[f(i, t) * g(t, j) for t in range(n)]))

    def entry(i: sp.Expr, j: sp.Expr) -> sp.Expr:
        k = index_dummy("k")
        return sp.Sum(f(i, k) * g(k, j), (k, 0, inner - 1))

    return GenericMatrix(a.rows, b.cols, entry)


def build(rows: Any, cols: Any, fn: EntryFn) -> GenericMatrix:
    return GenericMatrix(_dim(rows), _dim(cols), fn)


def variable_block(name: str, rows: Any, cols: Any, assumptions: dict[str, bool]) -> GenericMatrix:
    """A declared vector (entries ``name[k]``) or matrix (``name[i, j]``) of symbolic size."""
    base = sp.IndexedBase(name, **assumptions)
    rows, cols = _dim(rows), _dim(cols)
    if _is_one(cols):
        return GenericMatrix(rows, cols, lambda i, j: base[i], base)
    if _is_one(rows):
        return GenericMatrix(rows, cols, lambda i, j: base[j], base)
    return GenericMatrix(rows, cols, lambda i, j: base[i, j], base)


def sum_over(n: Any, fn: Callable[[sp.Expr], Any]) -> sp.Expr:
    """``sum_{k=0}^{n-1} fn(k)``: written out for a concrete n, a ``Sum`` for a symbolic one."""
    if not is_symbolic(n):
        return sp.Add(*[sp.sympify(fn(k)) for k in range(int(n))])
    k = index_dummy("k")
    return sp.Sum(fn(k), (k, 0, n - 1))


def delta(i: Any, j: Any) -> Any:
    """Kronecker delta: an int on concrete indices, ``KroneckerDelta`` on symbolic ones."""
    if isinstance(i, int | sp.Integer) and isinstance(j, int | sp.Integer):
        return 1 if int(i) == int(j) else 0
    return sp.KroneckerDelta(i, j)


# ----------------------------------------------------------------------------------------------
# Derivatives with respect to an entry


def derivative(e: sp.Expr, x: sp.Indexed | sp.Symbol) -> sp.Expr:
    """d e / d x for an entry ``x = base[i]``: ``d base[k] / d base[i] = delta(k, i)``; or for a
    declared scalar ``x`` (no entry depends on it: the rules below with every entry a constant).

    Forward rules with one memo per call, because the members of a network's claim repeat the
    same sub-expressions (the softmax denominator, each layer's pre-activation) many times and
    ``sympy.diff`` redoes each occurrence. Anything beyond sums, products, powers, exp and log is
    handed to ``sympy.diff``. The numeric witness differentiates the function itself (complex
    step), so a wrong rule here would show up as a contradiction, never as a silent pass.
    """
    memo: dict[sp.Basic, sp.Expr] = {}
    base = x.base if isinstance(x, sp.Indexed) else x

    def d(e: sp.Basic) -> sp.Expr:
        hit = memo.get(e)
        if hit is not None:
            return hit
        if not e.has(base):
            out: sp.Expr = sp.S.Zero
        elif isinstance(e, sp.Indexed):
            if not isinstance(x, sp.Indexed):  # an entry whose index names the scalar: not a derivative
                raise GenericError(f"d/d{x} of {e}: the scalar is an index")
            if e.base != base or len(e.indices) != len(x.indices):
                out = sp.S.Zero if e.base != base else sp.diff(e, x)
            else:
                out = sp.Mul(*[sp.KroneckerDelta(a, b) for a, b in zip(e.indices, x.indices, strict=True)])
        elif e.is_Add:
            out = sp.Add(*[d(a) for a in e.args])
        elif e.is_Mul:
            terms = []
            for n, f in enumerate(e.args):
                df = d(f)
                if df != 0:
                    terms.append(sp.Mul(*e.args[:n], df, *e.args[n + 1 :]))
            out = sp.Add(*terms)
        elif e.is_Pow and not e.exp.has(base):
            out = e.exp * e.base ** (e.exp - 1) * d(e.base)
        elif isinstance(e, sp.exp):
            out = e * d(e.args[0])
        elif isinstance(e, sp.log) and len(e.args) == 1:
            out = d(e.args[0]) / e.args[0]
        elif isinstance(e, sp.Sum) and not any(sp.Tuple(lo, hi).has(base) for _, lo, hi in e.limits):
            out = sp.Sum(d(e.function), *e.limits)
        else:
            out = sp.diff(e, x)
        memo[e] = out
        return out

    return d(sp.sympify(e))


# ----------------------------------------------------------------------------------------------
# Members as entry expressions


I_INDEX = sp.Symbol("i", integer=True, nonnegative=True)
J_INDEX = sp.Symbol("j", integer=True, nonnegative=True)


@dataclass(frozen=True)
class EntryForm:
    """A member as one scalar expression in the free indices, with their ranges [0, n - 1]."""

    expr: sp.Expr
    indices: tuple[tuple[sp.Symbol, sp.Expr], ...]  # (index, upper bound) ; lower bound 0


def generic_shape(member: Any) -> tuple[sp.Expr, sp.Expr]:
    """(rows, cols) of a member (1, 1) for scalars; D follows the catalog's layout."""
    from verifier.catalog import D

    if isinstance(member, D):
        fr, fc = generic_shape(member.f)
        if isinstance(member.wrt, sp.Symbol):  # by a declared scalar: the shape of f
            return (fr, fc)
        xr, xc = generic_shape(member.wrt)
        if (fr, fc) == (1, 1):
            return (xr, xc)
        if _is_one(fc) or _is_one(fr):
            return (fr * fc, xr * xc)
        raise GenericError("D of a matrix has no 2-D layout")
    if isinstance(member, GenericMatrix):
        return member.shape
    if isinstance(member, sp.MatrixBase):
        return (sp.Integer(member.rows), sp.Integer(member.cols))
    return (sp.Integer(1), sp.Integer(1))


def _vec_entry(m: Any, k: sp.Expr) -> sp.Expr:
    g = as_generic(m)
    return g.entry(k, 0) if _is_one(g.cols) else g.entry(0, k)


def entry_form(member: Any) -> EntryForm:
    """The member's entry (i, j) with i, j free (an index is omitted where the dimension is 1)."""
    from verifier.catalog import D

    rows, cols = generic_shape(member)
    i = I_INDEX if not _is_one(rows) else sp.Integer(0)
    j = J_INDEX if not _is_one(cols) else sp.Integer(0)
    indices = tuple((s, n - 1) for s, n in ((i, rows), (j, cols)) if isinstance(s, sp.Symbol))
    if isinstance(member, D):
        wrt = member.wrt
        if isinstance(wrt, sp.Symbol):  # entry (i, j) of f, differentiated by the scalar
            f = member.f
            fe = as_generic(f).entry(i, j) if isinstance(f, GenericMatrix | sp.MatrixBase) else sp.sympify(f)
            return EntryForm(derivative(fe, wrt), indices)
        if not isinstance(wrt, GenericMatrix) or wrt.base is None:
            raise GenericError("D(f, x) needs x to be a declared block")
        f = member.f
        if generic_shape(f) == (1, 1):
            fe = as_generic(f).entry(0, 0) if isinstance(f, GenericMatrix | sp.MatrixBase) else sp.sympify(f)
            expr = derivative(fe, wrt.entry(i, j))
        else:  # Jacobian of a vector: J[i, j] = d f_i / d x_j
            expr = derivative(_vec_entry(f, i), _vec_entry(wrt, j))
        return EntryForm(expr, indices)
    if isinstance(member, GenericMatrix | sp.MatrixBase):
        return EntryForm(as_generic(member).entry(i, j), indices)
    return EntryForm(sp.sympify(member), indices)
