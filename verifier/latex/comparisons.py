r"""Comparisons in the tree, and the summation ranges a subscript states with them.

``a < b \leq c`` is kept as written (:class:`Relations`): a subscript of ``\sum`` reads its shape as a range
(``i=1``, ``-m \leq j \leq m``, ``t \geq 0``: :func:`limits_of`), a condition (``j \neq i``, an Iverson
bracket) its meaning. A comparison of a product of matrices (``\mathbb{1}[W x > 0]``) stays unevaluated in
classes of its own (:class:`_OfProducts`) until the resolver has replaced the matrices by their entries. The
callbacks that meet these are :class:`verifier.latex.build.Builder`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy

from verifier.latex.vocabulary import LatexError

__all__ = ["Limits", "Relations", "limits_of"]


@dataclass(frozen=True)
class Relations:
    """``a < b <= c`` as written (a summation range needs its shape, a condition its meaning)."""

    items: tuple[Any, ...]  # expr, relation text, expr, relation text, expr, ...

    def condition(self) -> sympy.Basic:
        # a condition on a matrix product (\mathbb{1}[W x > 0]) keeps its factors in written order: refused,
        # the formula fell back to a reading that loses the order of every product in it (_OfProducts)
        parts = [_relation(str(self.items[k]), self.items[k - 1], self.items[k + 1])
                 for k in range(1, len(self.items), 2)]  # fmt: skip
        return sympy.And(*parts)


@dataclass(frozen=True)
class Limits:
    index: sympy.Symbol
    lower: sympy.Expr | None
    upper: sympy.Expr | None
    condition: sympy.Basic | None = None
    label_value: sympy.Expr | None = None  # \sum_{y=j} with no upper bound: the terms whose y is j


class _OfProducts:
    r"""A comparison that may hold a product of matrices (``\mathbb{1}[W x > 0]``, entry by entry).

    SymPy refuses to compare a non-commutative product (it is not real), and every rebuild of a tree
    (``xreplace``, a rewrite) would evaluate the comparison again; such a comparison stays unevaluated
    until the resolver has replaced its matrices by their entries."""

    def __new__(cls, lhs: Any, rhs: Any, **options: Any) -> Any:
        if not (getattr(lhs, "is_commutative", True) and getattr(rhs, "is_commutative", True)):
            options["evaluate"] = False
        return super().__new__(cls, lhs, rhs, **options)  # type: ignore[misc]

    # SymPy turns a comparison around through tables of its own four classes; these keep ours (a
    # lookup that misses would build a comparison of no class, or keep ">" with its sides swapped)
    @property
    def negated(self) -> Any:
        return _NEGATED[type(self)](*self.args)  # type: ignore[attr-defined]

    @property
    def reversed(self) -> Any:
        a, b = self.args  # type: ignore[attr-defined]
        return _REVERSED[type(self)](b, a)

    @property
    def reversedsign(self) -> Any:
        a, b = self.args  # type: ignore[attr-defined]
        return _REVERSED[type(self)](-a, -b)


class _Lt(_OfProducts, sympy.StrictLessThan):
    pass


class _Gt(_OfProducts, sympy.StrictGreaterThan):
    pass


class _Le(_OfProducts, sympy.LessThan):
    pass


class _Ge(_OfProducts, sympy.GreaterThan):
    pass


_NEGATED: dict[type, type] = {_Lt: _Ge, _Gt: _Le, _Le: _Gt, _Ge: _Lt}
_REVERSED: dict[type, type] = {_Lt: _Gt, _Gt: _Lt, _Le: _Ge, _Ge: _Le}


_RELATIONS = {"=": sympy.Eq, "==": sympy.Eq, "!=": sympy.Ne, "<": sympy.Lt, ">": sympy.Gt, "<=": sympy.Le,
              ">=": sympy.Ge}  # fmt: skip
_OF_PRODUCTS = {"<": _Lt, ">": _Gt, "<=": _Le, ">=": _Ge}


def _relation(text: str, lhs: Any, rhs: Any) -> sympy.Basic:
    """``lhs text rhs``; SymPy's own classes unless a side is a product of matrices (:class:`_OfProducts`)."""
    if text in _OF_PRODUCTS and not (getattr(lhs, "is_commutative", True) and getattr(rhs, "is_commutative", True)):
        return _OF_PRODUCTS[text](lhs, rhs)
    return _RELATIONS[text](lhs, rhs)


def limits_of(rel: Relations, upper: sympy.Expr | None) -> Limits:
    r"""The summation range a subscript states: ``i=1``, ``-m \leq j \leq m``, ``j \neq i``, ``i < n``."""
    items = rel.items
    ops = [str(items[k]) for k in range(1, len(items), 2)]
    if len(items) == 3 and isinstance(items[0], sympy.Symbol):
        index, op, value = items[0], ops[0], items[2]
        if op in ("=", "=="):
            if upper is None and not value.is_number:  # \sum_{y=j}: a filter or a range? (latex.labelsums)
                return Limits(index, None, None, label_value=value)
            return Limits(index, value, upper)
        if op in (">=", ">") and upper is None and value.is_integer and value.is_number:
            # \sum_{t \ge 0}: a start and no end is the notation of a series (a filter of an inferred finite
            # range would test 1/(1 - r) against three terms of the geometric series)
            return Limits(index, value if op == ">=" else value + 1, sympy.oo)
        return Limits(index, None, upper, rel.condition())
    if len(items) == 5 and isinstance(items[2], sympy.Symbol) and set(ops) <= {"<=", "<"} and upper is None:
        lo = items[0] if ops[0] == "<=" else items[0] + 1
        hi = items[4] if ops[1] == "<=" else items[4] - 1
        return Limits(items[2], lo, hi)
    raise LatexError("cannot read the summation range from its subscript")
