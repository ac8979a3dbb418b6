r"""Where a step's piecewise sides may change formula: the zero sets of its pieces and their real roots.

A side written with Piecewise, Heaviside, Abs, sign, Max or Min keeps one formula between its *breakpoints*: the
points where a condition's two sides meet, an argument of Heaviside/Abs/sign is zero, or two Max/Min arguments are
equal (:func:`_zero_sets`). Several checks need those points, each for its own reason, so they live here once:

* the proof by cases (:mod:`verifier.cases`) cuts each variable's declared range at the exact roots
  (:func:`_breakpoints`: a polynomial's rational or short closed-form roots, numerators and denominators both);
* the points on a kink (:mod:`verifier.kinks`) move a sample's coordinate onto a root, also one SymPy's solveset
  finds through exp, log or a trigonometric function (:func:`solved_roots`);
* a PASSED step is not green where a breakpoint lies beyond every sample (:func:`unsampled_breakpoint`,
  :func:`unsampled_root`, :func:`branch_edges`; engine._beyond_samples, verifier.roundingsteps): numbers drawn on
  one side of it say nothing of the other.

A root in no short closed form is no breakpoint here: the callers abstain where a region stays undecided.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import sympy as sp

from verifier.walker import atoms_of, has_kinds

PIECEWISE_KINDS: tuple[type, ...] = (sp.Piecewise, sp.Heaviside, sp.Abs, sp.sign, sp.Max, sp.Min)
MAX_DEGREE = 4  # breakpoints from polynomials up to this degree (exact roots: rational, or a short closed form)
MAX_ROOT_OPS = 12  # an irrational breakpoint's size in operations (10^7 sqrt(2), exp(20)); larger: no cut

# (lo, hi, excluded points) of a Real domain; infinite floats mean unbounded.
Bounds = tuple[float, float, tuple[float, ...]]


@dataclass(frozen=True)
class _Range:
    """A variable's declared range: [lo, hi] (None = unbounded; closed where finite) minus points."""

    lo: sp.Rational | None
    hi: sp.Rational | None
    lo_open: bool
    hi_open: bool
    excluded: frozenset[sp.Rational]

    def inside(self, p: sp.Rational) -> bool:
        above = self.lo is None or p > self.lo or (p == self.lo and not self.lo_open)
        below = self.hi is None or p < self.hi or (p == self.hi and not self.hi_open)
        return above and below and p not in self.excluded


def has_piecewise(exprs: Iterable[sp.Expr]) -> bool:
    """True when some expression contains a Piecewise or a function that rewrites to one: SymPy's
    ``e.has(*PIECEWISE_KINDS)``, with each distinct sub-tree looked at once (speed56). ``has`` walks a
    sub-tree again at each occurrence, and members share theirs (a matrix product's entries, a recurrence
    unrolled): exponential in the depth where the distinct nodes are few. Asked of every PASSED step
    (engine._beyond_samples)."""
    return has_kinds(exprs, PIECEWISE_KINDS)


def _exact(v: float) -> sp.Rational:
    return sp.Rational(v)  # the float's exact binary value: 0.0, 1.0, 0.5 stay what they say


def _range_of(sym: sp.Symbol, bounds: Bounds | None) -> _Range | None:
    """The declared range of a real symbol, or None when the symbol is not a plain real."""
    if sym.is_real is not True or sym.is_integer:
        return None
    lo: sp.Rational | None = None
    hi: sp.Rational | None = None
    lo_open = hi_open = False
    excluded: set[sp.Rational] = set()
    if sym.is_positive:
        lo, lo_open = sp.Integer(0), True
    elif sym.is_nonnegative:
        lo = sp.Integer(0)
    if sym.is_negative:
        hi, hi_open = sp.Integer(0), True
    elif sym.is_nonpositive:
        hi = sp.Integer(0)
    if sym.is_nonzero:
        excluded.add(sp.Integer(0))
    if bounds is not None:
        blo, bhi, bex = bounds
        if blo != float("-inf") and (lo is None or _exact(blo) > lo):
            lo, lo_open = _exact(blo), False
        if bhi != float("inf") and (hi is None or _exact(bhi) < hi):
            hi, hi_open = _exact(bhi), False
        excluded.update(_exact(e) for e in bex)
    return _Range(lo, hi, lo_open, hi_open, frozenset(excluded))


def _leaves(e: sp.Expr) -> list[sp.Expr]:
    """The arguments of a nested Max/Min tree: where two of them meet, its formula may change."""
    if isinstance(e, (sp.Max, sp.Min)):
        return [leaf for a in e.args for leaf in _leaves(a)]
    return [e]


def _zero_sets(exprs: Iterable[sp.Expr]) -> list[sp.Expr]:
    """Expressions whose sign changes can move a piecewise side from one formula to another."""
    out: list[sp.Expr] = []
    for e in exprs:
        for node in sp.preorder_traversal(e):
            if isinstance(node, sp.core.relational.Relational):
                out.append(node.lhs - node.rhs)
            elif isinstance(node, (sp.Heaviside, sp.Abs, sp.sign)):
                out.append(node.args[0])
            elif isinstance(node, (sp.Max, sp.Min)):
                leaves = _leaves(node)
                out.extend(a - b for a, b in itertools.combinations(leaves, 2))
    return out


def _unsigned(z: sp.Basic, most: int = 3) -> list[sp.Basic]:
    r"""``z`` with each absolute value ``|e|`` read as ``e`` and as ``-e`` (every choice, up to ``most`` of
    them): where ``|x| - c`` changes sign, ``x - c`` or ``-x - c`` does (review24a: a wrong branch beyond
    ``|x| \le 10^8`` had no cut there, its region stayed undecided and the step PASSED)."""
    bars = list(dict.fromkeys(n for n in sp.preorder_traversal(z) if isinstance(n, sp.Abs)))
    if not bars or len(bars) > most:
        return [z]
    return [z, *(z.xreplace({b: sign * b.args[0] for b, sign in zip(bars, signs, strict=True)})
                 for signs in itertools.product((1, -1), repeat=len(bars)))]  # fmt: skip


def _closed_real(r: sp.Basic) -> bool:
    r"""A real number in a short closed form (``e^{20}``, ``10^7\sqrt 2``): a cut SymPy can order and decide."""
    return (isinstance(r, sp.Expr) and r.is_number and r.is_extended_real is True and r.is_finite is True
            and not r.has(sp.CRootOf) and sp.count_ops(r) <= MAX_ROOT_OPS)  # fmt: skip


def _breakpoints(zero_sets: Iterable[sp.Expr], sym: sp.Symbol) -> set[sp.Expr]:
    r"""Exact real roots of the univariate polynomials in ``sym`` among ``zero_sets``, their
    numerators and denominators (a pole inside an interval would be hidden by the factoring of
    :func:`_settled`): rational ones, and irrational ones in a short closed form.

    An irrational root was no breakpoint once: ``\min(x, e^{20}) = x`` kept its far region undecided and
    was PASSED (redteam25). A root in no short closed form (a cubic's radicals, a ``CRootOf``) is still
    none: its regions keep an undecided condition and the argument abstains, which is safe."""
    return _roots_of(_cut_candidates(zero_sets), sym)


def _cut_candidates(zero_sets: Iterable[sp.Expr]) -> list[sp.Basic]:
    """The expressions whose real roots in one symbol are cuts (:func:`_breakpoints`): each zero set, its numerator
    and denominator (a pole: a cut), each with its absolute values read both ways. They do not depend on the
    symbol asked about, so a caller asking for several symbols builds them once (lead63: the cuts of a backprop
    step's ReLU indicators, one ``together`` per zero set for each of its ~20 symbols, were 90 % of its CPU)."""
    return [v for e in zero_sets for q in _with_parts(e) for v in _unsigned(q)]


def _with_parts(e: sp.Expr) -> tuple[sp.Basic, ...]:
    """``e``, and its numerator and denominator over one denominator where it has one. An expression with no power
    of a possibly negative exponent and no exponential is its own numerator over 1 (``together`` only regroups it,
    the same roots; it cost ~10 ms per ReLU argument of a layer, lead63): it is taken as it is."""
    if not any((isinstance(n, sp.Pow) and n.exp.is_nonnegative is not True) or isinstance(n, sp.exp)
               for n in sp.preorder_traversal(e)):  # fmt: skip
        return (e,)
    return (e, *sp.fraction(sp.together(e)))


def _roots_of(candidates: Iterable[sp.Basic], sym: sp.Symbol) -> set[sp.Expr]:
    """The exact real roots in ``sym`` of the ``candidates`` that are univariate polynomials in it
    (:func:`_breakpoints`)."""
    points: set[sp.Expr] = set()
    for z in candidates:
        if not isinstance(z, sp.Expr) or z.free_symbols != {sym} or not z.is_polynomial(sym):
            continue
        poly = sp.Poly(z, sym)
        if poly.degree() < 1 or poly.degree() > MAX_DEGREE:
            continue
        points.update(r for r in sp.roots(poly) if r.is_Rational or _closed_real(r))
    return points


#: the functions whose equations SymPy's solveset inverts (``e^x = 2`` at log 2, ``\sin x = 0`` at kπ)
_INVERTIBLE: tuple[type, ...] = (sp.exp, sp.log, sp.sin, sp.cos, sp.tan, sp.sinh, sp.cosh, sp.tanh)

#: the members of a periodic family of roots looked at (k = 0, 1, -1: the family's root nearest 0 and its neighbours)
_PERIODS = (0, 1, -1)


def solved_roots(z: sp.Expr, s: sp.Symbol) -> set[sp.Expr]:
    r"""The real roots of ``z = 0``, an equation in ``s`` alone that is no polynomial, in a short closed form
    (:func:`_closed_real`): ``sign(e^x - 2)^2 = 1`` fails at log 2 and ``sign(\sin x)^2 = 1`` at 0 and ±π, points
    no random sample reaches and no polynomial root (redcat64: verifier.kinks); ``|\log x - 10|`` of a positive x
    changes formula at e^{10}, beyond every sample (:func:`unsampled_root`). A family of roots repeating with a
    period gives its members at k = 0, ±1; a root SymPy cannot write (``e^x = x + 2``) gives none."""
    if z.free_symbols != {s} or not z.has(*_INVERTIBLE) or sp.count_ops(z) > MAX_ROOT_OPS:
        return set()
    try:
        solved = sp.solveset(z, s, sp.S.Reals)
    except (TypeError, ValueError, ArithmeticError, NotImplementedError, sp.PolynomialError):
        return set()
    parts = solved.args if isinstance(solved, sp.Union) else (solved,)
    roots: set[sp.Expr] = set()
    for part in parts:
        if isinstance(part, sp.FiniteSet):
            roots.update(part)
        elif isinstance(part, sp.ImageSet) and part.base_sets == (sp.S.Integers,):
            roots.update(part.lamda(k) for k in _PERIODS)
    return {r for r in roots if _closed_real(r)}


def branch_edges(exprs: Iterable[sp.Basic]) -> list[sp.Expr]:
    r"""Where an inverse trigonometric function may leave its principal branch: ``\arcsin g`` and ``\arccos g`` where
    g = ±1, ``\arctan(\tan u)`` where tan has its pole (cos u = 0). ``\arcsin(\sin(x/1000)) = x/1000`` of a positive
    x holds on every sample (10⁻³ … 10³) and fails from x = 500π on (redcat64): the zero sets whose roots beyond
    every sample make a PASSED step SKIPPED (:func:`unsampled_root`, engine._beyond_samples)."""
    out: list[sp.Expr] = []
    for node in atoms_of(exprs, (sp.asin, sp.acos, sp.atan)):
        g = node.args[0]
        if isinstance(node, sp.atan):
            out.extend(sp.cos(t.args[0]) for t in atoms_of([g], (sp.tan,)))
        else:
            out.extend((g - 1, g + 1))
    return out


def unsampled_breakpoint(
    exprs: Sequence[sp.Expr], sampled: Mapping[sp.Symbol, tuple[float, float]], bounds: Mapping[sp.Symbol, Bounds]
) -> str:
    r"""A point inside its symbol's range where a side may change formula (:func:`_breakpoints`) and that lies
    beyond every sample of the symbol (``sampled``: each symbol's smallest and largest sampled value), as
    ``x = -10000000*sqrt(2)`` of ``\max(x, -10^{7}\sqrt{2})``; "" where there is none. Numbers drawn on one side
    of it say nothing of the other (lead55: with the argument by cases cut short by its budget, such a false step
    was PASSED under load)."""
    return unsampled_root(_zero_sets(exprs), sampled, bounds)


def unsampled_root(
    zero: Sequence[sp.Expr], sampled: Mapping[sp.Symbol, tuple[float, float]], bounds: Mapping[sp.Symbol, Bounds]
) -> str:
    """A root of one of the expressions ``zero`` (a polynomial's, :func:`_breakpoints`, or that of an equation through
    exp, log or a trigonometric function, :func:`solved_roots`) inside its symbol's range and beyond every
    sample of it, as ``sym = root``; "" where there is none (:func:`unsampled_breakpoint`, and the next step of a
    rounding bracket: verifier.roundingsteps)."""
    if not zero:
        return ""
    candidates: list[sp.Basic] | None = None
    for sym, (lo, hi) in sampled.items():
        r = _range_of(sym, bounds.get(sym))
        if r is None:
            continue
        candidates = _cut_candidates(zero) if candidates is None else candidates
        roots = _roots_of(candidates, sym) | {p for z in candidates for p in solved_roots(z, sym)}
        for p in sorted(roots, key=sp.default_sort_key):
            v = float(p)
            if (v < lo or v > hi) and r.inside(p) and p not in (r.lo, r.hi):  # an end of the range cuts nothing
                return f"{sym} = {p}"
    return ""
