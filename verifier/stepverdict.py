"""What a checked step's numbers and proof make of it: its verdict and message (:func:`step_verdict`), and the
counterexample it shows (:func:`counterexample_at`; the plainest point where it fails, :func:`plainest`).

The engine (verifier.engine) builds and compares the members; this module owns how the result is said: PROVED or
PASSED with the evidence, FAILED with a point confirmed at high precision (shown to the digits where the sides
part), SKIPPED or ERROR where the points cannot carry a verdict (too few finite values, sides real nowhere).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import mpmath
import sympy as sp

from verifier.cancelledroots import unreal_inside
from verifier.catalog import Claim, D, Variable, shape_of
from verifier.checksettings import DEFAULT_POINTS, Settings, min_valid_points
from verifier.results import Counterexample, StepResult, Verdict

if TYPE_CHECKING:
    from verifier.numeric import Comparison, Disagreement, Sample


#: the words of the ERROR for too few finite sample points, which documents' readings look for to take it back
TOO_FEW_POINTS = "sample points had finite values on both sides"


#: how a step whose sides agree only where a side is not real begins its reason (sound39; documents.doubts)
COMPLEX_ONLY = "the sides agree only as complex numbers"


def step_verdict(
    index: int,
    texts: dict[str, str],
    sizes: tuple,
    proved: bool,
    proof_method: str,
    cmp: Comparison,
    claim: Claim,
    sample: Sample,
    key: str,
    settings: Settings,
    t0: float,
) -> StepResult:
    numeric_method = f"numeric: {cmp.valid} points"
    if cmp.counterexample is not None:
        numeric_method = "numeric: counterexample confirmed at high precision"
    if cmp.noise_points:
        numeric_method += f" ({cmp.noise_points} float64 disagreements were rounding noise at high precision)"
    method = "; ".join(m for m in (("symbolic: " + proof_method) if proof_method else "", numeric_method) if m)
    common = dict(index=index, sizes=sizes, method=method, points=cmp.valid, duration=time.perf_counter() - t0)
    if cmp.counterexample is not None:
        cx = _counterexample(cmp, claim, sample, key, settings, index)
        if proved and len(cx.not_real) == 2:  # proved, and refuted only off the reals (cancelledroots)
            return StepResult(verdict=Verdict.SKIPPED, message=(
                f"the symbolic stage ({proof_method}) found the sides equal, and they differ only where both are not "
                "real (a square root or logarithm of a negative number): the notes' quantities are real, and no "
                "point where both are real tells them apart, but the proof does not say where it holds"),
                **common, **texts)  # fmt: skip
        if proved:
            return StepResult(
                verdict=Verdict.ERROR,
                counterexample=cx,
                message=(
                    f"the symbolic stage ({proof_method}) found the sides equal, but a counterexample was "
                    "confirmed at high precision: the symbolic result cannot be trusted here"
                ),
                **common,
                **texts,
            )
        if cx.lhs == cx.rhs and _numbers_only(claim, index):  # 2e-18 apart: shown where they part (sound39)
            cx = _shown_apart(cx, claim.members[index - 1], claim.members[index])
        return StepResult(
            verdict=Verdict.FAILED, counterexample=cx, message=_not_real_message(cx.not_real), **common, **texts
        )
    need = min_valid_points(settings.points)
    if cmp.not_real_points and cmp.valid == cmp.not_real_points and not _writes_imaginary_unit(claim, index):
        # \sqrt{-1-x^2} on both sides (sound39); a step that writes the imaginary unit is a claim about complex numbers
        return StepResult(verdict=Verdict.SKIPPED, message=(
            f"{COMPLEX_ONLY}: at each of the {cmp.valid} points where they agree a side is "
            "not real (a logarithm or an even root of a negative number), and no sample point has both real; a "
            "claim about real values has nothing to stand on"), **common, **texts)  # fmt: skip
    if cmp.off_real is not None:  # differing only where a side is not real: compared where both are
        sides = " or ".join(_not_real_sides(cmp.off_real))
        where = (f"compared where both sides are real: at {cmp.off_real_points} sample point(s) the {sides} side "
                 "is not real (a logarithm or an even root of a negative number), and there the sides differ")
        if cmp.valid < need:
            return StepResult(verdict=Verdict.SKIPPED, message=(
                f"{where}; both sides are real and defined at only {cmp.valid} point(s) (at least {need} needed)"),
                **common, **texts)  # fmt: skip
        return StepResult(verdict=Verdict.PROVED if proved else Verdict.PASSED, message=where, **common, **texts)
    if cmp.valid < need and _numbers_only(claim, index):
        # numbers only (e^{e^{e^{10}}} = 1): no domain to narrow, no value to compare (redteam38)
        return StepResult(verdict=Verdict.SKIPPED, message=(
            "a side has no finite value, in floating point or at high precision (a number too large to evaluate, "
            "or a division by zero): nothing to compare"), **common, **texts)  # fmt: skip
    if cmp.valid < need:
        return StepResult(
            verdict=Verdict.ERROR,
            message=(
                f"only {cmp.valid} of {settings.points} {TOO_FEW_POINTS} "
                f"(at least {need} needed); narrow the declared domain"
            ),
            **common,
            **texts,
        )
    return StepResult(verdict=Verdict.PROVED if proved else Verdict.PASSED, **common, **texts)


def _shown_apart(cx: Counterexample, a: sp.Basic, b: sp.Basic) -> Counterexample:
    """``cx`` with two sides of numbers that print alike at 15 digits evaluated again at 50 and shown to the digits
    where they part (the sample's values carry a float's digits only: ``2.3842310290313718`` against the product
    2.384231029031371722…), or as it is where they cannot be evaluated so."""
    from verifier.numfmt import fmt, fmt_apart

    try:
        with mpmath.workdps(60):
            va, vb = (mpmath.mpf(sp.Float(sp.N(m, 50), 50)._mpf_) for m in (a, b))
    except (TypeError, ValueError, AttributeError, ArithmeticError):
        return cx
    if va == vb:
        return cx
    lhs, rhs = fmt_apart(va, vb)
    with mpmath.workdps(60):
        return replace(cx, lhs=lhs, rhs=rhs, difference=fmt(va - vb, 6))


def _writes_imaginary_unit(claim: Claim, index: int) -> bool:
    r"""Does a side of step ``index`` write the imaginary unit (``\mathrm{i}``, fresh51)? Then its sides are complex
    numbers by the notes' own choice, and agreeing as complex numbers is what the step claims."""
    return any(isinstance(m, sp.Basic) and not isinstance(m, D) and m.has(sp.I)
               for m in claim.members[index - 1 : index + 1])  # fmt: skip


def _numbers_only(claim: Claim, index: int) -> bool:
    """Are both sides of step ``index`` numbers, with no name to sample? (Not "the claim declares no variable":
    a chain the notes state on a region, ``For $z < 0$``, is sampled there with none declared; where SymPy finds
    the region empty its sides are ``nan``, which documents.definedconditions reports as too few points there.)"""
    a, b = claim.members[index - 1], claim.members[index]
    return all(isinstance(m, sp.Basic) and not isinstance(m, D) and m is not sp.nan and not m.free_symbols
               for m in (a, b))  # fmt: skip


def _not_real_sides(d: Disagreement) -> tuple[str, ...]:
    """The sides that are complex at the counterexample (a square root or log of a negative number):
    recorded on the :class:`Counterexample`, where documents.restrictions tells a failure outside the
    domain the notes' functions need from a wrong value."""
    return tuple(name for name, v in (("left", d.lhs), ("right", d.rhs)) if isinstance(v, mpmath.mpc) and v.imag != 0)


def _not_real_message(sides: tuple[str, ...]) -> str:
    """Say so when a side is complex at the counterexample (sqrt or log of a negative number): ``sides``."""
    if not sides:
        return ""
    which = "both sides are" if len(sides) == 2 else f"the {sides[0]} side is"
    return f"at this point {which} not real (a square root or logarithm of a negative number?)"


def _counterexample(cmp: Comparison, claim: Claim, sample: Sample, key: str, settings: Settings,
                    index: int = 0) -> Counterexample:
    assert cmp.counterexample is not None
    d = cmp.counterexample
    by_symbol = dict(zip(sample.symbols, sample.point(d.point_index), strict=True))
    sides = _unreal_at(claim, index, by_symbol, d)
    return counterexample_at(claim, by_symbol, d.lhs, d.rhs, d.entry, key, settings, sides)


def _unreal_at(claim: Claim, index: int, by_symbol: Mapping[sp.Symbol, float], d: Disagreement) -> tuple[str, ...]:
    """The sides not real at the disagreement ``d`` of step ``index``: a side real only because its roots of
    negative numbers cancel counts as not real (verifier.cancelledroots)."""
    sides = _not_real_sides(d)
    if len(sides) == 1 and index:
        other = "right" if sides == ("left",) else "left"
        if unreal_inside(claim.members[index - 1 if other == "left" else index], by_symbol):
            sides = ("left", "right")
    return sides


def plainest(claim: Claim, step: StepResult) -> StepResult:
    """``step`` (of ``claim``) showing the plainest point where it fails instead of the sampled one (verifier.shrink:
    each coordinate moved to plain values while the sides still differ, confirmed again at high precision). The
    verdict, the message and the command that reproduces the run are unchanged; a step that holds, has no
    counterexample, or whose counterexample no longer fits ``claim`` comes back as it is. Called only for steps
    that are reported (a document's re-checks under other readings are never shown, and never pay for it)."""
    from verifier.oddroots import reads_odd_root
    from verifier.shrink import search

    cx = step.counterexample
    if step.verdict.ok or cx is None or not cx.coordinates or not 1 <= step.index < len(claim.members):
        return step
    symbols = [s for v in claim.variables for s in v.symbols]
    if [str(s) for s in symbols] != [name for name, _ in cx.coordinates]:
        return step  # the point is not this claim's
    a, b = claim.members[step.index - 1], claim.members[step.index]
    found = search((a, b), claim.variables, symbols, [v for _, v in cx.coordinates],
                   reads_odd_root(a) or reads_odd_root(b), _confirmed_gap(cx))  # fmt: skip
    if found is None:
        return step
    point, d = found
    sides = _unreal_at(claim, step.index, point, d)
    if sides != cx.not_real:  # shown where the sides are real exactly as they were where it was found
        return step
    shown = counterexample_at(claim, point, d.lhs, d.rhs, d.entry, "", Settings(), sides)
    return replace(step, counterexample=replace(shown, reproduce=cx.reproduce))


def _confirmed_gap(cx: Counterexample) -> float | None:
    """The relative difference of the sides a counterexample shows (confirmed at high precision); None where
    a side is not a real number as written (a complex value: the shrinker measures the gap itself)."""
    try:
        lhs, rhs, difference = float(cx.lhs), float(cx.rhs), abs(float(cx.difference))
    except ValueError:
        return None
    scale = max(abs(lhs), abs(rhs))
    if not (math.isfinite(scale) and math.isfinite(difference) and scale > 0 and difference > 0):
        return None
    return difference / scale


def counterexample_at(
    claim: Claim, by_symbol: Mapping[sp.Symbol, float], lhs: Any, rhs: Any, entry: int, key: str, settings: Settings,
    not_real: tuple[str, ...] = (),
) -> Counterexample:
    """The counterexample shown for a point where the sides differ: the point, each side, their difference, the
    entry of a matrix member (``entry``: its flat index) and the command that reproduces it (a sampled point,
    :func:`_counterexample`, or a breakpoint, :func:`verifier.engine._at_kinks`)."""
    from verifier.numeric import fmt

    shape = next((s for s in (shape_of(m) for m in claim.members) if s), ())
    cols = (shape[1] if len(shape) == 2 else 1) if shape else 1
    return Counterexample(
        point=tuple(point_text(claim.variables, dict(by_symbol))),
        lhs=fmt(lhs),
        rhs=fmt(rhs),
        difference=fmt(lhs - rhs, 6),
        entry=f"[{entry // cols + 1}, {entry % cols + 1}]" if shape else "",
        coordinates=tuple((str(s), float(v)) for s, v in by_symbol.items()),
        not_real=not_real,
        reproduce=f"verify {key.split('|', 1)[0]} --seed {settings.seed}"
        + (f" --points {settings.points}" if settings.points != DEFAULT_POINTS else ""),
    )


def point_text(variables: Sequence[Variable], values: dict[sp.Symbol, float]) -> list[tuple[str, str]]:
    from verifier.numeric import fmt_float

    out = []
    for v in variables:
        if v.shape is None:
            out.append((v.name, fmt_float(values[v.symbols[0]])))
            continue
        rows, cols = v.shape
        grid = [[values[sp.sympify(v.value[i, j])] for j in range(cols)] for i in range(rows)]
        if rows == 1 or cols == 1:
            flat = [x for row in grid for x in row]
            out.append((v.name, "[" + ", ".join(fmt_float(x) for x in flat) + "]" + ("ᵀ" if cols == 1 else "")))
        else:
            out.append((v.name, "[" + "; ".join(", ".join(fmt_float(x) for x in row) for row in grid) + "]"))
    return out
