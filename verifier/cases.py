r"""Proof by cases of a step whose sides are piecewise (Piecewise, Heaviside, Abs, sign, Max, Min).

``simplify`` on a folded Piecewise difference explodes: the leaky ReLU derivative
:math:`\frac{d}{dx}\max(Lx, x) = L` for :math:`x < 0`, :math:`1` for :math:`x > 0` folds to 14
branches whose conditions mix ``x`` and ``L``, and ``simplify`` spends its whole budget on them.
A person argues by cases instead; so does this module:

1. Each real variable's *declared range* (its SymPy assumptions, plus the bounds and excluded
   points of a ``Real`` domain) is cut at the *breakpoints* of the step: the exact rational roots
   of every univariate polynomial that a Piecewise condition, a Heaviside/Abs/sign argument or a
   difference of two Max/Min arguments puts to zero (:mod:`verifier.breakpoints` owns them). Finite
   bounds are taken as *closed* (a proof that holds on the closed range holds on the open one),
   excluded points are left out.
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import sympy as sp

from verifier.breakpoints import Bounds, DeclaredRange, cut_candidates, has_piecewise, range_of, roots_of, zero_sets_of
from verifier.budget import BudgetExceeded

# Substituting into these would rename a bound or differentiated variable: not by cases.
_BINDING: tuple[type, ...] = (sp.Derivative, sp.Integral, sp.Sum, sp.Product, sp.Subs, sp.Lambda)
#: the stage of the budget the cascade runs this argument under (verifier.symbolic); the only one it may swallow
STAGE = "symbolic: by cases"

MAX_REGIONS = 128


def _pieces(r: DeclaredRange, points: set[sp.Expr], u: sp.Symbol) -> list[tuple[sp.Expr, str]]:
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


def _settled(e: sp.Basic, subs: Mapping[sp.Symbol, sp.Expr], done: dict[sp.Basic, sp.Basic] | None = None) -> sp.Basic:
    """``e`` with ``subs`` put in, every sign question rebuilt on a factored expression.

    ``t - t v/(1 + v)`` (``t, v > 0``) is not known positive to SymPy's assumptions; its factored
    form ``t/(v + 1)`` is. So the argument of each Heaviside/Abs/sign and the difference of each
    condition is factored before the function (or the Piecewise) decides; Max and Min are
    rewritten to their Piecewise first (SymPy's own rewrite: the first argument not below the
    others), which turns their choice into such conditions.

    ``done``: the sub-trees already settled under the same ``subs`` (a pure function of the two), shared by
    the entries of both sides of one region (docspeed67): the sides repeat their conditions and arguments
    (a Piecewise's condition in each entry, the same Heaviside on both sides), and each was factored again."""
    if done is None:
        done = {}
    hit = done.get(e)
    if hit is not None:
        return hit
    if isinstance(e, (sp.Max, sp.Min)):
        out = _settled(e.rewrite(sp.Piecewise), subs, done)
    elif not e.args:
        out = e.xreplace(dict(subs))
    else:
        args = [_settled(a, subs, done) for a in e.args]
        if isinstance(e, sp.core.relational.Relational) and all(isinstance(a, sp.Expr) for a in args):
            out = e.func(sp.factor(sp.cancel(args[0] - args[1])), 0)
        elif isinstance(e, (sp.Heaviside, sp.Abs, sp.sign)):
            out = e.func(sp.factor(sp.cancel(args[0])), *args[1:])
        else:
            out = e.func(*args)
    done[e] = out
    return out


@dataclass(frozen=True)
class DiffersAt:
    """The two sides differ at a single point the cases single out (``1 & x = 0``), both defined there."""

    point: str  # "x = 0"
    left: str
    right: str
    overlap: str = ""  # the cases rows that both hold there with different values (gaps68), said in the message


def overlapping_rows(subs: Mapping[sp.Symbol, sp.Expr], exprs: Sequence[sp.Expr]) -> str:
    r"""Where two rows of one cases block both hold at the point ``subs`` and give different values there
    (``2 & z \ge 0`` and ``1 & z \le 0`` at z = 0): what they give, for the message; "" where none do. Such cases
    contradict themselves at the point, and the parser took the first row (gaps68)."""
    for e in exprs:
        for pw in e.atoms(sp.Piecewise):
            values = []
            for value, cond in pw.args:
                try:
                    held = cond.xreplace(dict(subs))
                except (TypeError, ValueError):
                    held = None
                if held is sp.true:
                    values.append(value.xreplace(dict(subs)))
            if len(values) > 1 and all(v.is_number for v in values) and len(set(values)) > 1:
                shown = " and ".join(str(v) for v in values)
                return (f"two rows of its cases hold there and give {shown} (the rows overlap at that point, and "
                        "the first was taken: write which row applies)")
    return ""


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
    return DiffersAt(point, ", ".join(map(str, a)), ", ".join(map(str, b)), overlapping_rows(subs, exprs))


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
    zero_sets = zero_sets_of(exprs)
    # A symbol in no condition, no Heaviside/Abs/sign argument, no Max/Min choice decides no branch:
    # it stays a symbol, and the identity test covers all its values at once.
    deciding = set().union(*(z.free_symbols for z in zero_sets))
    symbols = [s for s in symbols if s in deciding]
    if not symbols:
        return None
    per_symbol: list[list[tuple[sp.Expr, str]]] = []
    candidates = cut_candidates(zero_sets)
    for k, sym in enumerate(symbols):
        r = range_of(sym, bounds.get(sym))
        if r is None:
            return None
        u = sp.Dummy(f"u{k}", positive=True)
        per_symbol.append(_pieces(r, roots_of(candidates, sym), u))
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
                done: dict[sp.Basic, sp.Basic] = {}  # the region's settled sub-trees, both sides
                a = [_settled(e, subs, done) for e in lhs]
                b = [_settled(e, subs, done) for e in rhs]
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
    except BudgetExceeded as exc:
        if not abstain or exc.stage != STAGE:  # (an enclosing budget that ran out is its to handle)
            raise
        return None  # the search for a refutation ran out: an abstention, and the cascade goes on (review24a)
    if abstain:
        return None
    names = ", ".join(str(s) for s in symbols)
    return f"by cases: {count} regions of {names} cut at the branch points, each identically zero"
