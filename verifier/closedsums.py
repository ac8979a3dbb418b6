r"""Sums in closed form: a proof for every size, or a size where a claim fails.

A claim about a sum to a symbolic size ``n`` (``\sum_{i=1}^{n} i^3 = \frac{n^2(n+1)^2}{4}``) is checked at a
few sizes; agreement there proves nothing for the sizes not drawn. Every sum whose summand is built of
numbers, its index, sizes and plain scalar names is replaced here by SymPy's closed form (``summation``;
the sizes are positive integer symbols, so the forms hold for every n ≥ 1); sums of entries stay opaque
atoms (equal sums cancel). A difference of two sides that is then 0 identically is a proof for every n
(:func:`difference`); one that is free of sums and not 0 is evaluated exactly at n = 1 … ``SEARCH`` for a
size where the claim fails (:func:`witness`), which the caller checks as written. Used by
:mod:`verifier.documents.everysize` (``verify doc``) and :mod:`verifier.sizes` (``verify check``).
"""

from __future__ import annotations

from collections.abc import Iterator

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.budget import BudgetExceeded, soft_limit

SEARCH = 24  # sizes tried for a nonzero difference
POLY_DEGREES = 120  # a polynomial difference of degree up to this is searched to its degree + 1
FURTHER = 64  # any other difference is searched to this size
BUDGET = 2.0  # seconds for the closed forms and the identity test
_STAGE = "closed-form sums"
_MOST_KEPT = 512  # differences kept (:func:`difference`); all forgotten when full
_KEPT: dict[tuple[sp.Basic, sp.Basic, frozenset[sp.Symbol]], tuple[sp.Expr | None, dict]] = {}
_RATIONALS = (sp.Rational(3, 7), sp.Rational(-5, 11), sp.Rational(2, 13), sp.Rational(7, 5), sp.Rational(-1, 3))


def _closable(body: sp.Basic) -> bool:
    """A summand SymPy's ``summation`` may close: numbers, symbols and elementary functions of them."""
    return not body.atoms(sp.Indexed, AppliedUndef, sp.Derivative, sp.MatrixSymbol, sp.Integral)


def _unclipped(tree: sp.Sum) -> sp.Sum:
    r"""The sum with a summand of clips (``\max(0, k - 20) + \min(k, 20)``) as the one expression it is
    everywhere (k), when the pieces fold to one; SymPy's ``summation`` does not close a Max or a Min."""
    body = tree.function
    if not body.has(sp.Max, sp.Min, sp.Piecewise):
        return tree
    folded = sp.simplify(sp.piecewise_fold(body.rewrite(sp.Piecewise)))
    return tree if folded.has(sp.Max, sp.Min, sp.Piecewise) else sp.Sum(folded, *tree.limits)


def _as_deltas(tree: sp.Sum) -> sp.Sum:
    r"""The sum with each bracket of its index equal to a number (``[i = 41]``, read ``Piecewise((1, Eq(i, 41)),
    (0, True))``) as the Kronecker delta it is, which ``summation`` closes (:math:`[1 \le 41 \le n]`) where it
    leaves the Piecewise unclosed: a claim wrong from n = 41 on then has a witness there (sound38)."""
    index = tree.limits[0][0] if len(tree.limits) == 1 else None
    if index is None or not tree.function.has(sp.Piecewise):
        return tree

    def delta(p: sp.Piecewise) -> sp.Basic:  # (a if i = c else b) = b + (a - b)|_{i=c} δ_{i,c}
        if len(p.args) != 2 or p.args[1].cond is not sp.true:
            return p
        (value, cond), otherwise = p.args[0], p.args[1].expr
        if not isinstance(cond, sp.Eq):
            return p
        a, b = cond.args
        number = b if a == index and b.is_Integer else a if b == index and a.is_Integer else None
        if number is None:
            return p
        return otherwise + (value - otherwise).xreplace({index: number}) * sp.KroneckerDelta(index, number)

    body = tree.function.replace(lambda e: isinstance(e, sp.Piecewise), delta)
    return tree if body == tree.function else sp.Sum(body, *tree.limits)


def _closed(tree: sp.Basic) -> sp.Basic:
    """``tree`` with every closable sum (innermost first) replaced by its closed form."""
    if not tree.args:
        return tree
    args = [_closed(a) if isinstance(a, sp.Basic) else a for a in tree.args]
    tree = tree.func(*args) if args != list(tree.args) else tree
    if isinstance(tree, sp.Sum) and _closable(tree.function):
        tree = _as_deltas(_unclipped(tree))
        done = tree.doit()
        return done if not done.has(sp.Sum) else tree
    return tree


def _at_its_solution(piece: tuple[sp.Expr, sp.Basic]) -> tuple[sp.Expr, sp.Basic]:
    """A branch whose condition is ``Eq`` of degree one in one name, with that name's one solution put in
    (SymPy's geometric sums hold the ratio 1 apart as ``Eq(1/beta, 1)`` and leave beta in the branch)."""
    value, cond = piece
    if not isinstance(cond, sp.Eq):
        return piece
    names = [s for s in cond.free_symbols if isinstance(s, sp.Symbol) and not s.is_integer]
    if len(names) != 1 or not names[0].is_commutative:
        return piece  # a matrix ratio (non-commutative): Poly refuses it, and it has no one root to put in
    (name,) = names
    numerator, denominator = sp.together(cond.lhs - cond.rhs).as_numer_denom()
    try:
        poly = sp.Poly(numerator, name)
    except sp.PolynomialError:
        return piece
    if poly.degree() != 1 or poly.free_symbols - {name}:
        return piece
    root = sp.solve(numerator, name)
    if len(root) != 1 or denominator.xreplace({name: root[0]}) == 0:
        return piece
    return value.xreplace({name: root[0]}), cond


def _vanishes(value: sp.Expr) -> bool:
    """A cheap test that a branch is 0 (the powers split, recombined, the fraction cancelled)."""
    return sp.cancel(sp.powsimp(sp.expand(value, power_exp=True))) == 0


def _settled(tree: sp.Basic) -> sp.Basic:
    """Every Piecewise branch of a one-solution equation (:func:`_at_its_solution`) evaluated there; folded
    first (``piecewise_fold``), so that the names outside the Piecewise take the solution too."""
    if not tree.has(sp.Piecewise):
        return tree
    return tree.replace(
        lambda x: isinstance(x, sp.Piecewise), lambda p: sp.Piecewise(*[_at_its_solution(a) for a in p.args])
    )


def _scoped_piecewise(tree: sp.Basic) -> bool:
    """Does a sum left open hold a Piecewise on its own index (``Σ_i [i ≤ 2]``)?

    ``piecewise_fold`` — and ``simplify``, which calls it — lifts such a Piecewise out of the ``Sum`` as out of
    any function, leaving the index free outside its scope: ``Σ_{i=1}^{n} [i ≤ 2] − 2`` became
    ``Piecewise((n − 2, i ≤ 2), (−2, True))``, a difference that reads as n − 2 or −2 by an i that is not there."""
    return any(
        isinstance(node, sp.Sum | sp.Product)
        and any(isinstance(p, sp.Piecewise) and p.free_symbols & {v for v, *_ in node.limits}
                for p in sp.preorder_traversal(node.function))
        for node in sp.preorder_traversal(tree)
    )  # fmt: skip


def _integer_sizes(tree: sp.Basic, sizes: set[sp.Symbol]) -> tuple[sp.Basic, dict[sp.Symbol, sp.Symbol]]:
    """``tree`` with each size a positive integer symbol (what makes the closed forms valid), and the map."""
    swap = {s: sp.Symbol(s.name, integer=True, positive=True) for s in sizes if s in tree.free_symbols}
    return tree.xreplace(swap), swap


def difference(left: sp.Basic, right: sp.Basic, sizes: set[sp.Symbol]) -> tuple[sp.Expr | None, dict]:
    """The difference of the sides with closable sums in closed form (None: not an expression).

    Kept per sides and sizes (:data:`_KEPT`): a step asks it before its instances (where to check a closed
    form) and after them (may PROVED stay), and every re-check under another reading asks again. A difference
    the budget cut short is not kept (its None is no answer: the next asker tries again)."""
    key = (left, right, frozenset(sizes))
    kept = _KEPT.get(key)
    if kept is None:
        kept, cut = _difference(left, right, sizes)
        if cut:
            return kept[0], dict(kept[1])
        if len(_KEPT) >= _MOST_KEPT:
            _KEPT.clear()
        _KEPT[key] = kept
    return kept[0], dict(kept[1])


def forget_differences() -> None:
    """Forget the differences kept (for tests that count the computations)."""
    _KEPT.clear()


def _difference(left: sp.Basic, right: sp.Basic, sizes: set[sp.Symbol]) -> tuple[tuple[sp.Expr | None, dict], bool]:
    """:func:`difference` computed, and whether the budget cut it short."""
    if not (isinstance(left, sp.Expr) and isinstance(right, sp.Expr)):
        return (None, {}), False
    d, swap = _integer_sizes(left - right, sizes)
    try:
        with soft_limit(BUDGET, _STAGE):
            closed = _closed(d)
            if closed.has(sp.Piecewise):  # (none: no Piecewise to fold, none in a sum's scope)
                # piecewise_fold lifts a Piecewise out of an unevaluated Sum, out of its index's scope: not there
                if not _scoped_piecewise(closed):
                    closed = _settled(sp.piecewise_fold(closed))
                    if isinstance(closed, sp.Piecewise) and all(_vanishes(value) for value, _ in closed.args):
                        return (sp.S.Zero, swap), False
                if _scoped_piecewise(closed):
                    return (closed, swap), False  # simplify would lift it out of its sum too (SymPy 1.14)
            return (sp.simplify(closed), swap), False
    except BudgetExceeded as exc:
        if exc.stage != _STAGE:
            raise
        return (None, swap), True
    except (TypeError, ValueError, NotImplementedError, AttributeError, RecursionError, StopIteration):
        return (None, swap), False


def witness(d: sp.Expr, swap: dict[sp.Symbol, sp.Symbol]) -> dict[str, int] | None:
    """Sizes (by name) at which a sum-free difference ``d`` is not 0 exactly, the other names at fixed
    rationals; None when there is none among the sizes tried (:func:`_sizes_to_try`) or ``d`` still has sums
    or functions."""
    if d.has(sp.Sum, sp.Product, sp.Indexed, AppliedUndef, sp.Derivative) or not swap:
        return None
    size_syms = [s for s in swap.values() if s in d.free_symbols]
    if len(size_syms) != 1:
        return None  # one size at a time: a grid of several is left to the concrete checks
    n = size_syms[0]
    others = sorted(d.free_symbols - {n}, key=str)
    at = {s: _RATIONALS[k % len(_RATIONALS)] for k, s in enumerate(others)}
    fixed = d.xreplace(at)
    for value in _sizes_to_try(fixed, n):
        try:
            v = sp.nsimplify(fixed.xreplace({n: sp.Integer(value)}))
        except (TypeError, ValueError, ZeroDivisionError):
            continue
        if v.is_number and v.is_finite and v != 0 and v.is_zero is False:
            return {n.name: value}
    return None


def _sizes_to_try(fixed: sp.Expr, n: sp.Symbol) -> Iterator[int]:
    """1 … ``SEARCH``, then (only when none of those is a witness) the sizes :func:`_further` gives."""
    yield from range(1, SEARCH + 1)
    yield from _further(fixed, n)


def _further(fixed: sp.Expr, n: sp.Symbol) -> range:
    r"""Sizes past ``SEARCH`` to try, generated only when the first ones found nothing.

    A difference that is a polynomial in n of degree D (``\binom{n-1}{40}`` is one of degree 40 once its
    gammas are simplified) has at most D roots, so one of 1 … D + 1 is a witness: the search goes that far
    (up to ``POLY_DEGREES``). Any other difference is tried up to ``FURTHER``: a closed form off by a term that
    vanishes below a threshold is caught when the threshold is small, and the step is otherwise PASSED at the
    sizes checked only, as before."""
    try:
        with soft_limit(BUDGET, _STAGE):
            degree = sp.Poly(sp.gammasimp(fixed), n).degree()
    except BudgetExceeded as exc:
        if exc.stage != _STAGE:
            raise
        degree = -1
    except (sp.PolynomialError, sp.GeneratorsNeeded, TypeError, ValueError, NotImplementedError):
        degree = -1
    last = degree + 1 if 0 <= degree <= POLY_DEGREES else FURTHER
    return range(SEARCH + 1, last + 1)
