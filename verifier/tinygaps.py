"""A difference of the sides too small for every sample's arithmetic, found exactly where the numbers agreed.

The numeric judge compares the sides at finite precision: float64, then balls of up to 1024 bits, mpmath at 10^{-25}
relative. ``e^x = e^x + e^{x-800}`` differs by a relative 10^{-347} at every point, below all of them, so it was
PASSED (redcat62 left it, redcat63 closed it). A constant gap (``x = x + 10^{-50}``) is caught by
:func:`verifier.symbolic.constant_gap`; a gap that varies with the point is not a number SymPy can decide, but
its value at a point is: the difference of the two sides, at a sample point where both were finite, evaluated by
SymPy's ``evalf`` with every digit significant (``strict``), raising its working precision through any
cancellation. A value that is a real number other than 0 is a point where the sides differ. The step is then not
green; it is SKIPPED (a rounding reading, as for ``\\tanh(1000) = 1``), with the value and the point. Only the
exact difference is evaluated, never ``simplify``'s rewriting of it, so no simplification's assumptions enter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import mpmath
import numpy as np
import sympy as sp
from sympy.core.evalf import PrecisionExhausted

if TYPE_CHECKING:
    from verifier.numeric import NumericMember
    from verifier.sampling import Sample

#: the working precision (digits) evalf may raise to through a cancellation: a relative 10^{-1500} and above
MAX_DIGITS = 1600

#: the working precision (digits) of the filter on the simplified difference: a true identity's 0 gives up there
QUICK_DIGITS = 40

#: how many sample points are looked at
POINTS = 3

#: a term of a logarithm's sum this far below the others is added through atanh (:func:`_log_beside_tiny`)
SMALL = 1e-10

Points = Callable[[], Iterable[Mapping[sp.Symbol, float]]]


def gap_at(difference: sp.Expr, simplified: sp.Expr, points: Points) -> str:
    """Where ``difference`` (one side minus the other, exactly as built) is a real number other than zero at one of
    ``points`` (coordinates as the sample drew them, read as exact binary fractions): the value and the point as
    text; "" where no point shows it (every value 0, not real, or not decided to all its digits).

    ``simplified`` (SymPy's simplification of ``difference``) is only the cheap filter: a true identity simplify
    could not close leaves a difference that is 0 at every point, and evaluating it to all its digits is where
    evalf spends its working precision (a Γ identity took seconds at :data:`MAX_DIGITS`); at :data:`QUICK_DIGITS`
    it gives up at once. Where ``simplified`` has a value other than 0 (``-e^{x-800}``: no cancellation), the exact
    difference is evaluated to confirm it, so no simplification's assumptions decide."""
    free = difference.free_symbols
    unconfirmed = ""
    for point in points():
        if not free | simplified.free_symbols <= point.keys():
            return unconfirmed
        exact = {s: sp.Rational(point[s]) for s in free | simplified.free_symbols}
        if (quick := _value(simplified, exact, QUICK_DIGITS)) is None:
            continue
        undecided: list[bool] = []
        value = _value(difference, exact, MAX_DIGITS, undecided)
        where = ", ".join(f"{s} = {point[s]!r}" for s in sorted(free | simplified.free_symbols, key=str))
        if value is not None:
            return f"the sides differ by {sp.Float(value, 3)} at {where}"
        if undecided and not unconfirmed and not difference.atoms(*_STEPPED):  # logsumexp's shift by c ~ 10^5 off
            # by e^{-c} (wrong68); not ⌈sin x⌉ at a crossing, where a rounding's jump is what evalf cannot decide
            unconfirmed = (f"simplify leaves the difference {simplified}, {sp.Float(quick, 3)} at {where}, which the "
                           f"exact difference, evaluated to {MAX_DIGITS} digits, neither confirms nor refutes")
    return unconfirmed


def _value(e: sp.Expr, at: Mapping[sp.Symbol, sp.Rational], digits: int,
           undecided: list[bool] | None = None) -> sp.Expr | None:
    """``e`` at the point ``at`` to 15 significant digits, working at up to ``digits`` through cancellation, when it
    is a real number other than 0; None when it is 0, not real, or not decided (then True is appended to
    ``undecided``: a gap below the working precision, e^{-c} at c ~ 10^5, is not a 0). The point enters evalf's
    ``subs``,
    which reads each exact coordinate at the precision it works at: substituted into ``e`` first, ``x^{10^4}`` was
    built as an exact 520,000-bit rational (``x^{10^6}``: an uninterruptible minute), the symbolic budget ran out
    before the gap was seen, and the wrong step stayed PASSED (review63)."""
    subs = dict(at)
    try:
        value = e.replace(lambda n: isinstance(n, sp.log), lambda n: _log_beside_tiny(n, subs)).evalf(
            15, strict=True, maxn=digits, subs=subs
        )
    except (PrecisionExhausted, ValueError, TypeError, ArithmeticError, NotImplementedError):
        if undecided is not None:
            undecided.append(True)
        return None
    return value if value.is_Number and value.is_finite and value != 0 else None


def _log_beside_tiny(node: sp.Expr, at: Mapping[sp.Symbol, sp.Rational]) -> sp.Expr:
    """``log(B + S)``, a sum whose terms ``S`` are below 10^{-10} of the rest ``B`` at the point ``at``, as ``log B +
    2 atanh(S/(2B + S))``, the same number: SymPy's evalf rounds the argument before the logarithm, so ``log(1 +
    e^{-800})`` came out an exact 0 at any working precision, and ``\\log(1 + e^{-x^2-900}) = 0`` stayed PASSED
    (redcat63: B = 1); so did ``\\log(2 + e^{-900}x^2) = \\log 2`` and the softplus ``\\log(e^x + 1) = x`` at x ~ 750
    (redcat64: B = 2, B = e^x). atanh of a tiny number keeps its digits. B must be positive there (a large part
    that cancels to nothing is left as it is); log B is expanded where its factors are positive, as simplify's
    ``log((x^2 + 1)e^{900} + 1) - 900`` needs to cancel."""
    arg = node.args[0]
    if not isinstance(arg, sp.Add):
        return node
    sizes = []
    for term in arg.args:
        if (v := _size(term, at)) is None:
            return node
        sizes.append(v)
    largest = max(sizes)
    small = [t for t, v in zip(arg.args, sizes, strict=True) if v < largest * SMALL]
    if not small or len(small) == len(sizes):
        return node
    tiny, rest = sp.Add(*small), sp.Add(*(t for t in arg.args if t not in small))
    try:
        big = rest.evalf(15, strict=True, subs=dict(at))
    except (PrecisionExhausted, ValueError, TypeError, ArithmeticError, NotImplementedError):
        return node
    if not (big.is_Number and big.is_positive and big.is_finite and largest < big / SMALL):
        return node
    return sp.expand_log(sp.log(rest)) + 2 * sp.atanh(tiny / (2 * rest + tiny))


def agreeing_points(sample: Sample, a: NumericMember, b: NumericMember, fa: np.ndarray, fb: np.ndarray) -> Points:
    """The first :data:`POINTS` sample points where both sides have real values, as the coordinates
    :func:`gap_at` reads: where their float64 values (``fa``, ``fb``: entries × points) are finite, or else, where
    float64 overflowed (``10^{400}x``), where mpmath gives every entry of both a real value (a side real only
    through roots of negative numbers that cancel is complex there, and is left out)."""

    def points() -> Iterator[Mapping[sp.Symbol, float]]:
        n, found = sample.n, 0
        finite = np.isfinite(fa).reshape(-1, n).all(axis=0) & np.isfinite(fb).reshape(-1, n).all(axis=0)
        columns = np.flatnonzero(finite) if finite.any() else range(min(n, 2 * POINTS))
        for j in (int(c) for c in columns):
            if not finite[j] and not _real_in_mpmath(sample, a, b, j):
                continue
            yield dict(zip(sample.symbols, sample.point(j), strict=True))
            found += 1
            if found == POINTS:
                return

    return points


def _real_in_mpmath(sample: Sample, a: NumericMember, b: NumericMember, j: int) -> bool:
    """Does every entry of both sides have a real, finite value at point ``j`` (mpmath, 30 digits)?"""
    try:
        values = (*a.precise(sample, j, 30), *b.precise(sample, j, 30))
    except (ZeroDivisionError, ValueError, OverflowError, TypeError):
        return False
    return all(isinstance(v, mpmath.mpf) and mpmath.isfinite(v) for v in values)


#: a term below this fraction of the largest term of a step's sides is beyond what the sample's arithmetic resolves
INVISIBLE = 1e-15


def invisible_term(sides: Iterable[tuple[sp.Expr, sp.Expr]], sample: Sample) -> str:
    r"""A term of a sum in a step (the two sides' terms together, and each sum inside them: ``sides``, the pairs of
    entries compared) that, at every sample point where it is not 0, is below :data:`INVISIBLE` of the largest term
    of its sum there: the numbers that agreed never saw it, so they are no evidence for the step; "" where every
    term shows at some point. A catalog range c in (10^5, 10^6) made logsumexp's ``c + \log(e^a + 1) + e^{-c}`` (and
    ``c + \log((e^a + 1)(1 + e^{-2c}))``) PASSED whenever the symbolic stage (whose simplify finds the gap) ran
    out of its budget (wrong68): no sample nearer the origin exists there. Each term is evaluated by SymPy (15
    digits, any exponent) at the sample points one by one, until every term has shown itself; at most
    :data:`SUMS` sums are looked at. Only where the sample keeps some symbol far out at every point (:func:`_far_out`:
    a range like (10^5, 10^6)) can a term stay that small at every point; elsewhere (reals sampled near the origin)
    nothing is evaluated, so a step's other sizes keep their time (green69: sound37's n = 7)."""
    if not _far_out(sample):
        return ""
    sums: list[tuple[sp.Expr, ...]] = []
    for lhs, rhs in sides:
        top = tuple(t for side in (lhs, rhs) for t in sp.Add.make_args(sp.sympify(side)))
        for terms in (top, *(a.args for a in sp.preorder_traversal(sp.Tuple(lhs, rhs)) if isinstance(a, sp.Add))):
            if len(terms) >= 2 and any(t.free_symbols for t in terms) and terms not in sums and \
                    not any(t.atoms(*_STEPPED) for t in terms):  # ⌈sin x⌉ beside its cases: jumps, no tail (fmt: skip)
                sums.append(terms)
                if len(sums) > SUMS:
                    return ""
    if not {s for terms in sums for t in terms for s in t.free_symbols} <= set(sample.symbols):
        return ""
    for terms in sums:
        if (shown := _hidden(terms, sample)):
            return shown
    return ""


#: functions whose value jumps (a rounding, a case, a sign): a sum of such terms has no small tail to hide, and
#: SymPy's 15 digits at a crossing (⌈sin x⌉ at x = kπ) can read 0 or 1 either way (redcat66, at the merge of stop 69)
_STEPPED = (sp.ceiling, sp.floor, sp.frac, sp.Piecewise, sp.sign, sp.Heaviside, sp.Abs, sp.Min, sp.Max)

#: how many sums :func:`invisible_term` looks at (a step with more is left as it is)
SUMS = 64
#: a symbol whose every sample is at least this far from 0 is "far out": e^{-36} < 10^{-15} (:data:`INVISIBLE`)
FAR = 36.0


def _far_out(sample: Sample) -> bool:
    """Does some symbol of ``sample`` lie at least :data:`FAR` from 0 at every sample point?"""
    try:
        values = np.asarray(sample.values, dtype=float)
    except (TypeError, ValueError, OverflowError):
        return False  # entries that are no plain floats: not read as far out
    if values.ndim != 2 or values.shape[1] == 0:
        return False
    return bool(np.any(np.all(np.abs(values) >= FAR, axis=1)))


def _hidden(terms: tuple[sp.Expr, ...], sample: Sample) -> str:
    """The first of ``terms`` (of one sum) below :data:`INVISIBLE` of the largest at every point where it is not 0."""
    hidden = dict.fromkeys(range(len(terms)), "")
    for j in range(sample.n):
        at = {s: sp.Rational(v) for s, v in zip(sample.symbols, sample.point(j), strict=True)}
        sizes = [_size(t, at) for t in terms]
        if any(v is None for v in sizes):
            continue  # a term with no real value there: the point says nothing of this sum
        largest = max(sizes)  # type: ignore[type-var]
        for k in list(hidden):
            if sizes[k] and sizes[k] >= largest * INVISIBLE:  # type: ignore[operator]
                del hidden[k]
            elif sizes[k] and not hidden[k]:
                where = ", ".join(f"{s} = {float(at[s])!r}" for s in sorted(terms[k].free_symbols, key=str))
                hidden[k] = f"{sp.Float(sizes[k], 3)}{' at ' + where if where else ''}, beside a term of " \
                            f"{sp.Float(largest, 3)}"
        if not hidden:
            return ""
    for k, shown in hidden.items():
        if shown:
            return (f"the term {terms[k]} is {shown}: at every one of the {sample.n} sample points it is below "
                    f"{INVISIBLE:g} of the largest term of its sum: too little for the sample points to tell apart")
    return ""


def _size(term: sp.Expr, at: Mapping[sp.Symbol, sp.Rational]) -> sp.Float | None:
    """|term| at ``at`` (15 digits, any exponent), or None where it has no real value or is not decided."""
    try:
        v = term.evalf(15, subs=dict(at))
    except (ValueError, TypeError, ArithmeticError, NotImplementedError):
        return None
    if not (v.is_Number and v.is_real and v.is_finite):
        return None
    return abs(v)
