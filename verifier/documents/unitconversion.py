r"""A conversion between units of information, computed: ``0.5 \text{ nats} \approx 0.72 \text{ bits}``.

:mod:`verifier.documents.unitsteps` keeps a link whose sides are in different units unchecked (SKIPPED): a unit
is read as a label of its number, and compared as numbers ``0.511 \text{ nats} = 0.737 \text{ bits}`` would be
a false FAILED. But the units of information are exact multiples of one another — a bit is ln 2 nats, a
hartley ln 10, a byte 8 bits — so such a link says something that can be checked: ``0.5 \text{ nats} =
0.9 \text{ bits}`` (0.72) was SKIPPED, never FAILED (review35a left it). This module owns that computation.

Each side's unit is the one it writes (:func:`verifier.latex.units.units_in`: one family a side), or, on a
side that writes none while the other does, the one its logarithms give: ``\ln`` nats, ``\log_2`` bits,
``\log_{10}`` hartleys (a plain ``\log`` gives none, nor a side that writes the logarithm of a base,
``\frac{0.693}{\ln 2}``: a conversion factor). Then, for two formulas of numbers alone:

* units of one family: the link is compared as numbers, as always (``-\ln 0.6 = 0.511 \text{ nats}`` in a
  chain that goes on to bits: its unit is said by the ``\ln``, so it is checked, not SKIPPED);
* units of two families, both written: the left side's value is converted into the right side's unit. It is
  green where a side written as a decimal number is the other's value, converted, rounded or truncated to its
  digits (PROVED where the two are exactly equal: ``1 \text{ byte} = 8 \text{ bits}``), and FAILED where no
  value the left side's digits stand for converts to one the right side's digits stand for (an integer is
  exact; a decimal stands for the values it rounds, or, with two significant digits or more, truncates);
  otherwise SKIPPED;
* a unit given by a logarithm only, in another family than the other side's: what the notes mean is less
  sure (``-\ln 0.3 = 1.74 \text{ bits}`` is false as numbers and right as a conversion; ``-\log_2 0.3 = 1.74
  \text{ nats}`` the other way round): a link whose two readings disagree is SKIPPED with both, one both
  readings refute keeps its FAILED.

The byte's decimal and binary multiples are units of the same kind (kB = 1000 bytes, KiB = 1024 bytes, MB,
MiB, GB, GiB): ``1 \text{ KiB} = 1000 \text{ bytes}`` is FAILED, ``2 \text{ MiB} = 2048 \text{ KiB}`` PROVED.
Other units (currencies: no rate is exact) and sides with names are left to unitsteps' guard.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import sympy as sp

from verifier.documents.precision import LONE_NUMBER, agrees, written_decimals
from verifier.documents.worked import formula_value
from verifier.latex.units import units_in, without_units
from verifier.results import Counterexample, StepResult, Verdict

__all__ = ["converted"]

#: each unit of information in nats
_SIZE = {"nat": sp.Integer(1), "bit": sp.log(2), "hartley": sp.log(10), "byte": 8 * sp.log(2),
         # a kilobyte is 1000 bytes, a kibibyte 1024 (IEC): 1 KiB = 1000 bytes is FAILED, not a label's SKIPPED
         "kB": 8 * 10**3 * sp.log(2), "MB": 8 * 10**6 * sp.log(2), "GB": 8 * 10**9 * sp.log(2),
         "KiB": 8 * 2**10 * sp.log(2), "MiB": 8 * 2**20 * sp.log(2), "GiB": 8 * 2**30 * sp.log(2)}
_PLURAL = {"nat": "nats", "bit": "bits", "hartley": "hartleys", "byte": "bytes", "kB": "kB", "MB": "MB", "GB": "GB",
           "KiB": "KiB", "MiB": "MiB", "GiB": "GiB"}
_LOG = re.compile(r"\\(ln|log)(?![A-Za-z])(?:\s*_\s*(\{[^{}]*\}|[0-9a-z]))?")
_BASES = {"e": "nat", "2": "bit", "10": "hartley"}
# a logarithm of a base itself (\ln 2, \log_2(e), \log 10): a conversion factor, not an amount of information
_FACTOR = re.compile(
    r"\\(?:ln|log)(?![A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|[0-9a-z]))?\s*(?:\\left)?[({]?\s*(?:2|10|e)(?![\d.])"
)


def _log_unit(latex: str) -> str | None:
    """The unit of information the logarithms of ``latex`` give (all of one base; a plain ``\\log`` none)."""
    if _FACTOR.search(latex):
        return None  # \frac{0.693}{\ln 2}: the side converts, it is in no one unit its logarithms give
    found = set()
    for m in _LOG.finditer(latex):
        if m.group(1) == "ln":
            found.add("nat")
            continue
        base = (m.group(2) or "").strip("{} ")
        if base not in _BASES:
            return None
        found.add(_BASES[base])
    return found.pop() if len(found) == 1 else None


def _lone_decimals(latex: str) -> int | None:
    """The decimals of ``latex`` when it is one number alone (its unit aside); 0 for an integer; else None."""
    text = without_units(latex).replace("{", "").replace("}", "").strip().rstrip(".,;").strip()
    if re.fullmatch(r"\d+", text):
        return 0
    if not LONE_NUMBER.fullmatch(text):
        return None
    decimals = written_decimals(text)
    return decimals[0] if len(decimals) == 1 else 0 if "." not in text else None


def _span(value: float, decimals: int) -> tuple[float, float]:
    """The values a number written to ``decimals`` places stands for: the point itself for an integer; the
    values it rounds, and those it truncates where it has two significant digits (precision.agrees)."""
    if decimals == 0:
        return value, value
    unit = 10.0**-decimals
    lo, hi = value - unit / 2, value + unit / 2
    if agrees(value + unit * 0.999, value, decimals):  # truncation is a reading of this number
        hi = value + unit
    return lo, hi


def converted(result: StepResult, left: str, right: str) -> StepResult | None:
    """``result`` of the link from ``left`` to ``right`` read with the units of information its sides are in
    (module docstring); None where this reading does not apply (unitsteps' guard decides)."""
    written = (units_in(left), units_in(right))
    if not (written[0] or written[1]) or any(len(w) > 1 for w in written):
        return None
    units = [next(iter(w)) if w else _log_unit(t) for w, t in zip(written, (left, right), strict=True)]
    if any(u not in _SIZE for u in units):
        return None
    values = [formula_value(without_units(t)) for t in (left, right)]
    if any(v is None for v in values):
        return None
    lv, rv = values[0], values[1]
    assert lv is not None and rv is not None
    if units[0] == units[1]:
        return result  # one family: the numbers compare as written
    factor = float(_SIZE[units[0]] / _SIZE[units[1]])
    conv = lv * factor
    said = f"{left} is {conv:.6g} {_PLURAL[units[1]]}"
    dl, dr = _lone_decimals(left), _lone_decimals(right)
    exact = abs(conv - rv) <= 1e-12 * max(1.0, abs(rv))
    agree = exact or (dr is not None and dr > 0 and agrees(conv, rv, dr)) or (
        dl is not None and dl > 0 and agrees(rv / factor, lv, dl))
    if min(lv, rv) < 0 or not (math.isfinite(lv) and math.isfinite(rv)):
        return None
    lo_l, hi_l = _span(lv, dl) if dl is not None else (lv, lv)
    lo_r, hi_r = _span(rv, dr) if dr is not None else (rv, rv)
    apart = max(lo_l * factor, lo_r) > min(hi_l * factor, hi_r) * (1 + 1e-12) + 1e-15
    if not (written[0] and written[1]):  # a unit read off a logarithm: the notes may mean the numbers
        literal = result.verdict in (Verdict.PROVED, Verdict.PASSED)
        if literal != agree or (not agree and not apart):
            return result.skipped(f"read as a conversion ({said}) the link {'holds' if agree else 'does not'}, "
                                  f"read as numbers it {'holds' if literal else 'does not'}")
        return result
    if agree:
        return replace(result, verdict=Verdict.PROVED if exact and dl == 0 and dr == 0
                       else Verdict.PASSED, counterexample=None,
                       message=f"a conversion of units: {said}")  # fmt: skip
    if apart:
        shown = Counterexample(point=(), lhs=f"{conv:.6g}", rhs=f"{rv:.6g}", difference=f"{conv - rv:.6g}")
        return replace(result, verdict=Verdict.FAILED, counterexample=shown, message=(
            f"a conversion of units: {said}, not {right} (1 {units[0]} = "
            f"{float(_SIZE[units[0]] / _SIZE['nat']):.6g} nats, 1 {units[1]} = {float(_SIZE[units[1]]):.6g} nats)"))
    return result.skipped(f"a conversion of units: {said}, within the rounding of the digits written")
