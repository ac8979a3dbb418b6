r"""Whole-vector and whole-matrix notation of a one-off claim, read into index notation of symbolic size.

``verify check '\|x\|^2 = x^\top x' --vector x:n`` is checked by the document engine
(:mod:`verifier.commands.checknotes`) at concrete sizes. This module owns the second reading that lets
such a claim be PROVED for every n: each member, parsed with the declared names non-commutative (so
that ``x^\top A x`` keeps its order), is rebuilt from :class:`verifier.indexed.GenericMatrix` blocks of
symbolic size, and the chain goes to the size-generic argument (:func:`verifier.sizes.prove_generic_claim`),
the one catalog entries that ask for their sizes use.

The reading is deliberately small and literal; anything outside it raises :class:`Unread` and the claim
keeps its concrete-size verdict:

* a declared vector or matrix is a block (entries ``x[k]``, 0-based: the notes' ``x_i`` is ``x[i - 1]``);
  a size name is the size; any other letter is a real scalar (positive under ``--positive``), ``\pi`` the number;
* ``^\top``, products in their written order (a 1×1 product is the scalar it is), sums of equal shapes,
  integer powers of a square matrix, any power of a scalar;
* ``\mathbf{1}`` and ``I`` sized by the block they multiply or are added to;
* ``\|v\|`` and ``\|v\|_2`` of a vector (a matrix's bare norm is ambiguous: unread), ``\operatorname{tr}``,
  ``\operatorname{diag}(v)``, ``\odot``, ``\operatorname{softmax}(z)`` of a vector;
* a scalar function (``\exp``, ``\log``, ``\sigma``, …) of a scalar, or entry-wise of a vector (of a
  matrix it may be the matrix function: unread);
* ``\nabla_x f`` of a scalar and ``\frac{\partial}{\partial x}`` as a whole member (the catalog's layout:
  a scalar's gradient has x's shape, a vector's Jacobian is J[i, j] = ∂f_i/∂x_j);
* ``\sum_{i=1}^{n}`` (or ``\sum_i``) over entries ``x_i`` of vectors whose length is that bound.

A green verdict needs both readings: the document engine's proof at the concrete sizes and this one's
proof for every size; this reading never makes a verdict FAILED on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.catalog import D
from verifier.indexed import GenericMatrix, build, delta, index_dummy, matmul, size_symbol, variable_block

__all__ = ["Unread", "generic_members"]


class Unread(ValueError):
    """The member uses notation outside this reading."""


@dataclass(frozen=True)
class _Ones:
    """``c\\mathbf{1}`` (a column; ``row`` after ``^\\top``) before a neighbour gives its length."""

    row: bool = False
    scale: sp.Expr = sp.S.One


@dataclass(frozen=True)
class _Eye:
    """``cI`` before a neighbour gives its size."""

    scale: sp.Expr = sp.S.One


_Value = Any  # sp.Expr (a scalar), GenericMatrix, D (a whole member only), _Ones or _Eye
_SCALAR_FUNCTIONS: dict[type, Callable[[sp.Expr], sp.Expr]] = {
    sp.exp: sp.exp, sp.log: sp.log, sp.tanh: sp.tanh, sp.sin: sp.sin, sp.cos: sp.cos,
}  # fmt: skip


def _is_one(n: sp.Expr) -> bool:
    return n == 1


def _scalar(v: _Value) -> sp.Expr:
    folded = _fold(v)
    if isinstance(folded, sp.Expr):
        return folded
    raise Unread(f"a scalar was expected, not {type(v).__name__}")


def _vector(v: _Value) -> GenericMatrix:
    if isinstance(v, GenericMatrix) and (_is_one(v.rows) or _is_one(v.cols)):
        return v
    raise Unread("a vector was expected")


def _vec_entry(v: GenericMatrix, k: sp.Expr) -> sp.Expr:
    return v.entry(k, 0) if _is_one(v.cols) else v.entry(0, k)


def _length(v: GenericMatrix) -> sp.Expr:
    return v.rows if _is_one(v.cols) else v.cols


def _fold(v: _Value) -> _Value:
    """A 1×1 block is the scalar it holds (``x^\\top x`` times a vector)."""
    if isinstance(v, GenericMatrix) and _is_one(v.rows) and _is_one(v.cols):
        return v.entry(0, 0)
    return v


def _sized(v: _Value, rows: sp.Expr, cols: sp.Expr) -> GenericMatrix:
    if isinstance(v, _Eye):
        if rows != cols:
            raise Unread("I beside a block that is not square")
        return build(rows, cols, lambda i, j: v.scale * delta(i, j))
    return build(rows, cols, lambda i, j: v.scale)


def _product(a: _Value, b: _Value) -> _Value:
    if isinstance(a, D) or isinstance(b, D):
        raise Unread("a derivative inside a product")
    if isinstance(a, sp.Expr) and isinstance(b, _Ones | _Eye):  # c\mathbf{1}, cI: still unsized
        return replace(b, scale=a * b.scale)
    if isinstance(a, _Ones | _Eye) and isinstance(b, _Ones | _Eye):
        raise Unread("two unsized blocks side by side")
    if isinstance(a, _Ones | _Eye):
        if not isinstance(b, GenericMatrix):
            raise Unread("an unsized block times a scalar")
        if isinstance(a, _Ones) and not a.row:
            raise Unread("a column of ones times a block")
        a = _sized(a, sp.S.One if isinstance(a, _Ones) else b.rows, b.rows)
    if isinstance(b, _Ones | _Eye):
        if not isinstance(a, GenericMatrix):
            raise Unread("a scalar times an unsized block")
        if isinstance(b, _Ones) and b.row:
            raise Unread("a block times a row of ones")
        b = _sized(b, a.cols, a.cols if isinstance(b, _Eye) else 1)
    if isinstance(a, GenericMatrix) and isinstance(b, GenericMatrix):
        if sp.expand(a.cols - b.rows) != 0:
            raise Unread(f"a product of shapes {a.rows}x{a.cols} and {b.rows}x{b.cols}")
        return _fold(matmul(a, b))
    if isinstance(a, GenericMatrix):
        return a * b
    if isinstance(b, GenericMatrix):
        return b * a
    return a * b


def _sum(a: _Value, b: _Value) -> _Value:
    if isinstance(a, _Ones | _Eye) and isinstance(b, GenericMatrix):
        a = _sized(a, b.rows, b.cols)
    if isinstance(b, _Ones | _Eye) and isinstance(a, GenericMatrix):
        b = _sized(b, a.rows, a.cols)
    if isinstance(a, GenericMatrix) and isinstance(b, GenericMatrix):
        if sp.expand(a.rows - b.rows) != 0 or sp.expand(a.cols - b.cols) != 0:
            raise Unread("a sum of blocks of different shapes")
        return _fold(a + b)
    if isinstance(a, GenericMatrix | _Ones | _Eye | D) or isinstance(b, GenericMatrix | _Ones | _Eye | D):
        raise Unread("a scalar added to a block (or a derivative inside a sum)")
    return a + b


class _Reader:
    """One claim's names: blocks by name, sizes by name, and the scalars' assumptions."""

    def __init__(
        self,
        blocks: Mapping[str, GenericMatrix],
        sizes: Mapping[str, sp.Symbol],
        positive: set[str],
        scalar_functions: Mapping[str, Callable[[Any], Any]],
    ) -> None:
        self.blocks = blocks
        self.sizes = sizes
        self.positive = positive
        self.functions = scalar_functions
        self.bound: dict[sp.Symbol, sp.Expr] = {}  # a sum's index -> its 0-based dummy

    # -- leaves ---------------------------------------------------------------------------------
    def symbol(self, s: sp.Symbol) -> _Value:
        name = s.name
        if name in self.blocks:
            return self.blocks[name]
        if name in self.sizes:
            return self.sizes[name]
        if s in self.bound:
            raise Unread(f"the index {name} used as a number")
        if name == "ones":
            return _Ones()
        if name == "I":
            return _Eye()
        if name == "pi" and name not in self.positive:
            return sp.pi
        if "__" in name or not s.is_commutative:
            raise Unread(f"the name {name}")
        return sp.Symbol(name, positive=True) if name in self.positive else sp.Symbol(name, real=True)

    def indexed(self, e: sp.Indexed) -> sp.Expr:
        block = self.blocks.get(str(e.base.label))
        if block is None or len(e.indices) != 1 or e.indices[0] not in self.bound:
            raise Unread(f"the entry {e}")
        return _vec_entry(_vector(block), self.bound[e.indices[0]])

    # -- nodes ----------------------------------------------------------------------------------
    def read(self, e: sp.Basic) -> _Value:
        if isinstance(e, sp.Symbol):
            return self.symbol(e)
        if isinstance(e, sp.Indexed):
            return self.indexed(e)
        if e.is_Number or e in (sp.pi, sp.E):
            return e
        if isinstance(e, sp.Mul):
            values = [self.read(f) for f in e.args]
            scale = sp.Mul(*[v for v in values if isinstance(v, sp.Expr)])  # scalars commute with every block
            blocks = [v for v in values if not isinstance(v, sp.Expr)]
            if not blocks:
                return scale
            out: _Value = blocks[0]
            for f in blocks[1:]:
                out = _product(out, f)
            return _product(scale, out) if scale != 1 else out
        if isinstance(e, sp.Add):
            terms = [self.read(a) for a in e.args]
            total: _Value = terms[0]
            for t in terms[1:]:
                total = _sum(total, t)
            return total
        if isinstance(e, sp.Pow):
            return self.power(e)
        if isinstance(e, sp.Sum):
            return self.sum(e)
        if isinstance(e, sp.Derivative):
            if len(e.variables) != 1:
                raise Unread("a derivative by several names")
            return self.derivative(self.read(e.expr), e.variables[0])
        if isinstance(e, sp.exp | sp.log | sp.tanh | sp.sin | sp.cos) and len(e.args) == 1:
            return self.entrywise(_SCALAR_FUNCTIONS[type(e)], self.read(e.args[0]))
        if isinstance(e, AppliedUndef):
            return self.call(e.func.__name__, [self.read(a) for a in e.args], e)
        raise Unread(f"{type(e).__name__}")

    def power(self, e: sp.Pow) -> _Value:
        base, exp = self.read(e.base), e.exp
        if isinstance(base, GenericMatrix):
            if not (exp.is_Integer and 1 <= int(exp) <= 4) or sp.expand(base.rows - base.cols) != 0:
                raise Unread("a power of a block other than a small positive integer one of a square matrix")
            out = base
            for _ in range(int(exp) - 1):
                out = matmul(out, base)
            return _fold(out)
        exp_value = _scalar(self.read(exp))
        return _scalar(base) ** exp_value

    def sum(self, e: sp.Sum) -> sp.Expr:
        limits = list(e.limits)
        body = e.function
        out_limits = []
        for index, lo, hi in limits:
            length = self.index_length(body, index)
            if not (str(lo).endswith("__lo") and str(hi).endswith("__hi")):
                if lo != 1 or sp.expand(_scalar(self.read(hi)) - length) != 0:
                    raise Unread(f"a sum over {index} that is not 1..length")
            k = index_dummy("k")
            self.bound[index] = k
            out_limits.append((k, 0, length - 1))
        try:
            inner = _scalar(self.read(body))
        finally:
            for index, _, _ in limits:
                self.bound.pop(index, None)
        return sp.Sum(inner, *out_limits)

    def index_length(self, body: sp.Basic, index: sp.Symbol) -> sp.Expr:
        """The common length of the vectors ``body`` indexes with ``index``."""
        lengths = set()
        for x in body.atoms(sp.Indexed):
            if index in x.free_symbols:
                block = self.blocks.get(str(x.base.label))
                if block is None or x.indices != (index,):
                    raise Unread(f"the entry {x}")
                lengths.add(_length(_vector(block)))
        if len(lengths) != 1:
            raise Unread(f"the range of {index}")
        return lengths.pop()

    def derivative(self, f: _Value, wrt: sp.Basic) -> D:
        if not isinstance(wrt, sp.Symbol):
            raise Unread("a derivative by an expression")
        x = self.read(wrt)
        if isinstance(x, GenericMatrix):
            if x.base is None:
                raise Unread("a derivative by a block that is not declared")
        elif not (isinstance(x, sp.Symbol) and x.name == wrt.name):
            raise Unread(f"a derivative by {wrt}")
        if isinstance(f, D | _Ones | _Eye):
            raise Unread("a derivative of a derivative or of an unsized block")
        if isinstance(f, GenericMatrix) and not (_is_one(f.rows) or _is_one(f.cols)):
            raise Unread("a derivative of a matrix")
        return D(f, x)

    def entrywise(self, fn: Callable[[Any], Any], v: _Value) -> _Value:
        if isinstance(v, GenericMatrix):
            return _vector(v).applyfunc(fn)
        return fn(_scalar(v))

    def call(self, name: str, args: list[_Value], e: sp.Basic) -> _Value:
        if name == "transpose" and len(args) == 1:
            a = args[0]
            if isinstance(a, _Ones):
                return replace(a, row=not a.row)
            if isinstance(a, _Eye):
                return a
            return _fold(a.T) if isinstance(a, GenericMatrix) else _scalar(a)
        if name == "grad" and len(args) == 2:
            return self.derivative(_scalar(args[0]), e.args[1])
        if name == "norm" and (len(args) == 1 or (len(args) == 2 and args[1] == 2)):
            v = _vector(args[0])
            k = index_dummy("k")
            return sp.sqrt(sp.Sum(_vec_entry(v, k) ** 2, (k, 0, _length(v) - 1)))
        if name == "tr" and len(args) == 1 and isinstance(m := args[0], GenericMatrix):
            if sp.expand(m.rows - m.cols) != 0:
                raise Unread("the trace of a matrix that is not square")
            k = index_dummy("k")
            return sp.Sum(m.entry(k, k), (k, 0, m.rows - 1))
        if name == "diag" and len(args) == 1:
            v = _vector(args[0])
            n = _length(v)
            return build(n, n, lambda i, j: delta(i, j) * _vec_entry(v, i))
        if name == "hadamard" and len(args) == 2:
            a, b = args
            if not (isinstance(a, GenericMatrix) and isinstance(b, GenericMatrix)) or a.shape != b.shape:
                raise Unread("a Hadamard product of other than two blocks of one shape")
            return build(a.rows, a.cols, lambda i, j: a.entry(i, j) * b.entry(i, j))
        if name == "softmax" and len(args) == 1:
            v = _vector(args[0])
            n = _length(v)
            k = index_dummy("k")
            total = sp.Sum(sp.exp(_vec_entry(v, k)), (k, 0, n - 1))
            return build(v.rows, v.cols, lambda i, j: sp.exp(v.entry(i, j)) / total)
        fn = self.functions.get(name.lower())
        if fn is not None and len(args) == 1:
            return self.entrywise(fn, args[0])
        raise Unread(f"the function {name}")


def generic_members(
    texts: Sequence[str],
    *,
    vectors: Mapping[str, str],
    matrices: Mapping[str, tuple[str, str]],
    positive: set[str],
    functions: Mapping[str, Callable[[Any], Any]],
) -> tuple[list[Any], list[sp.Symbol]]:
    """The members of symbolic size and the size symbols; :class:`Unread` when a member is outside the reading.

    ``vectors``: name -> length, ``matrices``: name -> (rows, cols), each a size name or a number."""
    from verifier.documents.quantityletters import quantity_letters, self_multiplied
    from verifier.latex import DEFAULT_FUNCTIONS, LatexError, parse_latex  # the parser: loaded only when needed

    size_names = [d for d in (*vectors.values(), *(x for m in matrices.values() for x in m)) if not d.isdigit()]
    sizes = {n: size_symbol(n) for n in dict.fromkeys(size_names)}

    def dim(d: str) -> sp.Expr:
        return sp.Integer(int(d)) if d.isdigit() else sizes[d]

    def assumptions(name: str) -> dict[str, bool]:
        return {"positive": True} if name in positive else {"real": True}

    blocks = {name: variable_block(name, dim(n), 1, assumptions(name)) for name, n in vectors.items()}
    blocks |= {name: variable_block(name, dim(r), dim(c), assumptions(name)) for name, (r, c) in matrices.items()}
    reader = _Reader(blocks, sizes, positive, functions)
    members = []
    # g_i(\gamma z_i + \beta) where the claim writes g_i z_i: g_i times the bracket, as the documents engine
    # reads it for the concrete check (documents.quantityletters), not entry i of a function g
    products = quantity_letters("$" + " = ".join(texts) + "$")
    for text in texts:
        try:
            calls = DEFAULT_FUNCTIONS - products - self_multiplied(text)
            tree = parse_latex(text, prime_var=None, functions=calls, noncommutative=frozenset(blocks))
        except LatexError as exc:
            raise Unread(str(exc)) from exc
        value = reader.read(tree)
        if isinstance(value, _Ones | _Eye):
            raise Unread("a member that is an unsized block")
        members.append(value)
    if not sizes:
        raise Unread("no size to prove for")
    return members, list(sizes.values())
