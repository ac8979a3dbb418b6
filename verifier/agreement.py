"""Deciding whether two members agree at every sample point (the numeric verdict of one step).

Float64 ranks the points; ball arithmetic judges them (a difference ball excluding 0 proves a
disagreement, a tiny ball around 0 bounds it); points balls cannot decide go to mpmath, where a
difference counts only if it is the same at two precisions; a step no symbolic argument proved has a
few points judged again at the top precision before it is green (:func:`sharpened`: sides that differ
below what 128-bit balls resolve). This module owns those rules and the records they produce
(:class:`Comparison`, :class:`Disagreement`); how a member is evaluated is :mod:`verifier.numeric`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import mpmath
import numpy as np

from verifier import balls, complexballs

if TYPE_CHECKING:
    from verifier.numeric import NumericMember
    from verifier.sampling import Sample

LOW_DPS = 40  # spot checks and first look at a disagreement; doubled while undecided
SPOT_TOL = 1e-25  # relative difference at LOW_DPS that earns a stability test


def _finite(v: object) -> bool:
    return bool(mpmath.isfinite(v))


@dataclass(frozen=True)
class Disagreement:
    point_index: int
    entry: int
    lhs: object  # mpmath values (from mpmath at high precision, or a ball's midpoint)
    rhs: object


@dataclass(frozen=True)
class Comparison:
    valid: int  # points judged equal: by ball arithmetic, or by mpmath where balls could not decide
    checked_high: int  # points evaluated in mpmath
    counterexample: Disagreement | None
    noise_points: int  # float64 disagreements that ball arithmetic showed to be rounding noise
    #: points where the sides differ but one of them is not real (a log or an even root of a negative number
    #: beside a real odd root): no counterexample, since a claim is about the reals (:func:`off_real`)
    off_real_points: int = 0
    off_real: Disagreement | None = None  # the first of them, for the report
    #: of the ``valid`` points, those where a side is provably not real (the sides agree as complex numbers):
    #: where they are all of them, no evidence for a claim about real values (``\sqrt{-1-x^2} =
    #: \sqrt{-(1+x^2)}``: sound39); mpmath's points are counted only when no other valid point is real
    not_real_points: int = 0


MAX_DPS = 1280  # beyond this a disagreement is left undecided (the point is not counted)


def confirm(a: NumericMember, b: NumericMember, sample: Sample, j: int) -> tuple[bool | None, Disagreement | None]:
    """High-precision verdict at point ``j``: True agree, False differ (with details), None undecided.

    A difference counts only when it is the same at two precisions (noise from cancellation
    shrinks as precision grows, a real difference does not). One kind of noise is stable: a
    value that cancels to exactly 0 at every precision tried (1 - sigma(x) at x = 200 needs 87
    digits). So while a side is exactly 0 (its expression not literally 0) and the other side is
    small enough to have been lost that way, precision is doubled; past MAX_DPS the point is
    left undecided, never called false. Another is a term absorbed by a larger one (1 + e^{6086} is
    e^{6086} short of 2,643 digits): the same at every precision short of the span of the magnitudes
    the evaluation goes through, so a difference counts only at a precision that spans them
    (:func:`_spanned`, lead60).

    Where the span is beyond reach, the climb stops at once (prec72): when every difference left is stable and
    no cancelled 0, and the span measured at this precision exceeds the top precision the doublings would reach by
    more than this precision (:func:`_beyond_reach`), no later precision can count a difference, so the point is
    left undecided here, as the climb would have left it at the top, and the doublings in between (each a
    walk of both members, the top one the dearest) are not paid for. The precisions that are visited, and
    the two a difference is judged stable between, are the base's: only the tail that cannot end in a
    counted difference is cut.
    """
    dps = LOW_DPS + sample.extra_digits(j)
    low = _values(a, b, sample, j, dps)
    if low is None:
        return None, None
    la, lb = low
    suspects = _suspects(la, lb)
    if not suspects:
        return True, None
    top = dps
    while top < MAX_DPS:
        top *= 2  # the last precision the loop below reaches
    while dps < MAX_DPS:
        high_dps = 2 * dps
        high = _values(a, b, sample, j, high_dps)
        if high is None:
            return None, None
        ha, hb = high
        remaining = [i for i in suspects if i in _suspects(ha, hb)]
        if not remaining:
            return True, None
        spanned: bool | None = None  # asked once per precision, where a difference is otherwise counted
        settled = True  # every difference left is stable and not a cancelled 0
        with mpmath.workdps(high_dps):
            for i in remaining:
                stable = _stable(la[i], lb[i], ha[i], hb[i])
                # An exact 0 can hide a value lost to cancellation, but only a value below the
                # rounding level of the cancelled terms (assumed at most 10**(dps/2) in size).
                noise = mpmath.mpf(10) ** (-(high_dps // 2))
                lost = (ha[i] == 0 and not a.exact_zero_ok[i] and abs(hb[i]) < noise) or (
                    hb[i] == 0 and not b.exact_zero_ok[i] and abs(ha[i]) < noise
                )
                settled = settled and stable and not lost
                if stable and not lost and spanned is None:
                    spanned = _spanned(a, b, sample, j, high_dps)
                if stable and not lost and spanned:
                    return False, Disagreement(j, i, ha[i], hb[i])
        if settled and spanned is False and _beyond_reach(a, b, sample, j, high_dps, top):
            return None, None
        suspects, la, lb, dps = remaining, ha, hb, high_dps
    return None, None


def _stable(la: Any, lb: Any, ha: Any, hb: Any) -> bool:
    """Is the difference of the sides the same, to six digits, at the lower precision (``la - lb``) and the higher
    (``ha - hb``)? Noise from cancellation shrinks as precision grows, a real difference does not: the test both
    :func:`confirm` and :func:`_sharpened_in_mpmath` put a difference to (call it under the higher precision)."""
    d_low, d_high = la - lb, ha - hb
    return bool(abs(d_low - d_high) <= mpmath.mpf("1e-6") * abs(d_high))


SPAN_GUARD = 10  # digits a precision must hold beyond the span of the magnitudes an evaluation goes through


def _spanned(a: NumericMember, b: NumericMember, sample: Sample, j: int, dps: int) -> bool:
    """Does ``dps`` digits span every magnitude the evaluation of both members at point ``j`` goes through
    (NumericMember.span_digits)? Short of that, a term can be lost to a larger one the same way at every
    precision tried, and the difference two precisions agree on is that loss, not the members' (lead60:
    fresh62's Newton step at wx ≈ −6086, where 10^2643-sized terms cancel)."""
    return max(a.span_digits(sample, j, dps), b.span_digits(sample, j, dps)) + SPAN_GUARD <= dps


def _beyond_reach(a: NumericMember, b: NumericMember, sample: Sample, j: int, dps: int, top: int) -> bool:
    """Is the span measured at ``dps`` digits out of reach of every precision up to ``top``, even if part of it is
    this precision's rounding? (prec72, for :func:`confirm`.) A span can shrink at a higher precision only where its
    smallest magnitude was a node's cancellation garbage that becomes an exact 0 there; that garbage is no smaller
    than ``10**-dps`` of the node's operands, which are nodes too, so the span loses at most about ``dps`` digits
    that way. A span that, with SPAN_GUARD, exceeds ``top`` by more than ``dps`` is not met at any precision the
    doublings reach, and no difference can be counted there."""
    span = max(a.span_digits(sample, j, dps), b.span_digits(sample, j, dps))
    return span + SPAN_GUARD > top + dps


def _suspects(va: Sequence[object], vb: Sequence[object]) -> list[int]:
    """Entries that differ by more than SPOT_TOL relative to *that entry* (never to the largest one)."""
    out = []
    for i, (u, v) in enumerate(zip(va, vb, strict=True)):
        scale = max(abs(u), abs(v))
        if abs(u - v) > SPOT_TOL * scale:
            out.append(i)
    return out


def _values(a: NumericMember, b: NumericMember, sample: Sample, j: int, dps: int) -> tuple[list, list] | None:
    try:
        va, vb = a.precise(sample, j, dps), b.precise(sample, j, dps)
    except (ZeroDivisionError, ValueError, OverflowError, TypeError):
        return None  # undefined here (a pole, log(0), ...): not a valid point
    if not all(_finite(v) for v in (*va, *vb)):
        return None
    return va, vb


MAX_CONFIRM = 8  # disagreements (ranked, clearest first) confirmed in mpmath before giving up on them
MAX_FALLBACK = 64  # points ball arithmetic cannot decide (a side not real, ...) decided in mpmath instead


def relative_gaps(fa: np.ndarray, fb: np.ndarray) -> np.ndarray:
    """Per point, the largest relative difference of an entry of two members' float64 values (entries × points),
    NaN where an entry is not finite: how points are ranked (:func:`compare`, verifier.shrink). Entry by entry, but
    for *ranking* only: an entry 1e12 times smaller than the largest is usually float64 cancellation noise. The
    judge compares every entry on its own."""
    with np.errstate(all="ignore"):
        gap = np.abs(fa - fb)
        size = np.maximum(np.abs(fa), np.abs(fb))
        floor = 1e-12 * np.max(size, axis=0, initial=0.0)
        rel = np.where(gap == 0, 0.0, gap / np.maximum(size, floor))
        return np.max(rel, axis=0, initial=0.0)


def compare(
    a: NumericMember, b: NumericMember, fa: np.ndarray, fb: np.ndarray, sample: Sample, real_only: bool = False
) -> Comparison:
    """Compare two members at every sample point; see the module docstring for the rules.

    Ball arithmetic judges the points float64 suspects first, clearest first, so that most
    failing steps end after a few evaluations; then every other point. The counterexample is
    a confirmed one that differs clearly, the plainest such point first (:func:`_plain_first`).
    ``real_only``: a point where a side is not real is no counterexample (:func:`off_real`), only counted.
    """
    n = sample.n
    rel64 = relative_gaps(fa, fb)
    suspect = rel64 > max(a.rtol, b.rtol)
    first = np.flatnonzero(suspect)
    first = first[np.argsort(-rel64[first], kind="stable")]
    status = np.full(n, balls.NONFINITE)
    checked = 0
    for batch in (first, np.flatnonzero(~suspect)):
        if not batch.size:
            continue
        verdicts = _judge_all(a, b, sample, batch)
        status[batch] = verdicts.status
        diff, tried = _clearest(a, b, sample, batch, verdicts)
        checked += tried
        if diff is not None:
            return Comparison(int((status == balls.AGREE).sum()), checked, diff, 0)
    valid = int((status == balls.AGREE).sum())
    # Points the judge cannot decide (a side is not real, a function arb lacks): mpmath.
    fallback = np.flatnonzero(status == balls.NONFINITE)
    fallback = fallback[np.argsort(-np.nan_to_num(rel64[fallback], nan=-1.0), kind="stable")]
    fallback = fallback[:MAX_FALLBACK]
    outside = 0  # points where a side is not real (no counterexample there), and the first of them
    first_off: Disagreement | None = None
    complex_valid = 0  # valid points where a side is provably not real
    confirmed: list[int] = []  # valid points mpmath decided
    spared_at, real_at = _complex_agreement(a, b, sample, fallback)
    for j, spared, real in zip(fallback, spared_at, real_at, strict=True):
        checked += 1
        if spared:  # both sides provably agree in complex balls: mpmath would only say so again
            valid += 1
            complex_valid += not real
            continue
        same, diff = confirm(a, b, sample, int(j))
        if same is False and diff is not None and real_only and off_real(diff):
            outside, first_off = outside + 1, first_off or diff  # FAILED only where both sides are real and differ
            continue
        if same is False and diff is not None:
            return Comparison(valid, checked, diff, 0)
        if same:
            valid += 1
            confirmed.append(int(j))
    # mpmath's points are told apart only where no other valid point is real (each costs an evaluation), and
    # only until one of them is real: what matters is whether any valid point is
    if confirmed and valid - complex_valid == len(confirmed) and all(_not_real_at(a, b, sample, j) for j in confirmed):
        complex_valid = valid
    noise = int(np.count_nonzero(status[suspect] == balls.AGREE))
    return Comparison(min(valid, n), checked, None, noise, outside, first_off, complex_valid)


SHARP_POINTS = 4  # points of an unproved step judged again at the top precision (redcat61)
SHARP_DPS = 320  # digits of the sides shown for such a point (1024 bits hold about 308)


def sharpened(a: NumericMember, b: NumericMember, sample: Sample, cmp: Comparison) -> Comparison:
    """``cmp`` with a counterexample where the sides differ below what 128-bit balls resolve.

    At ``PRECISIONS[0]`` bits two balls that overlap, each accurate to ``REL_BITS + 3`` bits, count as agreeing:
    sides that differ by less than about 2**-128 of their size everywhere (``e^x = e^x + e^{x - 200}``, a term
    e**-200 times the rest dropped) agree at every point. Only a step no symbolic argument proved is at stake
    (it would be PASSED on the numbers alone), so the engine asks for this then: the first ``SHARP_POINTS``
    points are judged again at the top precision, where a difference ball that excludes 0 is a proof (for a
    derivative member, confirmed in mpmath as well, as in :func:`compare`). Otherwise ``cmp`` is returned as it
    is: a point undecided or not real there decides nothing."""
    if cmp.counterexample is not None or not cmp.valid:
        return cmp
    cols = np.arange(min(SHARP_POINTS, sample.n))
    va = a.ball_values(sample, cols, balls.PRECISIONS[-1])
    vb = b.ball_values(sample, cols, balls.PRECISIONS[-1])
    if va is None or vb is None:
        return _sharpened_in_mpmath(a, b, sample, cols, cmp)
    with balls.precision(balls.PRECISIONS[-1]):
        st, rl = _JUDGE(va, vb, True)
    st = np.asarray(st, dtype=int).reshape(va.shape)
    rl = np.where(st == balls.DIFFER, np.asarray(rl, dtype=float).reshape(va.shape), -1.0)
    status = np.where((st == balls.DIFFER).any(axis=0), balls.DIFFER, balls.AGREE)
    values = {int(k): (va[:, k], vb[:, k]) for k in np.flatnonzero(status == balls.DIFFER)}
    diff, tried = _clearest(a, b, sample, cols, _Verdicts(status, rl.max(axis=0), rl.argmax(axis=0), values))
    if diff is None:
        return cmp
    # a ball's proof (cols is 0, 1, …: a point's index is its column): both sides to all their digits, or the
    # difference shown is rounded away to 0
    if diff.point_index in values:
        va_j, vb_j = values[diff.point_index]
        with mpmath.workdps(SHARP_DPS):
            mid = [mpmath.mpf(v[diff.entry].mid().str(SHARP_DPS, radius=False)) for v in (va_j, vb_j)]
        diff = Disagreement(diff.point_index, diff.entry, mid[0], mid[1])
    return replace(cmp, counterexample=diff, checked_high=cmp.checked_high + tried)


SHARP_MP_DPS = (150, 300)  # digits an unproved step with no balls is judged again at (redcat62)


def _sharpened_in_mpmath(
    a: NumericMember, b: NumericMember, sample: Sample, cols: np.ndarray, cmp: Comparison
) -> Comparison:
    """:func:`sharpened` for members ball arithmetic cannot evaluate (zeta, besselj, LambertW: mpmath only).

    The mpmath judge counts a relative difference below ``SPOT_TOL`` (1e-25) as agreement, so a planted 1e-30 beside
    such a function was PASSED (redcat62). At the first points the sides are evaluated at 150 and 300 digits; a
    difference counts, as in :func:`confirm`, only when it is real at both (no imaginary part), above the lower
    precision's rounding level (half its digits) relative to the sides, the same at both to six digits, not a side
    cancelled to an exact 0, and reached at a precision that spans the evaluation's magnitudes."""
    low_dps, high_dps = SHARP_MP_DPS
    for j in (int(c) for c in cols):
        low = _values(a, b, sample, j, low_dps + sample.extra_digits(j))
        high = _values(a, b, sample, j, high_dps + sample.extra_digits(j))
        if low is None or high is None:
            continue
        with mpmath.workdps(high_dps):
            noise = mpmath.mpf(10) ** (-(low_dps // 2))
            for i, (la, lb, ha, hb) in enumerate(zip(*low, *high, strict=True)):
                if any(isinstance(v, mpmath.mpc) for v in (la, lb, ha, hb)):
                    continue
                if not _stable(la, lb, ha, hb) or abs(ha - hb) <= noise * max(abs(ha), abs(hb)):
                    continue
                if (ha == 0 and not a.exact_zero_ok[i]) or (hb == 0 and not b.exact_zero_ok[i]):
                    continue
                if _spanned(a, b, sample, j, high_dps):
                    return replace(cmp, counterexample=Disagreement(j, i, ha, hb), checked_high=cmp.checked_high + 1)
    return cmp


def _not_real_at(a: NumericMember, b: NumericMember, sample: Sample, j: int) -> bool:
    """Is a side not real at point ``j`` (a value with an imaginary part, at LOW_DPS)?"""
    values = _values(a, b, sample, j, LOW_DPS + sample.extra_digits(j))
    return values is not None and any(isinstance(v, mpmath.mpc) and v.imag != 0 for side in values for v in side)


def off_real(d: Disagreement) -> bool:
    """Is a side not real at the disagreement ``d`` (a value with an imaginary part)?"""
    return any(isinstance(v, mpmath.mpc) and v.imag != 0 for v in (d.lhs, d.rhs))


def _complex_agreement(
    a: NumericMember, b: NumericMember, sample: Sample, cols: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per point of ``cols``: True where complex balls prove agreement (:mod:`verifier.complexballs`), and
    True where no side is provably not real (every imaginary part's ball holds 0)."""
    if not cols.size:
        return np.zeros(0, dtype=bool), np.ones(0, dtype=bool)
    va, vb = a.complex_ball_values(sample, cols), b.complex_ball_values(sample, cols)
    if va is None or vb is None:
        return np.zeros(len(cols), dtype=bool), np.ones(len(cols), dtype=bool)
    return complexballs.agreeing(va, vb), complexballs.maybe_real(va) & complexballs.maybe_real(vb)


def _clearest(
    a: NumericMember, b: NumericMember, sample: Sample, cols: np.ndarray, verdicts: _Verdicts
) -> tuple[Disagreement | None, int]:
    """A proven (or, for complex-step derivatives, mpmath-confirmed) disagreement: the plainest of those
    that differ clearly (:func:`_plain_first`), else the one of largest relative size."""
    differ = np.flatnonzero(verdicts.status == balls.DIFFER)
    if not differ.size:
        return None, 0
    by_size = differ[np.argsort(-verdicts.rel[differ], kind="stable")]
    plain = _plain_first(sample, cols, by_size, verdicts.rel)
    if not (a.is_derivative or b.is_derivative):  # a ball that excludes 0 is a proof
        jj = int(plain[0])
        i = int(verdicts.entry[jj])
        va, vb = verdicts.values[jj]
        return Disagreement(int(cols[jj]), i, balls.to_mpmath(va[i]), balls.to_mpmath(vb[i])), 0
    # complex-step derivatives: confirmed in mpmath as well; the clearest ones are tried too, so a step
    # fails whenever one of them is confirmed, whichever point is shown
    tried = 0
    for jj in dict.fromkeys([*plain[:MAX_CONFIRM].tolist(), *by_size[:MAX_CONFIRM].tolist()]):
        tried += 1
        same, diff = confirm(a, b, sample, int(cols[jj]))
        if same is False and diff is not None:
            return diff, tried
    return None, tried


CLEAR = 0.5  # sides that differ by half the larger one: plain to see; such points are shown plainest first


def _plain_first(sample: Sample, cols: np.ndarray, ranked: np.ndarray, rel: np.ndarray) -> np.ndarray:
    """The differing points ``ranked`` (clearest first), with those that differ clearly put first by the
    size of their largest coordinate: the counterexample a reader can check by hand (z = 0.73, not
    z = 518.8 where one side is 1e-226). Which of them is shown decides nothing: each is a proof, or is
    confirmed in mpmath like any other; the points that differ less clearly keep their order after them."""
    clear = ranked[rel[ranked] >= CLEAR]
    if clear.size < 2:
        return ranked
    with np.errstate(all="ignore"):
        size = np.max(np.abs(sample.values[:, cols[clear]]), axis=0, initial=0.0)
    magnitude = np.ceil(np.log10(np.maximum(size, 1.0)))  # 1 for |x| <= 10, 2 for <= 100, ...
    plain = clear[np.argsort(magnitude, kind="stable")]  # stable: clearest first within a magnitude
    return np.concatenate([plain, ranked[rel[ranked] < CLEAR]])


@dataclass(frozen=True)
class _Verdicts:
    status: np.ndarray  # per point: balls.AGREE / WIDE / NONFINITE / DIFFER (the worst entry)
    rel: np.ndarray  # per point: largest relative difference of a DIFFER entry
    entry: np.ndarray  # per point: that entry
    values: dict[int, tuple[np.ndarray, np.ndarray]]  # DIFFER points: (lhs, rhs) entry balls


def _judge_all(a: NumericMember, b: NumericMember, sample: Sample, cols: np.ndarray) -> _Verdicts:
    """Ball verdicts at the points ``cols``; undecided (WIDE) points are redone at higher precision."""
    c = len(cols)
    status = np.full(c, balls.NONFINITE)
    rel = np.zeros(c)
    entry = np.zeros(c, dtype=int)
    values: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    todo = np.arange(c)
    for level, prec in enumerate(balls.PRECISIONS):
        va, vb = a.ball_values(sample, cols[todo], prec), b.ball_values(sample, cols[todo], prec)
        if va is None or vb is None:  # a function arb does not know: every point goes to mpmath
            break
        with balls.precision(prec):
            st, rl = _JUDGE(va, vb, level == len(balls.PRECISIONS) - 1)
        st = np.asarray(st, dtype=int).reshape(va.shape)
        rl = np.where(st == balls.DIFFER, np.asarray(rl, dtype=float).reshape(va.shape), -1.0)
        status[todo] = st.max(axis=0)
        rel[todo] = rl.max(axis=0)
        entry[todo] = rl.argmax(axis=0)
        for k in np.flatnonzero(status[todo] == balls.DIFFER):
            values[int(todo[k])] = (va[:, k], vb[:, k])
        todo = todo[status[todo] == balls.WIDE]
        if not todo.size:
            break
    return _Verdicts(status, rel, entry, values)


_JUDGE = np.frompyfunc(balls.judge, 3, 2)
