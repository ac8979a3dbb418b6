r"""Proof by cases of a step whose sides are piecewise (Piecewise, Heaviside, Abs, sign, Max, Min).

``simplify`` on a folded Piecewise difference explodes: the leaky ReLU derivative
:math:`\frac{d}{dx}\max(Lx, x) = L` for :math:`x < 0`, :math:`1` for :math:`x > 0` folds to 14
branches whose conditions mix ``x`` and ``L``, and ``simplify`` spends its whole budget on them.
A person argues by cases instead; so does this module:

1. Each real variable's *declared range* (its SymPy assumptions, plus the bounds and excluded
   points of a ``Real`` domain) is cut at the *breakpoints* of the step: the exact rational roots
   of every univariate polynomial that a Piecewise condition, a Heaviside/Abs/sign argument or a
   difference of two Max/Min arguments puts to zero. Finite bounds are taken as *closed* (a proof
   that holds on the closed range holds on the open one), excluded points are left out.
2. The pieces are open intervals and single points; together they cover the declared range
   exactly. An open interval is written by a positive parameter ``u`` (``a + u``, ``b - u``,
   ``a + (b - a) u/(1 + u)``), which reaches every point of it and no other; a point is its value.
3. On every *region* (one piece per variable) both sides are rebuilt with that substitution.
   SymPy then decides each condition from the parameters' positivity, so every Piecewise
   collapses to the branch that applies *there, in the Piecewise's own order* (at a boundary point
   the first true condition wins, Heaviside(0) is 1/2), and every Heaviside/Abs/sign/Max/Min to
   one argument. The region's difference must then be free of piecewise functions, defined, and
   identically zero (the caller's exact identity test, valid for *all* values of the parameters).

PROVED only when every region passes; a region whose sides are different numbers at a point of it
(a point region, or the middle of an open one) refutes the step at a point no sample may reach. A
region where a condition stays undecided (a breakpoint that is not rational, a condition in two
variables that assumptions cannot settle), a side is undefined, or the difference is not
identically zero and no such point shows it makes the whole argument abstain: the cascade then
goes on (``simplify``, numerics), so a wrong branch, slope or boundary is never proved here; the
numeric stage finds its counterexample.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import sympy as sp

from verifier.budget import BudgetExceeded
from verifier.walker import atoms_of, has_kinds

PIECEWISE_KINDS: tuple[type, ...] = (sp.Piecewise, sp.Heaviside, sp.Abs, sp.sign, sp.Max, sp.Min)
# Substituting into these would rename a bound or differentiated variable: not by cases.
_BINDING: tuple[type, ...] = (sp.Derivative, sp.Integral, sp.Sum, sp.Product, sp.Subs, sp.Lambda)
MAX_REGIONS = 128
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


def unsampled_breakpoint(exprs: Sequence[sp.Expr], sampled: Mapping[sp.Symbol, tuple[float, float]],
                         bounds: Mapping[sp.Symbol, Bounds]) -> str:
    r"""A point inside its symbol's range where a side may change formula (:func:`_breakpoints`) and that lies
    beyond every sample of the symbol (``sampled``: each symbol's smallest and largest sampled value), as
    ``x = -10000000*sqrt(2)`` of ``\max(x, -10^{7}\sqrt{2})``; "" where there is none. Numbers drawn on one side
    of it say nothing of the other (lead55: with the argument by cases cut short by its budget, such a false step
    was PASSED under load)."""
    return unsampled_root(_zero_sets(exprs), sampled, bounds)


def unsampled_root(zero: Sequence[sp.Expr], sampled: Mapping[sp.Symbol, tuple[float, float]],
                   bounds: Mapping[sp.Symbol, Bounds]) -> str:
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


def _pieces(r: _Range, points: set[sp.Expr], u: sp.Symbol) -> list[tuple[sp.Expr, str]]:
    """Open intervals (by the positive parameter ``u``) and points that cover ``r`` exactly."""
    cuts = sorted(p for p in points | r.excluded | {sp.Integer(0)} if r.inside(p) or p in r.excluded)
    cuts = [p for p in cuts if (r.lo is None or p > r.lo) and (r.hi is None or p < r.hi)]
    ends: list[sp.Rational | None] = [r.lo, *cuts, r.hi]
    out: list[tuple[sp.Expr, str]] = []
    for a, b in itertools.pairwise(ends):
        if a is None and b is None:  # cannot happen: 0 is always a cut of an unbounded range
            raise ValueError("an unbounded range with no cut")
        if a is None:
            out.append((b - u, f"< {b}"))
        elif b is None:
            out.append((a + u, f"> {a}"))
        else:
            out.append((a + (b - a) * u / (1 + u), f"in ({a}, {b})"))
    for p in {*cuts, *(e for e in (r.lo, r.hi) if e is not None)}:
        if r.inside(p):
            out.append((p, f"= {p}"))
    return out


def _settled(e: sp.Basic, subs: Mapping[sp.Symbol, sp.Expr]) -> sp.Basic:
    """``e`` with ``subs`` put in, every sign question rebuilt on a factored expression.

    ``t - t v/(1 + v)`` (``t, v > 0``) is not known positive to SymPy's assumptions; its factored
    form ``t/(v + 1)`` is. So the argument of each Heaviside/Abs/sign and the difference of each
    condition is factored before the function (or the Piecewise) decides; Max and Min are
    rewritten to their Piecewise first (SymPy's own rewrite: the first argument not below the
    others), which turns their choice into such conditions."""
    if isinstance(e, (sp.Max, sp.Min)):
        return _settled(e.rewrite(sp.Piecewise), subs)
    if not e.args:
        return e.xreplace(dict(subs))
    args = [_settled(a, subs) for a in e.args]
    if isinstance(e, sp.core.relational.Relational) and all(isinstance(a, sp.Expr) for a in args):
        return e.func(sp.factor(sp.cancel(args[0] - args[1])), 0)
    if isinstance(e, (sp.Heaviside, sp.Abs, sp.sign)):
        return e.func(sp.factor(sp.cancel(args[0])), *args[1:])
    return e.func(*args)


@dataclass(frozen=True)
class DiffersAt:
    """The two sides differ at a single point the cases single out (``1 & x = 0``), both defined there."""

    point: str  # "x = 0"
    left: str
    right: str


def _differs_at(subs: Mapping[sp.Symbol, sp.Expr], a: Sequence[sp.Expr], b: Sequence[sp.Expr],
                exprs: Sequence[sp.Expr]) -> DiffersAt | None:  # fmt: skip
    """A refutation where a region is one point (every deciding symbol at a number) and the sides are
    different numbers there; None elsewhere, and for a derivative, Heaviside or sign (at a kink the value is a
    convention)."""
    # a derivative's value at a kink (Heaviside(0) = 1/2, sign(0) = 0) is a convention, not a claim
    if any(e.has(sp.Derivative, sp.Heaviside, sp.sign) for e in exprs) or not all(v.is_number for v in subs.values()):
        return None
    if not all(e.is_number and e.is_finite for e in (*a, *b)):
        return None
    from verifier.symbolic import warm_simplify  # here: symbolic imports this module

    warm_simplify()  # SymPy's first simplify imports dozens of modules: not charged to this stage's budget
    if all(sp.simplify(x - y) == 0 for x, y in zip(a, b, strict=True)):
        return None
    point = ", ".join(f"{s} = {v}" for s, v in subs.items())
    return DiffersAt(point, ", ".join(map(str, a)), ", ".join(map(str, b)))


def _differs_inside(subs: Mapping[sp.Symbol, sp.Expr], a: Sequence[sp.Expr], b: Sequence[sp.Expr]) -> DiffersAt | None:
    """A refutation on a region of open intervals: at the point where every interval's parameter is 1
    (``a + 1``, ``b - 1``, the middle of ``(a, b)``) the sides are different real numbers, told apart at 50
    digits by more than 10⁻³⁰ of their size; None where they are not numbers there (a symbol that decides
    no branch), not real, or not told apart. A branch of a Piecewise beyond the sampled scales
    (``x ≥ 10⁷``) or on an interval too thin for any sample (``|x - 1/3| ≤ 10⁻³⁰``) is caught here
    (redteam24: such a wrong branch was PASSED)."""
    params = {d for v in subs.values() for d in v.free_symbols}
    if not params:
        return None
    at = dict.fromkeys(params, sp.Integer(1))
    left = [sp.sympify(e).xreplace(at) for e in a]
    right = [sp.sympify(e).xreplace(at) for e in b]
    if not all(e.is_number and e.is_finite and e.is_extended_real is not False for e in (*left, *right)):
        return None
    differs = False
    for x, y in zip(left, right, strict=True):
        vx, vy = sp.N(x, 50), sp.N(y, 50)
        if not (vx.is_real and vy.is_real):  # a side with an imaginary part there: not this argument's to say
            return None
        if abs(vx - vy) > sp.Float(10, 50) ** -30 * (1 + abs(vx) + abs(vy)):
            differs = True
    if not differs:
        return None
    point = ", ".join(f"{s} = {v.xreplace(at)}" for s, v in subs.items())
    return DiffersAt(point, ", ".join(map(str, left)), ", ".join(map(str, right)))


def _middle(subs: Mapping[sp.Symbol, sp.Expr]) -> dict[sp.Symbol, sp.Expr]:
    """The point of a region where :func:`_differs_inside` (and :func:`_differs_at`) look: parameters at 1."""
    return {s: v.xreplace(dict.fromkeys(v.free_symbols, sp.Integer(1))) for s, v in subs.items()}


def prove_by_cases(
    lhs: Sequence[sp.Expr],
    rhs: Sequence[sp.Expr],
    bounds: Mapping[sp.Symbol, Bounds],
    identical: Callable[[Sequence[sp.Expr], Sequence[sp.Expr]], bool],
    admissible: Callable[[Mapping[sp.Symbol, sp.Expr]], bool] | None = None,
) -> str | DiffersAt | None:
    """A method text ("by cases: ...") when every region's difference is identically zero; a
    :class:`DiffersAt` when a point region the cases single out differs; else None.

    ``identical(a, b)`` must decide ``a[i] == b[i]`` as an identity in all their symbols (the
    exact identity test); ``bounds`` gives the Real-domain bounds of declared symbols; ``admissible``
    whether a point (exact numbers for the deciding symbols) is a value of the variables at all: a
    region's point where it is not refutes nothing (review24a: an entry of a one-hot vector at 1/2)."""
    exprs = [*lhs, *rhs]
    symbols = sorted(set().union(*(e.free_symbols for e in exprs)), key=lambda s: s.name)
    if not symbols or not has_piecewise(exprs) or any(e.has(*_BINDING) for e in exprs):
        return None
    zero_sets = _zero_sets(exprs)
    # A symbol in no condition, no Heaviside/Abs/sign argument, no Max/Min choice decides no branch:
    # it stays a symbol, and the identity test covers all its values at once.
    deciding = set().union(*(z.free_symbols for z in zero_sets))
    symbols = [s for s in symbols if s in deciding]
    if not symbols:
        return None
    per_symbol: list[list[tuple[sp.Expr, str]]] = []
    candidates = _cut_candidates(zero_sets)
    for k, sym in enumerate(symbols):
        r = _range_of(sym, bounds.get(sym))
        if r is None:
            return None
        u = sp.Dummy(f"u{k}", positive=True)
        per_symbol.append(_pieces(r, _roots_of(candidates, sym), u))
    count = 1
    for pieces in per_symbol:
        count *= len(pieces)
    if count == 0 or count > MAX_REGIONS:
        return None
    abstain = False  # a region not shown zero: no proof, but another region may still refute the step
    try:
        for region in itertools.product(*per_symbol):
            subs = {s: value for s, (value, _) in zip(symbols, region, strict=True)}
            try:
                a = [_settled(e, subs) for e in lhs]
                b = [_settled(e, subs) for e in rhs]
            except (TypeError, ValueError, ZeroDivisionError, sp.PolynomialError):  # "Invalid NaN comparison": a pole
                abstain = True
                continue
            here = [*a, *b]
            if has_piecewise(here) or any(e.has(sp.nan, sp.zoo, sp.oo, -sp.oo) for e in here):
                abstain = True  # a condition left undecided, or a side undefined on this region
                continue
            if abstain and not all(v.is_number for v in subs.values()):
                # no proof can follow: an open region is only searched for a number refuting it at its middle
                # (review24a: the exact identity test of every region spent the step's budget)
                differs = _differs_inside(subs, a, b)
            elif identical(a, b):
                continue
            else:
                differs = _differs_at(subs, a, b, exprs) or _differs_inside(subs, a, b)
            if differs is not None and (admissible is None or admissible(_middle(subs))):
                return differs
            abstain = True
    except BudgetExceeded:
        if not abstain:
            raise
        return None  # the search for a refutation ran out: an abstention, and the cascade goes on (review24a)
    if abstain:
        return None
    names = ", ".join(str(s) for s in symbols)
    return f"by cases: {count} regions of {names} cut at the branch points, each identically zero"
