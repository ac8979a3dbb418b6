"""The plainest counterexample: a failing point moved to plain values where the two sides still differ.

The numeric stage finds a failure at a random sample point (``x = 0.3008367283121747``,
a matrix of seventeen-digit entries). Hypothesis shows a failing example *shrunk*: the simplest input
that still fails, so a reader can check it by hand. This module owns that for a refuted step: each
coordinate in turn is tried at plainer values (0, ±1, ±2, ±½, ±3, ±10, then the sampled value to one or
two significant digits), keeping the first that the step still fails at. What is shown must be as sure
as what was found, and about the same claim:

* a tried value lies strictly inside the variable's stated domain and off its excluded points; the
  coordinates of a vector whose entries are tied (a probability or one-hot vector, a stochastic
  matrix) and integers stay as sampled;
* the sides must differ at the value and just beside it on both sides (float64): a difference that
  exists only on a breakpoint (``relu'(0)``: no derivative there) or a pole is never shown;
* neither side may jump at the value: a side that changes about as much just beside it as a hundred times
  farther out (``d|x|/dx = 2`` evaluates 0 at x = 0, where |x| has no derivative; ``sign(x)``, ``floor(x)``
  on their steps; a central difference blurs a jump over its step, but not over a hundred) is not shown
  there, as no value of the claim (redshrink54);
* the difference must stay at least as clear as at the sampled point (or plain to see);
* the shrunk point is judged again as the sampled one was (:func:`verifier.agreement.compare`: balls,
  then mpmath at two precisions), with a side not real at it exactly where it was not real before;
  anything else keeps the sampled point.

It never changes a verdict: it runs only once a step is refuted, and only chooses which confirmed point is
shown. Its work is bounded (:data:`BUDGET` CPU seconds; past it, the point reached so far or the sampled
one), so a step with many coordinates stays cheap.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np
import sympy as sp

from verifier.budget import BudgetExceeded, soft_limit
from verifier.domains import Positive, Real

if TYPE_CHECKING:
    from verifier.agreement import Disagreement
    from verifier.catalog import Variable
    from verifier.sampling import Sample

__all__ = ["BUDGET", "search"]

#: CPU seconds a refuted step may spend looking for a plainer point
BUDGET = 0.5
_STAGE = "plainest counterexample"
#: the plain values tried for a coordinate, plainest first
_PLAIN = (0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 10.0, -10.0)
_CLEAR = 0.5  # a relative difference plain to see (agreement.CLEAR)
_AS_CLEAR = 0.999  # "as clear as at the sampled point", short of float64's rounding of the same ratio
_BESIDE = 1e-5  # the relative distance of the two points beside a tried value
_FAR = 100.0  # the points farther out, in _BESIDE's: a side that jumps changes about as much beside as there
_JUMP = 0.5  # a side whose change beside is this share of its change at _FAR or more jumps at the value
_NOISE = 1e-9  # a change below this share of a side's size is rounding, not a jump
_MAX_COORDINATES = 40  # coordinates tried at most (the rest stay as sampled)


def _digits(v: float) -> int:
    """Significant digits of ``v`` as printed shortest (1 for 0.3, 2 for -47, 16 for a sampled float)."""
    if v == 0 or not math.isfinite(v):
        return 0
    mantissa = repr(abs(v)).split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(mantissa))


def _plainness(v: float) -> tuple[int, int]:
    """Order of plainness: the listed plain values first, in their order, then by significant digits."""
    if v in _PLAIN:
        return (0, _PLAIN.index(v))
    return (1, _digits(v))


def _inside(v: float, domain: object) -> bool:
    if isinstance(domain, Real):
        return domain.lo < v < domain.hi and all(v != e for e in domain.exclude)
    if isinstance(domain, Positive):  # strictly inside, as a Real's interval (``positive(lo=2)``: never 2 itself)
        return domain.lo < v < domain.hi
    return False


def _candidates(x: float, domain: object) -> list[float]:
    """Values plainer than ``x`` inside ``domain``, plainest first."""
    if not isinstance(domain, (Real, Positive)):
        return []
    rounded = [float(f"{x:.{d}g}") for d in (1, 2)] if math.isfinite(x) else []
    out: list[float] = []
    for v in (*_PLAIN, *rounded):
        if v not in out and v != x and _inside(v, domain) and _plainness(v) < _plainness(x):
            out.append(v)
    return out


def _movable(variables: Sequence[Variable], symbols: Sequence[sp.Symbol], derived: Sequence[int]) -> Iterator[
        tuple[int, object]]:  # fmt: skip
    """(row, domain) of each coordinate that may move: a scalar or an entry of a block whose entries are free."""
    row = {s: i for i, s in enumerate(symbols)}
    tied = set(derived)
    for v in variables:
        if v.constraint or not isinstance(v.domain, (Real, Positive)):
            continue
        for s in v.symbols:
            if s in row and row[s] not in tied:
                yield row[s], v.domain


def _jumps(f: np.ndarray) -> np.ndarray:
    """Per tried value (five columns of ``f`` each: the value, beside it at -h and +h, farther out at -100h and
    +100h), whether an entry jumps there: changes about as much beside it as farther out, by more than rounding. A
    smooth side changes a hundredth as much beside as farther out, a root (``sqrt``) a tenth; a step as much."""
    at, beside, far = f[:, 0::5], (f[:, 1::5], f[:, 2::5]), (f[:, 3::5], f[:, 4::5])
    with np.errstate(all="ignore"):
        size = np.maximum.reduce([np.abs(at), *map(np.abs, beside)])
        out = np.zeros(at.shape, dtype=bool)
        for close, wide in zip(beside, far, strict=True):
            narrow, broad = np.abs(close - at), np.abs(wide - at)
            out |= ~(narrow <= np.maximum(_JUMP * broad, _NOISE * size))  # NaN counts as a jump
    return np.any(out, axis=0)


def search(
    members: tuple[object, object],
    variables: Sequence[Variable],
    symbols: Sequence[sp.Symbol],
    point: Sequence[float],
    real_only: bool = False,
    confirmed: float | None = None,
) -> tuple[dict[sp.Symbol, float], Disagreement] | None:
    """The plainest point found from ``point`` (the values of ``symbols``, a point where ``members`` differ) at
    which they still differ, confirmed as the sampled one was, with that disagreement; None where no coordinate
    moves, or the moved point is not confirmed (the module docstring's rules). ``confirmed``: the relative
    difference of the sides confirmed at ``point`` (high precision), which a plainer point must match; float64's
    gap there is used only where it is not given (it can be lost: erf's derivative is 0 in float64 at x = 20,
    a gap of 100 % no plain point reaches, lead61)."""
    from verifier.agreement import compare, relative_gaps
    from verifier.numeric import NumericMember
    from verifier.sampling import Sample

    symbols = tuple(symbols)
    index = {s: i for i, s in enumerate(symbols)}
    derived = []
    for v in variables:  # a coordinate that is 1 minus others (a probability vector), as sampling.draw ties it
        for target, expr in v.constraint:
            if target not in index or any(s not in index for s in expr.free_symbols):
                return None
            sources = tuple(index[s] for s in v.symbols if s != target and s in expr.free_symbols)
            derived.append((index[target], sources))
    movable = list(_movable(variables, symbols, [t for t, _ in derived]))[:_MAX_COORDINATES]
    if not movable:
        return None
    x = np.array(point, dtype=float)

    def at(columns: list[np.ndarray]) -> Sample:
        return Sample(symbols, np.array(columns, dtype=float).T.copy(), tuple(derived))

    try:
        with soft_limit(BUDGET, _STAGE):
            a, b = (NumericMember(m, symbols) for m in members)
            start = at([x])
            rel0 = float(relative_gaps(a.floats(start), b.floats(start))[0]) if confirmed is None else confirmed
            if not math.isfinite(rel0):
                return None
            need = max(min(_CLEAR, rel0 * _AS_CLEAR) if rel0 > 0 else _CLEAR, 100 * max(a.rtol, b.rtol))
            moved = False
            for row, domain in movable:
                values = _candidates(float(x[row]), domain)
                if not values:
                    continue
                columns = []
                for v in values:
                    h = _BESIDE * max(1.0, abs(v))
                    for w in (v, v - h, v + h, v - _FAR * h, v + _FAR * h):
                        col = x.copy()
                        col[row] = w
                        columns.append(col)
                trial = at(columns)
                fa, fb = a.floats(trial), b.floats(trial)
                rel = np.array([relative_gaps(fa[:, k::5], fb[:, k::5]) for k in range(3)])  # at v, v - h, v + h
                with np.errstate(invalid="ignore"):
                    ok = np.all(rel >= need, axis=0) & ~_jumps(fa) & ~_jumps(fb)
                first = next((k for k in range(len(values)) if ok[k]), None)
                if first is not None:
                    x[row] = values[first]
                    moved = True
            if not moved:
                return None
            shown = at([x])
            found = compare(a, b, a.floats(shown), b.floats(shown), shown, real_only=real_only).counterexample
    except BudgetExceeded as exc:
        if exc.stage != _STAGE:
            raise
        return None
    if found is None:
        return None
    return dict(zip(symbols, shown.point(0), strict=True)), found
