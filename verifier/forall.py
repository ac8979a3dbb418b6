"""Proofs for every size: an identity between index-notation expressions, for all sizes at once.

Input: two scalar expressions (entry (i, j) of two members, see :mod:`verifier.indexed`) built
from ``Indexed`` entries, ``Sum`` with symbolic bounds and ``KroneckerDelta``, with range facts
for the free indices and the sizes (positive integer symbols). The argument, every step of
which is an equality valid for every size:

1. *normalise sums*, innermost first: linearity (a sum of terms is a sum of sums), index-free
   factors pulled out, delta contraction ``sum_k delta(k, l) f(k) = f(l)`` -- only when ``l``
   provably lies in the range of ``k`` --, ``sum_k c = (hi - lo + 1) c``, sums over a short
   concrete range written out, and each summation index renamed canonically so that equal sums
   look equal. ``sum_{k != l}`` (a ``Piecewise`` on ``Ne``) is ``sum_k (1 - delta(k, l))``, so
   splitting off the ``k = l`` term is the contraction above;
2. known totals (``sum_k y_k = 1`` for a probability vector) are substituted;
3. the *exact identity test* of :mod:`verifier.symbolic`, with every remaining sum, entry and
   delta of free indices as an opaque variable. Treating distinct-looking atoms as independent can
   only miss an identity, never invent one; to find more, each delta of two free indices is split
   into its two cases (``i = j``: substitute; ``i != j``: 0);
4. a difference left with sums whose upper bound grows with one size ``K`` is tried by
   *telescoping induction*: ``d(1) = 0`` and ``d(K+1) - d(K) = 0`` as an identity in K, using
   ``sum_{k=lo}^{hi+1} f = sum_{k=lo}^{hi} f + f(hi + 1)`` (powers of K expanded: ``2^{K+1} = 2·2^K``); a sum
   whose summand has K in it is read backwards first (``k -> lo + hi - k``) where that takes K out of it;
5. a claim about one product ``prod_{k=lo}^{hi} f = R(K)`` by the same induction, multiplicatively:
   true at K = 1 and ``R(K+1) = R(K) f(hi + 1)`` identically (:func:`product_induction`).

Anything the argument does not cover is reported as "not proved for every size", never as false:
the caller falls back to the concrete sizes.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.symbolic import ModularEvaluator, identity_test
from verifier.symbolic import normalise as normalise_functions

EXPAND_LIMIT = 20  # sums over a concrete range up to this many terms are written out
_CANON = [sp.Symbol(f"k{n}", integer=True) for n in range(1, 33)]
_PARAMS = [sp.Symbol(f"_p{n}", integer=True) for n in range(16)]
_ATOM_IDS = itertools.count()
_POWERS = 4  # a sum's atom to a power up to this inside a sum is written as that many sums (Normaliser._repeated)
_PERMUTED = 4  # a sum's atom with up to this many parameters is keyed under its least order (Normaliser._keyed)

Ranges = Mapping[sp.Symbol, tuple[sp.Expr, sp.Expr]]


@functools.lru_cache(maxsize=4096)
def _text(e: sp.Basic) -> str:
    """``str(e)``, remembered: sums are ordered and grouped by the text of their bounds, and SymPy's
    printer took a tenth of the size-generic proof printing the same few bounds (``K - 1``) again."""
    return str(e)


def _range_key(limit: tuple[sp.Symbol, sp.Expr, sp.Expr]) -> tuple[str, str]:
    return _text(limit[1]), _text(limit[2])


@dataclass(frozen=True)
class ForAllOutcome:
    proved: bool
    method: str  # the argument, or why there is none


# ----------------------------------------------------------------------------------------------
# Range facts


def nonnegative(e: sp.Expr, sizes: Sequence[sp.Symbol]) -> bool:
    """True when ``e >= 0`` for every size >= 1 (e must be linear in the sizes with c >= 0 coefficients)."""
    return _nonnegative(sp.sympify(e), tuple(sizes))


@functools.lru_cache(maxsize=4096)
def _nonnegative(e: sp.Expr, sizes: tuple[sp.Symbol, ...]) -> bool:
    """Memoised: one sum's bounds are asked about again at every step of the chain (a Poly each time)."""
    e = sp.expand(e)
    if e.is_Integer:
        return bool(e >= 0)
    try:
        poly = sp.Poly(e, *sizes) if sizes else None
    except sp.PolynomialError:  # floor(K/2): not a polynomial in the sizes, so not known >= 0 (redcat61)
        return False
    if poly is None or poly.total_degree() > 1 or any(not c.is_Integer for c in poly.coeffs()):
        return False
    coeffs = [poly.coeff_monomial(s) for s in sizes]
    if any(c < 0 for c in coeffs):
        return False
    return bool(poly.coeff_monomial(1) + sum(coeffs) >= 0)  # smallest value: every size = 1


def count_nonnegative(count: sp.Expr, ranges: Ranges, sizes: Sequence[sp.Symbol]) -> bool:
    """``count >= 0`` for every size >= 1 and every enclosing index in its range.

    ``count`` (a sum's ``hi - lo + 1``) may involve enclosing indices (the ``i`` of
    ``sum_{i=1}^{n} sum_{j=1}^{i}``): each is replaced by the end of its range that makes a linear
    count smallest (its ``lo`` for a positive coefficient, its ``hi`` for a negative one), a few
    rounds since a range may name an outer index, and the bound left must be >= 0 in the sizes.
    Without this, ``sum_{j=1}^{i} c`` stayed a sum that SymPy folded back into the outer one,
    which was normalised again without end (catalog22: a RecursionError, reported as ERROR).
    """
    e = sp.expand(count)
    for _ in range(4):
        inside = [x for x in e.free_symbols if x in ranges]
        if not inside:
            return nonnegative(e, sizes)
        table = {}
        for x in inside:
            c = e.coeff(x)
            if not c.is_Integer or sp.expand(e - c * x).has(x):  # linear in x, integer coefficient
                return False
            table[x] = ranges[x][0] if c > 0 else ranges[x][1]
        e = sp.expand(e.xreplace(table))
    return False


def in_range(x: sp.Expr, lo: sp.Expr, hi: sp.Expr, ranges: Ranges, sizes: Sequence[sp.Symbol]) -> bool:
    """Is ``lo <= x <= hi`` known? ``x`` is an index symbol with a known range, or a constant."""
    if x in ranges:
        xlo, xhi = ranges[x]
    elif x.is_Integer:
        xlo = xhi = x
    else:
        return False
    return nonnegative(xlo - lo, sizes) and nonnegative(hi - xhi, sizes)


# ----------------------------------------------------------------------------------------------
# Normalising sums


def _indicator_conditions(e: sp.Expr) -> sp.Expr:
    """Piecewise((f, Ne(a, b)), (0, True)) -> f (1 - delta(a, b)); Eq -> f delta(a, b)."""

    def fix(p: sp.Piecewise) -> sp.Basic:
        if len(p.args) == 2 and p.args[1].cond == sp.true and p.args[1].expr == 0:
            f, cond = p.args[0].expr, p.args[0].cond
            if isinstance(cond, sp.Ne):
                return f * (1 - sp.KroneckerDelta(cond.lhs, cond.rhs))
            if isinstance(cond, sp.Eq):
                return f * sp.KroneckerDelta(cond.lhs, cond.rhs)
        return p

    return e.replace(lambda x: isinstance(x, sp.Piecewise), fix) if e.has(sp.Piecewise) else e


def _delta_powers(e: sp.Expr) -> sp.Expr:
    if not e.has(sp.KroneckerDelta):
        return e
    return e.replace(
        lambda x: x.is_Pow and isinstance(x.base, sp.KroneckerDelta) and x.exp.is_Integer and x.exp > 0,
        lambda x: x.base,
    )


def _exp_split(x: sp.Basic) -> sp.Basic:
    return sp.Mul(*[sp.exp(t) for t in x.args[0].args])


def expand(e: sp.Expr) -> sp.Expr:
    """Distribute products over sums and split ``exp(a + b)`` into ``exp(a) exp(b)``.

    SymPy's own ``power_exp`` expansion is avoided: it turns ``exp(Sum(...))`` into a
    ``Product`` of exponentials, which is equal but no longer looks like the other side's sum.
    """
    e = sp.expand(e, power_exp=False, log=False, multinomial=True)
    if e.has(sp.exp):
        e = e.replace(lambda x: isinstance(x, sp.exp) and x.args[0].is_Add, _exp_split)
        e = sp.expand(e, power_exp=False, log=False)
    return e


def alpha(e: sp.Basic) -> sp.Basic:
    """Name every summation index by the height of its sum (1 + that of the highest sum inside).

    Alpha-equivalent sums become equal expressions wherever they occur. No capture: a sum's inner
    sums are lower, so they bind other names; the names (``_h1``, ``_h2_1``, ...) cannot be
    declared by an entry (declared names start with a letter).
    """
    memo: dict[sp.Basic, tuple[sp.Basic, int]] = {}

    def walk(x: sp.Basic) -> tuple[sp.Basic, int]:
        hit = memo.get(x)
        if hit is not None:
            return hit
        if not x.args or not x.has(sp.Sum):
            out = (x, 0)
        elif isinstance(x, sp.Sum):
            fn, h = walk(x.function)
            height = h + 1
            many = len(x.limits) > 1
            table = {
                k: sp.Symbol(f"_h{height}_{n}" if many else f"_h{height}", integer=True)
                for n, (k, _, _) in enumerate(x.limits)
            }
            limits = [(table[k], walk(lo)[0], walk(hi)[0]) for k, lo, hi in x.limits]
            out = (sp.Sum(rename_free(fn, table), *limits), height)
        else:
            parts = [walk(a) for a in x.args]
            out = (_rebuild(x, [p for p, _ in parts]), max(h for _, h in parts))
        memo[x] = out
        return out

    return walk(e)[0]


def rename_free(e: sp.Basic, table: Mapping[sp.Symbol, sp.Basic]) -> sp.Basic:
    """Substitute free occurrences only: inside a sum that binds a name, that name is left alone."""
    if not table or not e.args:
        return table.get(e, e) if isinstance(e, sp.Symbol) else e
    if isinstance(e, sp.Sum):
        bound = {k for k, _, _ in e.limits}
        inner = {k: v for k, v in table.items() if k not in bound}
        limits = [(k, rename_free(lo, table), rename_free(hi, table)) for k, lo, hi in e.limits]
        return sp.Sum(rename_free(e.function, inner), *limits)
    if not any(e.has(k) for k in table):
        return e
    return _rebuild(e, [rename_free(a, table) for a in e.args])


def _rebuild(e: sp.Basic, args: list[sp.Basic]) -> sp.Basic:
    """``e`` with new arguments; ``e`` itself when none changed (rebuilding re-runs SymPy's evaluation)."""
    if all(a is b for a, b in zip(args, e.args, strict=True)):
        return e
    return e.func(*args)


class Normaliser:
    """Normal form of sums (see the module docstring, step 1)."""

    def __init__(self, sizes: Sequence[sp.Symbol], ranges: Ranges) -> None:
        self.sizes = tuple(sizes)
        self.ranges = dict(ranges)
        self.memo: dict[tuple[sp.Basic, tuple], sp.Expr] = {}
        self.done: dict[sp.Basic, sp.Expr] = {}
        self.keys: dict[sp.Basic, Any] = {}  # canonical sum -> its atom's function (or symbol)
        self.defs: dict[Any, sp.Sum] = {}  # function (or symbol) -> canonical sum over parameters

    # -- sums as atoms ------------------------------------------------------------------------------
    # A normalised sum is replaced by an atom ``S(a, b)``: an undefined function of the indices in
    # scope it depends on, standing for the canonical sum with those indices as parameters. SymPy
    # then never re-inspects the (large) sum while expanding and rebuilding the expressions around
    # it, and equal sums are one atom. Substituting an index in the atom's arguments substitutes it
    # in the sum, so contraction and case splits keep their meaning; ``open`` gives the sum back.

    def atomise(self, s: sp.Sum) -> sp.Expr:
        """The atom for a normalised sum; its arguments are all the sum's free symbols but sizes
        and names of vectors (so no index it depends on can be hidden from a later step)."""
        body = s.function
        bound = [k for k, _, _ in s.limits]
        labels = {b.label for b in body.atoms(sp.IndexedBase)}
        symbols = body.atoms(sp.Symbol) | {x for _, lo, hi in s.limits for x in sp.Tuple(lo, hi).atoms(sp.Symbol)}
        free = symbols - set(self.sizes) - labels - set(bound)
        deps, key = self._keyed(s, sorted(free, key=lambda v: (str(v), sp.srepr(v))))
        f = self.keys.get(key)
        if f is None:
            name = f"S{next(_ATOM_IDS)}"
            # a non-empty sum of positive terms is positive (log rules apply to it)
            nonempty = all(nonnegative(hi - lo, self.sizes) for _, lo, hi in key.limits)
            positive = {"positive": True} if nonempty and _positive_terms(key.function) else {}
            f = self.keys[key] = sp.Function(name, **positive) if deps else sp.Dummy(name, **positive)
            self.defs[f] = key
        return f(*deps) if deps else f

    @staticmethod
    def _key(s: sp.Sum, deps: Sequence[sp.Symbol]) -> sp.Sum:
        """The sum with ``deps`` renamed to the parameters ``_p0, _p1, …`` in that order."""
        params = dict(zip(deps, _PARAMS, strict=False))
        if s.function.has(sp.Sum):  # an inner sum not made an atom: rename with care for its bound names
            return alpha(rename_free(s, params))
        # the usual case: inner sums are atoms, so plain substitution cannot capture anything
        bound = [k for k, _, _ in s.limits]
        many = len(bound) > 1
        names = {k: sp.Symbol(f"_h1_{n}" if many else "_h1", integer=True) for n, k in enumerate(bound)}
        return sp.Sum(s.function.xreplace({**params, **names}), *[(names[k], lo, hi) for k, lo, hi in s.limits])

    def _keyed(self, s: sp.Sum, deps: list[sp.Symbol]) -> tuple[list[sp.Symbol], sp.Sum]:
        r"""The parameters in the order that gives the least key, and that key (catalog37).

        Ordered by their names, the parameters of one sum depended on what the indices it takes were
        called: :math:`\sum_k Q_{ik}K_{mk}` was ``S(i, m)`` inside one side and ``S'(m, i)`` inside the
        other (m named otherwise there), two unrelated atoms, and matrix attention's query gradient was
        not proved for every size. The key of each order is the sum with the parameters renamed, so
        choosing the least is a choice among renamings of one sum: equal sums get one atom whatever
        their indices are called, and a sum only ever stands for itself. Up to ``_PERMUTED`` parameters
        (24 orders); more keep the order of their names."""
        if not 1 < len(deps) <= _PERMUTED:
            return deps, self._key(s, deps)
        keyed = [(self._key(s, order), list(order)) for order in itertools.permutations(deps)]
        key, order = min(keyed, key=lambda pair: (sp.srepr(pair[0]), [str(v) for v in pair[1]]))
        return order, key

    def is_atom(self, e: sp.Basic) -> bool:
        return (e.func if isinstance(e, AppliedUndef) else e) in self.defs

    def open(self, e: sp.Basic) -> sp.Sum:
        """The sum an atom stands for (its indices fresh, so no argument can be captured)."""
        if not isinstance(e, AppliedUndef):
            return self.defs[e]
        s = self.defs[e.func]
        fresh = {k: sp.Dummy("k", integer=True) for k, _, _ in s.limits}
        s = sp.Sum(rename_free(s.function, fresh), *[(fresh[k], lo, hi) for k, lo, hi in s.limits])
        return rename_free(s, dict(zip(_PARAMS, e.args, strict=False)))

    def unfold(self, e: sp.Basic) -> sp.Basic:
        """Every atom replaced by its sum, recursively."""
        if not e.args and not self.is_atom(e):
            return e
        if self.is_atom(e):
            s = self.open(e)
            return sp.Sum(self.unfold(s.function), *s.limits)
        return _rebuild(e, [self.unfold(a) for a in e.args])

    def __call__(self, e: sp.Expr) -> sp.Expr:
        e = sp.sympify(e)
        hit = self.done.get(e)
        if hit is None:
            hit = self.done[e] = self.norm(_delta_powers(_indicator_conditions(e)), self.ranges)
        return hit

    def norm(self, e: sp.Expr, ranges: Ranges) -> sp.Expr:
        if not e.args or not e.has(sp.Sum):
            return e
        key = (e, frozenset(ranges))  # the indices in scope (a set: no printing to order them)
        hit = self.memo.get(key)
        if hit is not None:
            return hit
        if isinstance(e, sp.Sum):
            out = self.function_sum(e, ranges)
        else:
            out = _rebuild(e, [self.norm(a, ranges) for a in e.args])
        self.memo[key] = out
        return out

    def function_sum(self, e: sp.Sum, ranges: Ranges) -> sp.Expr:
        """Innermost limit first: Sum(f, (a, ..), (b, ..)) = Sum(Sum(f, (a, ..)), (b, ..)); while the
        inner one is normalised, the outer indices are in scope (they are free in its body)."""
        (k, lo, hi), *outer = e.limits
        if not outer:
            return self.one_sum(e.function, k, lo, hi, ranges)
        scope = {**ranges, **{m: (a, b) for m, a, b in outer}}
        inner = self.one_sum(e.function, k, lo, hi, scope)
        return self.norm(sp.Sum(inner, *outer), ranges)

    def one_sum(self, body: sp.Expr, k: sp.Symbol, lo: sp.Expr, hi: sp.Expr, ranges: Ranges) -> sp.Expr:
        inner = {**ranges, k: (lo, hi)}
        body = _delta_powers(expand(self.norm(body, inner)))
        count = sp.expand(hi - lo + 1)
        if count.is_Integer and 0 <= int(count) <= EXPAND_LIMIT:
            return self.norm(sp.Add(*[body.xreplace({k: lo + t}) for t in range(int(count))]), ranges)
        count_ok = count_nonnegative(count, ranges, self.sizes)
        out: list[sp.Expr] = []
        for term in sp.Add.make_args(body):
            free, bound = [], []
            for factor in sp.Mul.make_args(term):
                (bound if factor.has(k) else free).append(factor)
            if not bound and count_ok:
                out.append(term * count)
                continue
            if not bound:  # a range that may be empty: the sum stays, as an atom (a bare Sum is folded
                # back into an enclosing one by SymPy and normalised again, without end)
                out.append(self.atomise(canonical_sum(term, [(k, lo, hi)], set(ranges))))
                continue
            contracted = self.contract(bound, k, lo, hi, inner)
            if contracted is not None:
                out.append(sp.Mul(*free) * self.norm(contracted, ranges))
                continue
            # a small power of a sum is a product of sums, each its own dummies: sum_k (sum_j A_kj x_j)^2 is
            # sum_{k, j, j'} A_kj x_j A_kj' x_j', as x^T A^T A x is (sound39: \|Ax\|^2 for every size)
            bound = [g for f in bound for g in self._repeated(f)]
            bound = [self.open(f) if self.is_atom(f) else f for f in bound]
            out.append(sp.Mul(*free) * self.atomise(flat_sum(bound, (k, lo, hi), set(ranges))))
        return sp.Add(*out)

    def _repeated(self, f: sp.Expr) -> list[sp.Expr]:
        """``[S, S]`` for a sum's atom squared (a power 2 … 4), else ``[f]``."""
        if isinstance(f, sp.Pow) and self.is_atom(f.base) and f.exp.is_Integer and 2 <= int(f.exp) <= _POWERS:
            return [f.base] * int(f.exp)
        return [f]

    def contract(self, bound: list[sp.Expr], k: sp.Symbol, lo: sp.Expr, hi: sp.Expr, ranges: Ranges) -> sp.Expr | None:
        """sum_k delta(k, l) f(k) = f(l) when l lies in [lo, hi]."""
        for n, factor in enumerate(bound):
            if not isinstance(factor, sp.KroneckerDelta):
                continue
            a, b = factor.args[:2]
            other = b if a == k else a if b == k else None
            if other is None or other.has(k):
                continue
            if not in_range(other, lo, hi, ranges, self.sizes):
                continue
            rest = sp.Mul(*(bound[:n] + bound[n + 1 :]))
            return _delta_powers(rest.xreplace({k: other}))
        return None


def _declared_first(f: sp.Basic) -> bool:
    """Sort key: False (first) for an entry, a symbol or a sum's atom, whose sign is declared."""
    return not (f.is_Symbol or f.is_Indexed or isinstance(f, AppliedUndef))


def _positive_terms(e: sp.Expr) -> bool:
    """A cheap sufficient test: a product of exponentials and positive symbols or atoms.

    Entries, symbols and atoms are asked first: their signs are declared, so the answer is a
    lookup, and a real weight ``W[i, k]`` settles "no" before SymPy works out the sign of a
    sigmoid's denominator (the same answer, as ``all`` of the same questions, asked in another order).
    """
    factors = sorted(sp.Mul.make_args(e), key=_declared_first)
    return all((isinstance(f, sp.exp) and f.args[0].is_extended_real is True) or f.is_positive is True for f in factors)


def flat_sum(factors: list[sp.Expr], limit: tuple[sp.Symbol, sp.Expr, sp.Expr], scope: set[sp.Symbol]) -> sp.Expr:
    """sum_k f(k) * sum_m g(k, m) = sum_{k, m} f(k) g(k, m): one multiple sum, dummies named canonically.

    Flattening makes the order of summation irrelevant: sum_c a_c sum_h b_hc and sum_h sum_c a_c b_hc
    become the same double sum. Only sums that are plain factors (not in a denominator or inside a
    function) and whose bounds do not involve other summation indices are flattened.
    """
    limits = [limit]
    body: list[sp.Expr] = []
    for f in factors:
        if isinstance(f, sp.Sum) and not any(
            sp.Tuple(lo, hi).has(*[k for k, _, _ in limits + list(f.limits)]) for _, lo, hi in f.limits
        ):
            taken = {k for k, _, _ in limits}
            inner = list(f.limits)
            fn = f.function
            for n, (m, lo, hi) in enumerate(inner):  # keep the inner dummies apart from ours
                if m in taken:
                    fresh = sp.Dummy("m", integer=True)
                    fn = fn.xreplace({m: fresh})
                    inner[n] = (fresh, lo, hi)
            limits.extend(inner)
            body.extend(sp.Mul.make_args(fn))
        else:
            body.append(f)
    return canonical_sum(sp.Mul(*body), limits, scope)


def canonical_sum(body: sp.Expr, limits: list[tuple[sp.Symbol, sp.Expr, sp.Expr]], scope: set[sp.Symbol]) -> sp.Expr:
    """Rename the summation indices so that equal sums are equal expressions.

    Indices are ordered by their ranges; among indices with the same range every order is tried
    (at most 24) and the one whose body prints first is kept. Renaming indices never changes a sum,
    provided a new name is not already in use: the names avoid every symbol of the body (bound
    ones of inner sums included) and every index in ``scope`` (the enclosing sums' indices and the
    free indices), so that a later substitution of an enclosing index is never captured here.
    """
    dummies = [k for k, _, _ in limits]
    used = (body.atoms(sp.Symbol) | scope) - set(dummies)
    names = [c for c in _CANON if c not in used][: len(dummies)]
    ranked = sorted(limits, key=_range_key)
    groups = [list(g) for _, g in itertools.groupby(ranked, key=_range_key)]
    if all(len(g) == 1 for g in groups):  # no ties: the order by range is the canonical order
        return sp.Sum(
            body.xreplace({lim[0]: names[n] for n, lim in enumerate(ranked)}),
            *[(names[n], lim[1], lim[2]) for n, lim in enumerate(ranked)],
        )
    best: tuple[str, sp.Expr, list] | None = None
    for perm in itertools.islice(itertools.product(*[itertools.permutations(g) for g in groups]), 24):
        order = [lim for g in perm for lim in g]
        table = {lim[0]: names[n] for n, lim in enumerate(order)}
        renamed = body.xreplace(table)
        key = sp.srepr(renamed)
        if best is None or key < best[0]:
            best = (key, renamed, [(names[n], lim[1], lim[2]) for n, lim in enumerate(order)])
    assert best is not None
    return sp.Sum(best[1], *best[2])


# ----------------------------------------------------------------------------------------------
# The argument


def _free_deltas(e: sp.Expr, indices: set[sp.Symbol]) -> list[sp.KroneckerDelta]:
    out = []
    for d in e.atoms(sp.KroneckerDelta):
        a, b = d.args[:2]
        if a.free_symbols | b.free_symbols <= indices and (a.free_symbols or b.free_symbols):
            out.append(d)
    return sorted(out, key=str)


def _cases(diff: sp.Expr, indices: set[sp.Symbol], depth: int = 0) -> list[sp.Expr]:
    """The difference in every case of the deltas between free indices (i = j, i != j)."""
    deltas = _free_deltas(diff, indices)
    if not deltas or depth > 4:
        return [diff]
    d = deltas[0]
    a, b = d.args[:2]
    out = _cases(diff.xreplace({d: sp.S.Zero}), indices, depth + 1)
    if isinstance(b, sp.Symbol):
        equal = diff.xreplace({b: a})
    elif isinstance(a, sp.Symbol):
        equal = diff.xreplace({a: b})
    else:
        return [diff]  # a delta of two expressions: keep it opaque
    return out + _cases(equal, indices, depth + 1)


class InvertedRoots(ModularEvaluator):
    r"""The identity test reading a negative fractional power as the inverse of the positive one (catalog37).

    The test reads :math:`b^{p/q}` as :math:`b^n a^r` (:math:`p = nq + r`, a random atom for
    :math:`b^{1/q}`, never tied to :math:`a^q = b`), so :math:`b^{-3/2} = b^{-2}a` and
    :math:`1/(b\sqrt b) = 1/(ba)` are two values where b is written scaled (``K*eps + S`` beside
    ``S/K + eps``, which SymPy does not merge): RMS normalisation's gradient was not proved for every
    size. Here :math:`b^{-p/q}` is :math:`1/(b^n a^r)`. Both readings equal the true value at
    :math:`a = b^{1/q}` (principal branch), so a zero under either, for a random a, is an identity:
    trying this one where the first failed can only find identities, never invent one."""

    def _node(self, e: sp.Basic) -> int:
        if e.is_Pow and e.exp.is_Rational and not e.exp.is_Integer and e.exp.is_negative:
            return self._inv(self.value(sp.Pow(e.base, -e.exp)))
        return super()._node(e)


def _negative_roots(e: sp.Expr) -> bool:
    """Does ``e`` hold a negative fractional power (where :class:`InvertedRoots` reads differently)?"""
    return any(w.exp.is_Rational and not w.exp.is_Integer and w.exp.is_negative for w in e.atoms(sp.Pow))


def _zero(d: sp.Expr, norm: Normaliser, depth: int = 0) -> bool:
    """Is ``d`` identically 0? The exact identity test with sums as opaque atoms; failing that,
    the sums over the same ranges are merged into one (``sum_k f(k) + sum_k g(k) = sum_k (f + g)(k)``)
    and each merged summand, and what is left, must vanish on its own."""
    d = normalise_functions(d)
    if d == 0:
        return True
    if d.has(sp.Float):
        return False
    if identity_test([d], [sp.S.Zero], {}):
        return True
    if _negative_roots(d) and identity_test([d], [sp.S.Zero], {}, evaluator=InvertedRoots):
        return True
    if depth > 3:
        return False
    d = expand(d)
    groups: dict[tuple, list[tuple[sp.Expr, sp.Sum]]] = {}
    rest: list[sp.Expr] = []
    for term in sp.Add.make_args(d):
        sums = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Sum) or norm.is_atom(f)]
        if len(sums) != 1:
            rest.append(term)
            continue
        (atom,) = sums
        s = norm.open(atom) if norm.is_atom(atom) else atom
        key = tuple(sorted(_range_key(lim) for lim in s.limits))
        groups.setdefault(key, []).append((term / atom, s))
    if not groups:
        return False
    for members in groups.values():
        ranked0 = sorted(members[0][1].limits, key=_range_key)
        common = [sp.Dummy("m", integer=True) for _ in ranked0]
        merged = []
        for c, s in members:
            ranked = sorted(s.limits, key=_range_key)
            table = {lim[0]: common[n] for n, lim in enumerate(ranked)}
            merged.append(c * rename_free(s.function, table))
        if not _zero(sp.Add(*merged), norm, depth + 1):
            return False
    return _zero(sp.Add(*rest), norm, depth + 1) if rest else True


def prove_for_all(
    lhs: sp.Expr,
    rhs: sp.Expr,
    sizes: Sequence[sp.Symbol],
    ranges: Ranges,
    totals: Mapping[sp.Expr, sp.Expr] | None = None,
    norm: Normaliser | None = None,
) -> ForAllOutcome:
    """Show ``lhs == rhs`` for every size >= 1 and every index in its range, or say why not.

    ``totals`` maps sums (as written, e.g. ``Sum(y[k], (k, 0, K - 1))``) to their known values.
    ``norm``: a normaliser to share between the steps of one chain (same sizes and ranges).
    """
    norm = norm if norm is not None else Normaliser(sizes, ranges)
    diff = alpha(norm(lhs) - norm(rhs))
    for total, value in (totals or {}).items():
        t = alpha(norm(total))
        diff = diff.xreplace({t: value}) if diff.has(t) else diff
    if diff == 0:
        return ForAllOutcome(True, "index notation: sums normalised")
    indices = set(ranges)
    cases = _cases(diff, indices)
    if all(_zero(c, norm) for c in cases):
        split = " (delta cases split)" if len(cases) > 1 else ""
        return ForAllOutcome(True, f"index notation: sums normalised, exact identity test{split}")
    telescoped = telescope(norm.unfold(diff), sizes, ranges, norm)
    if telescoped is None and diff.has(sp.Product):
        telescoped = product_induction(diff, sizes, ranges, norm)
    if telescoped is not None:
        return telescoped
    return ForAllOutcome(False, "no argument for every size")


def telescope(diff: sp.Expr, sizes: Sequence[sp.Symbol], ranges: Ranges, norm: Normaliser) -> ForAllOutcome | None:
    """Induction on one size K: d(1) = 0 and d(K+1) - d(K) = 0 identically (see module docstring)."""
    sums = [s for s in diff.atoms(sp.Sum) if len(s.limits) == 1]
    if not sums or (ranges and any(diff.has(i) for i in ranges)):
        return None
    grown = {sz for s in sums for sz in sizes if s.limits[0][2].has(sz)}
    if len(grown) != 1:
        return None
    (K,) = grown
    backwards = {s: r for s in sums if s.function.has(K) and not (r := _backwards(s)).function.has(K)}
    if backwards:  # sum_k beta^{K-1-k} is sum_k beta^k read backwards (ids44: Adam's bias correction)
        diff = diff.xreplace(backwards)
        sums = [s for s in diff.atoms(sp.Sum) if len(s.limits) == 1]
    placeholders: dict[sp.Sum, sp.Symbol] = {}
    step: dict[sp.Symbol, sp.Expr] = {}
    for n, s in enumerate(sorted(sums, key=str)):
        f, (k, lo, hi) = s.function, s.limits[0]
        if f.has(K) or lo.has(K) or sp.expand(hi.subs(K, K + 1) - hi) != 1:
            return None
        if not nonnegative(hi - lo + 1, sizes):  # the recurrence needs a non-empty or empty range
            return None
        p = sp.Dummy(f"S{n}")
        placeholders[s] = p
        step[p] = p + f.xreplace({k: hi + 1})
    d = diff.xreplace(placeholders)
    if any(s.has(K) for s in d.atoms(sp.Sum)):
        return None
    nxt = d.xreplace({K: K + 1}).xreplace(step)
    base = diff.xreplace({K: sp.Integer(1)}).doit()
    if not _zero(base, norm):
        return ForAllOutcome(False, f"telescoping: fails at {K} = 1")
    if not _zero(nxt - d, norm) and not _zero(sp.expand_power_exp(nxt - d), norm):  # 2^{K+1} = 2·2^K
        return _numerator(d, placeholders, sizes, ranges, norm)
    return ForAllOutcome(True, f"telescoping induction on {K}: d(1) = 0, d({K}+1) - d({K}) = 0")


def _numerator(
    d: sp.Expr, placeholders: Mapping[sp.Sum, sp.Symbol], sizes: Sequence[sp.Symbol], ranges: Ranges, norm: Normaliser
) -> ForAllOutcome | None:
    """The induction on the numerator of ``d`` (its sums as ``placeholders``) over a denominator without sums:
    ``S/(1 - beta^K) - g`` is zero where it is defined exactly when ``S - g(1 - beta^K)`` is, and only the latter
    has a step that does not depend on K (ids44: Adam's bias correction written as the corrected moment)."""
    num, den = sp.fraction(sp.together(d))
    if den.is_number or any(den.has(p) for p in placeholders.values()):
        return None
    back = {p: s for s, p in placeholders.items()}
    outcome = telescope(num.xreplace(back), sizes, ranges, norm)
    return outcome if outcome is not None and outcome.proved else None


def _backwards(s: sp.Sum) -> sp.Sum:
    """``sum_{k=lo}^{hi} f(k)`` as ``sum_{k=lo}^{hi} f(lo + hi - k)``: k -> lo + hi - k maps the range onto itself, so
    the two are equal for every size; a summand that counts down from the size (``beta^{K-1-k}``) counts up."""
    f, (k, lo, hi) = s.function, s.limits[0]
    return sp.Sum(f.xreplace({k: lo + hi - k}), (k, lo, hi))


def product_induction(
    diff: sp.Expr, sizes: Sequence[sp.Symbol], ranges: Ranges, norm: Normaliser
) -> ForAllOutcome | None:
    """Induction on one size K for a claim about one product P(K) = prod_{k=lo}^{hi} f(k), hi growing by 1.

    ``diff`` is ``a P + b`` (a a nonzero number, b free of P), i.e. the claim P(K) = R(K) = -b/a. It
    holds for every K >= 1 when d(1) = 0 and R(K+1) = R(K) f(hi + 1) identically in K, since
    P(K+1) = P(K) f(hi + 1) (the range has hi - lo + 1 >= 0 terms at every K, so nothing is read
    backwards). Anything else (two products, a product inside a sum, free indices) is left to
    the concrete sizes.
    """
    products = list(diff.atoms(sp.Product))
    if len(products) != 1 or (ranges and any(diff.has(i) for i in ranges)) or diff.has(sp.Sum):
        return None
    (P,) = products
    if len(P.limits) != 1:
        return None
    f, (k, lo, hi) = P.function, P.limits[0]
    grown = [sz for sz in sizes if hi.has(sz)]
    if len(grown) != 1:
        return None
    (K,) = grown
    if f.has(K) or lo.has(K) or sp.expand(hi.subs(K, K + 1) - hi) != 1 or not nonnegative(hi - lo + 1, sizes):
        return None
    x = sp.Dummy("P")
    d = sp.expand(diff.xreplace({P: x}))
    a = d.coeff(x)
    b = sp.expand(d - a * x)
    if not a.is_number or a == 0 or b.has(x) or b.has(sp.Product):
        return None
    claimed = -b / a
    if not _zero(diff.xreplace({K: sp.Integer(1)}).doit(), norm):
        return ForAllOutcome(False, f"product induction: fails at {K} = 1")
    step = claimed.xreplace({K: K + 1}) - claimed * f.xreplace({k: hi + 1})
    step = sp.expand_power_exp(step)  # 2^{K+1} = 2·2^K
    if step.has(sp.factorial, sp.gamma):
        step = sp.gammasimp(step)  # (K+1)! = (K+1) K!
    step = sp.cancel(step)
    if not _zero(step, norm):
        return None
    return ForAllOutcome(True, f"product induction on {K}: true at {K} = 1, R({K}+1) = R({K})·f")
