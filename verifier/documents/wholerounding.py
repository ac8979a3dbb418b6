r"""A whole number after ``\approx`` beside a worked value: a rounding to its place — the nearest, or up or down.

roundedapprox makes ``384.16 \approx 385`` an equality to the digits written. The digits a whole number writes are
its place (its last nonzero digit: the unit of 385, the ten of 390), not the decimals of the value beside it, so
``15.625 \approx 16`` is the value rounded to the unit (it was FAILED at 15.625's three decimals). And a whole
number after ``\approx`` is often a count rounded *up* or *down* on purpose: a sample size (``n = 384.16 \approx
385``, the next whole respondent), a number of full batches (``1000/64 = 15.625 \approx 15``). Both are plausible
readings, so a value within one unit of the place of the whole number written is no FAILED: this module owns that
decision (:func:`rounded_to_whole`): PASSED-worthy where it is the nearest rounding (the caller's rounding test),
SKIPPED said why where it is only a ceiling or a floor, FAILED where it is a unit or more away (``\approx 387``) or
where the value does not reach the place (``333.33 \approx 1000`` is no ceiling of it: sound48)."""

from __future__ import annotations

import math

__all__ = ["ROUNDED_UP_OR_DOWN", "rounded_up_or_down"]

#: a value below this share of the whole number's place is no rounding to it, up or down either (as review42 has it
#: for the nearest: ``\frac{1}{0.0015} \approx 1000``); ``333.33 \approx 1000`` was SKIPPED as a ceiling
_REACHED = 0.95

ROUNDED_UP_OR_DOWN = ("{rhs:g} is {lhs:.6g} rounded {way} to a whole {unit}, not to the nearest: a plausible reading "
                      "of a whole number after \\approx (a count or a sample size rounded up or down), not checked "
                      "further")


def rounded_up_or_down(lhs: float, rhs: float, place: float, nearest: bool = False) -> str | None:
    r"""Why ``lhs \approx rhs`` is not FAILED where ``rhs`` (a whole number whose last nonzero digit is at ``place``:
    1 for 385, 10 for 390) is ``lhs`` rounded up (a ceiling) or down (a floor) to that place; None otherwise.
    ``nearest``: a whole number with zeros at its end beside a decimal (``15.625 \approx 20``), judged at its unit
    first: a rounding at its own coarser place is a plausible reading too, not checked further (not PASSED)."""
    if place <= 0 or not all(math.isfinite(v) for v in (lhs, rhs)):
        return None
    if abs(lhs) < _REACHED * place:  # 333.33 "rounded up" to 1000: no digit of it at the thousands (sound48)
        return None
    up, down = math.ceil(lhs / place) * place, math.floor(lhs / place) * place
    unit = "unit" if place == 1 else f"multiple of {place:g}"
    if nearest and abs(rhs - round(lhs / place) * place) <= 1e-9 * max(1.0, abs(rhs)):
        return ROUNDED_UP_OR_DOWN.format(rhs=rhs, lhs=lhs, way="to the nearest", unit=unit).replace(
            ", not to the nearest", " (its zeros may be digits or places)")
    if abs(rhs - up) <= 1e-9 * max(1.0, abs(rhs)):
        return ROUNDED_UP_OR_DOWN.format(rhs=rhs, lhs=lhs, way="up", unit=unit)
    if abs(rhs - down) <= 1e-9 * max(1.0, abs(rhs)):
        return ROUNDED_UP_OR_DOWN.format(rhs=rhs, lhs=lhs, way="down", unit=unit)
    return None
