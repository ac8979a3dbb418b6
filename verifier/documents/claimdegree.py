r"""The degree of a claim in the entries of its vectors and matrices: the size its other-size check needs.

A claim about a size the notes leave open (``A \in \mathbb{R}^{n \times n}``) is checked at a first size (3) and
one other (:mod:`verifier.documents.othersizes`). A claim that is a polynomial in the entries of its sized names,
of degree d, built from products, traces, transposes, sums over indices and integer powers, holds at every size
once it holds at a size past d: an identity among traces of n×n matrices of degree at most n is one of every size
(the first identity of n×n matrices that is not, Cayley–Hamilton's, has degree n + 1 as a scalar identity, n as a
matrix one), and the power sums p₁, …, p_d of n ≥ d numbers are independent. The claims a fixed other size misses
are exactly of this kind: Newton's identity for e₅ written with traces (120 e₅ of the eigenvalues: 0 for every
matrix of side at most 4), a Cayley–Hamilton identity of side 4 written for n×n, the same power sums of a vector;
at n = 4 they hold. So the other size is at least d for a scalar claim and d + 1 for a matrix or a vector one
(:func:`verifier.documents.othersizes.other_sizes`).

:func:`degree` reads that d from the parsed trees, without resolving anything: a sized name (one the scope
declares with a shape, or a matrix the parser keeps non-commutative) and its entries count 1; sums add
nothing; products add, integer powers multiply; a trace, a transpose, a norm or a gradient keeps its argument's
degree (an upper bound is all the size needs). Anything else of a sized name — a determinant (its degree is the
size itself), an inverse, an exponential, an unknown function, a non-integer power — has no degree here (None),
and the other size is then chosen as before.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import Scope, VarDecl

__all__ = ["degree", "degree_of"]

# functions that keep the degree of their first argument (linear in it, or a bound of the degree: a norm)
_KEEP = frozenset({"tr", "Trace", "trace", "transpose", "adjoint", "conjugate", "norm", "grad", "diag", "vec",
                   "T", "Transpose", "sum"})  # fmt: skip


def _sized(name: str, scope: Scope) -> bool:
    decl = scope.names.get((name, ()))
    return isinstance(decl, VarDecl) and decl.dims is not None


def degree(tree: sp.Basic, scope: Scope) -> int | None:
    """The degree of ``tree`` in the entries of the scope's sized names, or None where it has none (module
    docstring)."""
    if isinstance(tree, (sp.Number, sp.NumberSymbol)) or tree in (sp.S.ImaginaryUnit, sp.S.true, sp.S.false):
        return 0
    if isinstance(tree, sp.Symbol):
        return 1 if (not tree.is_commutative or _sized(tree.name, scope)) else 0
    if isinstance(tree, sp.Indexed):
        return degree(tree.base.label, scope)
    if isinstance(tree, sp.IndexedBase):
        return degree(tree.label, scope)
    if isinstance(tree, (sp.Add, sp.Tuple)):
        return _most(degree(a, scope) for a in tree.args)
    if isinstance(tree, sp.Mul):
        parts = [degree(a, scope) for a in tree.args]
        return None if None in parts else sum(parts)  # type: ignore[arg-type]
    if isinstance(tree, sp.Pow):
        base, exp = degree(tree.base, scope), degree(tree.exp, scope)
        if base is None or exp != 0:
            return None
        if base == 0:
            return 0
        return base * int(tree.exp) if tree.exp.is_Integer and tree.exp >= 0 else None
    if isinstance(tree, (sp.Sum, sp.Product)):
        body = degree(tree.function, scope)
        limits = _most(degree(x, scope) for lim in tree.limits for x in lim[1:])
        if body is None or limits != 0:
            return None
        return body if isinstance(tree, sp.Sum) or body == 0 else None
    if isinstance(tree, sp.Derivative):
        return degree(tree.expr, scope)
    if isinstance(tree, sp.Function) or isinstance(tree, sp.core.function.AppliedUndef):
        name = type(tree).__name__
        parts = [degree(a, scope) for a in tree.args]
        if name in _KEEP and tree.args:
            return parts[0] if all(p is not None for p in parts[1:]) else None
        return 0 if all(p == 0 for p in parts) else None
    if not tree.args:
        return 0 if not tree.free_symbols else None
    return 0 if all(degree(a, scope) == 0 for a in tree.args) else None


def degree_of(trees: Iterable[sp.Basic], scope: Scope) -> tuple[int, bool]:
    """The largest degree of ``trees`` (0 with none) and whether every tree has one (:func:`degree`)."""
    known, every = 0, True
    for tree in trees:
        d = degree(tree, scope)
        if d is None:
            every = False
        else:
            known = max(known, d)
    return known, every


def _most(parts: Iterable[int | None]) -> int | None:
    out = 0
    for p in parts:
        if p is None:
            return None
        out = max(out, p)
    return out
