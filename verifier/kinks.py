r"""The points where a step's non-smooth pieces change branch, evaluated there: what no random sample reaches.

``\operatorname{sign}(x)^2 = 1`` holds at every random point and fails at x = 0; ``\mathbb{1}[x > 0] =
\frac{1 + \operatorname{sign}(x)}{2}`` fails there too (0 against 1/2), ``\operatorname{sign}(x + y)^2 = 1`` on the
line y = -x, ``\sum_i \operatorname{sign}(x_i)^2 = n`` wherever one coordinate is 0. A sample of real numbers
lands on such a set with probability 0, so the numeric stage said PASSED. This module owns the points that do:

* the *breakpoints* of a step are where an argument of sign, \|·\|, Heaviside, a difference of two Max/Min
  arguments or a side of a Piecewise condition (``x > 1``, the cases' own ``x = 0``) is zero
  (:func:`verifier.breakpoints.zero_sets_of`), where the exponent of a power of 0 is (``0^x`` is 1 at x = 0), and
  where the argument of a floor, a ceiling or a fractional part reaches the integer just below or above its value
  at a sample point (:func:`_rounding_sets`: ``\lfloor e^{-x^2} \rfloor = 0`` fails at x = 0 only);
* from a few of the sample's points, one coordinate at a time is moved onto each breakpoint: the others keep
  their sampled values (as the exact rationals those floats are) and the moved one is a root of the breakpoint's
  equation: an exact one (rational, or a short closed form: a polynomial's, or that of an equation in one symbol
  through exp, log or a trigonometric function, ``e^x = 2`` at log 2), or one no closed form writes, bracketed on a
  grid and refined to 110 digits (``e^x = x + 2``: :func:`verifier.breakpoints.bracketed_roots`); one more point puts
  as many coordinates as it can on a breakpoint at once ("one or more coordinates sit on it");
* a point must be a value the variables take: inside a Real or Positive domain's open range, not an excluded
  point (``x \neq 0`` in the notes), an admissible point of a tied block (a probability vector is never moved);
* both sides are evaluated there (SymPy at those numbers, then to 50 and 100 digits), each piece whose argument is
  zero there — exactly, or only by numbers: below 10^{-95} of its terms' size at 100 digits — taken at 0
  (:func:`_at_kink`; where that cannot be decided there is no counterexample): where both sides are finite real
  numbers and differ at both precisions, the step is refuted at that point.

What is no refutation, by convention or by definition: a side undefined at the point (``x/|x|`` at 0 has no
value to differ); a Heaviside at 0 (its value there is a convention: 0, 1/2 or 1); and a step of a chain
with a derivative in it (at a kink a derivative does not exist, and ``\operatorname{relu}'(z) = \mathbb{1}[z > 0]``
or ``\frac{d}{dx}|x| = \operatorname{sign}(x)`` write a convention, not a mistake). ``\operatorname{sign}(0)``
is 0, as SymPy, NumPy and the textbooks define it: notes that mean another value write their sign by cases.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import sympy as sp

from verifier.breakpoints import (
    PIECEWISE_KINDS,
    ROOT_TOLERANCE,
    bracketed_roots,
    exact_breakpoints,
    solved_roots,
    zero_sets_of,
)
from verifier.catalog import Claim, D, Variable
from verifier.domains import Positive, Real
from verifier.walker import atoms_of

Ranges = Mapping[sp.Symbol, tuple[float, float, tuple[float, ...]]]  # a movable symbol's open range, excluded points

MAX_BASES = 3  # sample points moved onto the breakpoints
MAX_ZERO_SETS = 24  # breakpoint equations looked at (a vector's coordinates each make one)
MAX_POINTS = 48  # points evaluated per step
MAX_ENTRIES = 64  # entry pairs compared per point (those with a non-smooth piece)
MAX_OPS = 4000  # a larger entry is not evaluated exactly (the numeric stage's witness stands alone there)
_TOL_DIGITS = 30
KINK_BUDGET = 6.0  # CPU seconds per step for the points on its breakpoints (three times as much wall time)


@dataclass(frozen=True)
class KinkDifference:
    """The two sides are different finite real numbers at a point on a breakpoint."""

    point: dict[sp.Symbol, sp.Expr]  # every sampled symbol at an exact number
    moved: tuple[sp.Symbol, ...]  # the coordinates put on a breakpoint
    entry: int  # the entry that differs (row-major)
    left: sp.Float
    right: sp.Float

    def where(self) -> str:
        """``x = 0``, ``x = 1/3`` (the moved coordinates: exactly where that is short, else as the float nearest)."""
        def text(v: sp.Expr) -> str:
            if isinstance(v, sp.Rational) and v.q > 1000:  # another coordinate's sampled float, moved
                return repr(float(v))
            if isinstance(v, sp.Float):  # a root refined by numbers (breakpoints.bracketed_roots): 15 digits shown
                return str(sp.Float(v, 15))
            return str(v)

        return ", ".join(f"{s} = {text(self.point[s])}" for s in self.moved)

    def how(self) -> str:
        """How the sides were evaluated there: exactly, or at a root found by numbers (breakpoints.bracketed_roots)."""
        if any(isinstance(self.point[s], sp.Float) for s in self.moved):
            return "evaluated to 100 digits at a root refined to 110"
        return "evaluated exactly"


def _has_derivative(m: object) -> bool:
    if isinstance(m, D):
        return True
    parts = list(m) if isinstance(m, sp.MatrixBase) else [m]
    return any(isinstance(p, sp.Basic) and p.has(sp.Derivative) for p in parts)


def _entries(m: object) -> list[sp.Basic]:
    if isinstance(m, sp.MatrixBase):
        return [sp.sympify(e) for e in m]
    return [sp.sympify(m)]


def _movable(variables: Sequence[Variable]) -> dict[sp.Symbol, tuple[float, float, tuple[float, ...]]]:
    """The symbols a point may move, with the open range and the excluded points of their domain."""
    out: dict[sp.Symbol, tuple[float, float, tuple[float, ...]]] = {}
    for v in variables:
        if v.constraint:
            continue  # a tied block (probability vector, one-hot): its entries move together or not at all
        if isinstance(v.domain, Real):
            for s in v.symbols:
                out[s] = (v.domain.lo, v.domain.hi, v.domain.exclude)
        elif isinstance(v.domain, Positive):
            for s in v.symbols:
                out[s] = (v.domain.lo, v.domain.hi, ())
    return out


def _allowed(s: sp.Symbol, p: sp.Expr, ranges: Mapping[sp.Symbol, tuple[float, float, tuple[float, ...]]]) -> bool:
    """Is ``p`` a value of ``s``: strictly inside its domain's range (a bound is never taken: whether the notes'
    range is open there is not known), not an excluded point, and what its assumptions allow?"""
    lo, hi, exclude = ranges[s]
    if not (p.is_real and p.is_finite):
        return False
    if (lo != float("-inf") and not p > sp.Rational(lo)) or (hi != float("inf") and not p < sp.Rational(hi)):
        return False
    if any(p == sp.Rational(e) for e in exclude):
        return False
    return not ((s.is_positive and not p.is_positive) or (s.is_nonnegative and p.is_negative)
                or (s.is_negative and not p.is_negative) or (s.is_nonpositive and p.is_positive)
                or (s.is_nonzero and p.is_zero))  # fmt: skip


def _roots(z: sp.Expr, s: sp.Symbol, lo: float, hi: float, near: float) -> list[sp.Expr]:
    """Real roots of ``z`` in ``s`` (the others already numbers), smallest first: a polynomial's exact ones, else
    those of an equation in ``s`` alone through exp, log, a trigonometric or hyperbolic function
    (:func:`verifier.breakpoints.solved_roots`: of a periodic family, the members nearest 0, ``near`` and the ends
    ``lo``, ``hi`` of the range), else roots in (lo, hi) found by numbers and refined to 110 digits
    (:func:`verifier.breakpoints.bracketed_roots`: ``e^x = x + 2``, which no closed form of SymPy's writes)."""
    found = exact_breakpoints([z], s) or solved_roots(z, s, (near, lo, hi)) or _bracketed(z, s, lo, hi)
    return sorted(found, key=lambda r: (abs(sp.N(r)), sp.N(r)))


#: :func:`verifier.breakpoints.bracketed_roots`, remembered: the same equation recurs at each base point
_bracketed = functools.lru_cache(maxsize=256)(bracketed_roots)


def _zero_powers(e: sp.Basic) -> list[sp.Expr]:
    """The exponents of the powers of 0 in ``e``: ``0^x`` is 0 for x > 0 and 1 at x = 0 (0⁰ = 1, as SymPy and NumPy
    take it), so its exponent's zero set is a breakpoint (redcat64: ``0^x = 0`` was PASSED, ``0^{|x|} = 0`` FAILED)."""
    return [n.exp for n in atoms_of([e], (sp.Pow,)) if n.base.is_zero]


def _kink_sets(x: sp.Basic, y: sp.Basic) -> list[sp.Expr]:
    """The breakpoint equations of an entry pair: its pieces' (:func:`verifier.breakpoints.zero_sets_of`), its powers
    of 0's."""
    return [*zero_sets_of([x, y]), *_zero_powers(x), *_zero_powers(y)]


ROUNDING_KINDS: tuple[type, ...] = (sp.floor, sp.ceiling, sp.frac)


def _rounding_sets(x: sp.Basic, y: sp.Basic, bases: Sequence[Mapping[sp.Symbol, sp.Expr]]) -> list[sp.Expr]:
    r"""``g - k`` for each floor, ceiling or fractional part ``g`` of an entry pair and each integer ``k`` next to
    the value ``g`` takes at a point of ``bases``: where the bracket steps near those points (redcat66:
    ``\lfloor e^{-x^2} \rfloor = 0`` fails at x = 0 only, where the argument reaches 1; redcat65 left it)."""
    levels: list[sp.Expr] = []
    for g in dict.fromkeys(n.args[0] for n in atoms_of([x, y], ROUNDING_KINDS)):
        if not isinstance(g, sp.Expr) or not g.free_symbols:
            continue
        for base in bases:
            try:
                value = sp.N(g.xreplace(base), 30)
                if not (isinstance(value, sp.Float) and value.is_finite):
                    continue
                k = sp.floor(value)
            except (TypeError, ValueError, ArithmeticError):
                continue
            levels.extend(g - level for level in (k, k + 1))
    return list(dict.fromkeys(levels))



@functools.lru_cache(maxsize=4096)
def _linear(z: sp.Expr, s: sp.Symbol) -> tuple[sp.Expr, sp.Expr] | None:
    """``(a, b)`` with ``z = a s + b`` and neither holding ``s`` (the common breakpoint: ``w x + b``, ``x - c``),
    remembered; None for any other ``z``. Solving it is a division, where a root finder took most of the time."""
    a = sp.diff(z, s)
    return (a, sp.expand(z - a * s)) if not a.has(s) and a != 0 else None


def _float_exact(v: sp.Expr) -> bool:
    """Is ``v`` a float64 exactly (so the counterexample shown can be typed in again)?"""
    return isinstance(v, sp.Rational) and abs(v) < 2**1000 and sp.Rational(float(v)) == v


def _on_kink(z: sp.Expr, point: Mapping[sp.Symbol, sp.Expr], symbols: Sequence[sp.Symbol],
             ranges: Ranges) -> tuple[sp.Symbol, sp.Expr] | None:
    """A coordinate among ``symbols`` and the value that puts ``point`` on ``z = 0``: one whose value is a float
    exactly where there is one (``x = -3y`` moves y when x is a float and 3y not), else the first."""
    found = []
    for s in symbols:
        try:  # a pole or a NaN comparison while the equation is rebuilt, a polynomial SymPy cannot take: no root
            others = {k: v for k, v in point.items() if k != s}
            if (line := _linear(z, s)) is not None:
                a, b = (c.xreplace(others) for c in line)
                root = -b / a if a.is_number and b.is_number and a != 0 else None
                r = root if root is not None and _allowed(s, root, ranges) else None
            else:
                lo, hi, _ = ranges[s]
                roots = _roots(z.xreplace(others), s, lo, hi, float(point[s]))
                r = next((r for r in roots if _allowed(s, r, ranges)), None)
        except (TypeError, ValueError, ArithmeticError, sp.PolynomialError):
            r = None
        if r is not None:
            if _float_exact(r):
                return s, r
            found.append((s, r))
    return found[0] if found else None


def candidate_points(zero_sets: Sequence[sp.Expr], base: Mapping[sp.Symbol, sp.Expr],
                     ranges: Mapping[sp.Symbol, tuple[float, float, tuple[float, ...]]],
                     ) -> Iterator[tuple[dict[sp.Symbol, sp.Expr], tuple[sp.Symbol, ...]]]:  # fmt: skip
    """Points from ``base``: one coordinate on each breakpoint, then as many at once as the equations allow."""
    for z in zero_sets:
        if (moved := _on_kink(z, base, sorted(z.free_symbols & ranges.keys(), key=str), ranges)) is not None:
            yield {**base, moved[0]: moved[1]}, (moved[0],)
    point, fixed = dict(base), []
    for z in zero_sets:
        free = [s for s in sorted(z.free_symbols & ranges.keys(), key=str) if s not in fixed]
        if (moved := _on_kink(z, point, free, ranges)) is not None:
            point[moved[0]] = moved[1]
            fixed.append(moved[0])
    if len(fixed) > 1:
        yield point, tuple(fixed)


def _value(e: sp.Basic, point: Mapping[sp.Symbol, sp.Expr], dps: int) -> sp.Float | None:
    """``e`` at ``point`` to ``dps`` digits; None where it has no finite real value (or Heaviside is at 0)."""
    try:  # a comparison with NaN (a pole in a condition) raises while the tree is rebuilt
        for h in e.atoms(sp.Heaviside):
            if h.args[0].xreplace(point).is_zero is not False:  # its value at 0 is a convention (or undecided)
                return None
        v = e.xreplace(point)
        if not isinstance(v, sp.Expr) or not v.is_number or v.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
            return None
        n = v.evalf(dps)
    except (TypeError, ValueError, ArithmeticError, sp.PolynomialError):
        return None
    if n.is_zero:  # SymPy's exact zero
        return sp.Float(0, dps)
    if not isinstance(n, sp.Float):
        return None  # complex, or not evaluated
    return n


def _differ(a: sp.Basic, b: sp.Basic, point: Mapping[sp.Symbol, sp.Expr]) -> tuple[sp.Float, sp.Float] | None:
    """The sides at ``point`` where they are different finite reals at 50 digits and still at 100 (a first look at
    20 digits, where most points agree: a tenth of the work)."""
    # (a side with no value there ends the look before the other side is evaluated: the other is often the
    # larger, a network's layers of Max at an exact point, whose tree SymPy rebuilds node by node; lead64)
    if (va := _value(a, point, 20)) is None or (vb := _value(b, point, 20)) is None:
        return None
    if not abs(va - vb) > sp.Float(10, 20) ** -12 * (1 + abs(va) + abs(vb)):
        return None
    found = None
    for dps in (50, 100):
        if (va := _value(a, point, dps)) is None or (vb := _value(b, point, dps)) is None:
            return None
        tol = sp.Float(10, dps) ** -_TOL_DIGITS * (1 + abs(va) + abs(vb))
        if not abs(va - vb) > tol:
            return None
        found = (va, vb)
    return found


def _on_which(zero_sets: Sequence[sp.Expr], point: Mapping[sp.Symbol, sp.Expr],
              moved: Sequence[sp.Symbol]) -> tuple[bool, list[sp.Expr]]:  # fmt: skip
    """Is ``point`` on one of ``zero_sets`` through a coordinate it moved, as SymPy decides (the first item); and
    the zero sets it is on by numbers only (the second): a root SymPy solved but does not see as one (sinh(log(1 +
    √2)) - 1), or one refined to 110 digits (breakpoints.bracketed_roots), where the zero set is below 10^{-95} of
    its terms' size at 100 digits. Both are told at once: at log(1 + √2) sinh x - 1 is 0 exactly and e^x - e^{-x}
    - 2 only by numbers, and the sign of the second read as ±1 made the true sign(sinh x - 1) = sign(e^x - e^{-x}
    - 2) FAILED (redmid65 F2)."""
    exact, near = False, []
    for z in zero_sets:
        if z.free_symbols & set(moved):
            try:
                at = z.xreplace(point)
                if at.is_zero:
                    exact = True
                elif not isinstance(at, sp.Rational) and _negligible(z, at):  # -10^{-100} is decided: not 0
                    near.append(z)
            except (TypeError, ValueError, ArithmeticError):
                continue
    return exact, near


def _negligible(z: sp.Expr, at: sp.Expr) -> bool:
    """Is ``at`` (``z`` at a point) below 10^{-95} of the size of ``z``'s terms there, at 100 digits
    (breakpoints.ROOT_TOLERANCE)?"""
    if not at.is_number:
        return False
    value = at.evalf(100)
    terms = [t.evalf(100) for t in (at.args if isinstance(at, sp.Add) else (at,))]
    if not value.is_Number or not all(t.is_Number for t in terms):
        return False
    return bool(abs(value) <= sp.Float(10, 100) ** -ROOT_TOLERANCE * (1 + max(abs(t) for t in terms)))


class _Convention(Exception):
    """A Heaviside at its step: its value there is a convention (0, 1/2 or 1), no refutation."""


def _at_kink(e: sp.Basic, on: Sequence[sp.Expr]) -> sp.Basic:
    """``e`` with each piece whose zero set (or its negative) is in ``on`` taken where that zero set is 0: its sign
    and absolute value are 0, a condition on it is decided as at equality, of two Max/Min arguments equal there the
    later one is dropped. Raises :class:`_Convention` at a Heaviside's step. Numbers cannot say the zero set is 0 at
    a point refined to 110 digits; the point was put there because it is (:func:`_on_which`)."""
    zero = {*on, *(-z for z in on)}

    def settled(n: sp.Basic) -> sp.Basic:
        if isinstance(n, (sp.sign, sp.Abs)) and n.args[0] in zero:
            return sp.Integer(0)
        if isinstance(n, ROUNDING_KINDS) and (level := _level(n.args[0], on)) is not None:
            return sp.Integer(0) if isinstance(n, sp.frac) else level  # its argument is the integer ``level`` there
        if isinstance(n, sp.Heaviside) and n.args[0] in zero:
            raise _Convention
        if isinstance(n, sp.core.relational.Relational) and isinstance(n.lhs, sp.Expr) and n.lhs - n.rhs in zero:
            return n.func(sp.Integer(0), sp.Integer(0))
        if isinstance(n, (sp.Max, sp.Min)):
            kept: list[sp.Basic] = []
            for a in n.args:
                if not any(k - a in zero for k in kept):
                    kept.append(a)
            return n.func(*(settled(a) for a in kept))
        return n.func(*(settled(a) for a in n.args)) if n.args else n

    return settled(e)


def _level(g: sp.Basic, on: Sequence[sp.Expr]) -> sp.Integer | None:
    """The integer ``k`` where ``g - k`` (or ``k - g``) is one of the zero sets ``on``: a rounding bracket's
    argument sits on that integer (:func:`_rounding_sets`)."""
    for z in on:
        for k in (g - z, g + z):
            if isinstance(k, sp.Integer):
                return k
    return None


def _undecided(exprs: Sequence[sp.Basic], point: Mapping[sp.Symbol, sp.Expr]) -> bool:
    """Does a piece of ``exprs`` (already settled by :func:`_at_kink`) sit on its own breakpoint at ``point`` by
    numbers only (a zero set not exactly 0 there, and below 10^{-95} of its terms)? Its branch cannot be told
    there (two breakpoints that coincide, or nearly): no refutation."""
    for z in _kink_sets(*exprs):
        if not isinstance(z, sp.Expr):
            continue
        try:
            at = z.xreplace(point)
            if not at.is_zero and not isinstance(at, sp.Rational) and _negligible(z, at):
                return True
        except (TypeError, ValueError, ArithmeticError):
            return True
    return False


def refute_at_kinks(claim: Claim, index: int, sample_point: Callable[[int], Mapping[sp.Symbol, float]],
                    count_bases: int, admissible: Callable[[Mapping[sp.Symbol, sp.Expr]], bool] | None = None,
                    ) -> KinkDifference | None:  # fmt: skip
    """A point on a breakpoint of step ``index`` where its sides are different numbers; None where there is none
    (or the step has no breakpoint, or a derivative: see the module's docstring).

    ``sample_point(j)`` gives the sample's j-th point (``count_bases`` of them are moved onto the breakpoints);
    ``admissible`` whether a point is a value of the tied blocks (:func:`verifier.engine._admissible`)."""
    a, b = claim.members[index - 1], claim.members[index]
    # a chain about a derivative (d/dz relu(z) = 1[z > 0] = (1 + sign z)/2): its later links rewrite a convention
    # for the value at the kink, where the derivative has none (review33a)
    if any(_has_derivative(m) for m in claim.members):
        return None
    left, right = _entries(a), _entries(b)
    if len(left) != len(right):
        return None
    kinds = (*PIECEWISE_KINDS, *ROUNDING_KINDS)
    pairs = [(k, x, y) for k, (x, y) in enumerate(zip(left, right, strict=True))
             if x.has(*kinds) or y.has(*kinds) or _zero_powers(x) or _zero_powers(y)]  # fmt: skip
    if not pairs:
        return None
    tied = [(t, e) for v in claim.variables for t, e in v.constraint]
    bases = []
    for j in range(count_bases):
        base = {s: sp.Rational(x) for s, x in sample_point(j).items()}
        for t, e in tied:  # a tied coordinate is 1 minus the others, exactly
            base[t] = e.xreplace({k: v for k, v in base.items() if k != t})
        bases.append(base)
    # each pair with its own breakpoint equations: at a point it is looked at only where one of them holds (the
    # others' values there are those of a generic point, which the samples saw)
    kinked = [(k, x, y, [z for z in (*_kink_sets(x, y), *_rounding_sets(x, y, bases))
                         if isinstance(z, sp.Expr) and z.free_symbols])
              for k, x, y in pairs[:MAX_ENTRIES] if sp.count_ops(x) + sp.count_ops(y) <= MAX_OPS]  # fmt: skip
    zero_sets = list(dict.fromkeys(z for *_, own in kinked for z in own))[:MAX_ZERO_SETS]
    ranges = _movable(claim.variables)
    zero_sets = [z for z in zero_sets if z.free_symbols & ranges.keys()]
    if not zero_sets:
        return None
    seen: set[tuple[tuple[sp.Symbol, sp.Expr], ...]] = set()
    count = 0
    for base in bases:
        for point, moved in candidate_points(zero_sets, base, ranges):
            key = tuple(sorted(((s, point[s]) for s in moved), key=lambda kv: str(kv[0])))
            if key in seen or (admissible is not None and not admissible(point)):
                continue
            seen.add(key)
            count += 1
            if count > MAX_POINTS:
                return None
            for k, x, y, own in kinked:
                exact, near = _on_which(own, point, moved)
                if near:  # on a breakpoint by numbers: its pieces taken there (redcat65; beside an exact one: F2)
                    try:
                        x, y = _at_kink(x, near), _at_kink(y, near)
                    except _Convention:
                        continue
                    if _undecided((x, y), point):
                        continue
                elif not exact:
                    continue
                if (found := _differ(x, y, point)) is not None:
                    return KinkDifference(point, moved, k, *found)
    return None
