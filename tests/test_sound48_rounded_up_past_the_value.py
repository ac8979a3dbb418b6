r"""A count rounded up or down to its place is a rounding only at a place the value reaches.

documents.wholerounding leaves ``384.16 \approx 385`` (a sample size rounded up) and ``15.625 \approx 15`` (full
batches) SKIPPED: a ceiling or a floor to the whole number's place is a plausible reading. ``333.33 \approx 1000``
was SKIPPED the same way — "rounded up to a whole multiple of 1000" — though 333.33 has no digit at the thousands: a
ceiling to a place above the value's own makes any small number "about" 1000 (sound47's leftover). As review42 has it
for the nearest rounding, a value below 0.95 of the place is no rounding to it, up or down. Every example is my own.
"""

from __future__ import annotations

from support import verdicts_by_line


def _last(formula: str) -> str:
    return verdicts_by_line(f"# Counts\n\n$${formula}$$\n")[3][-1]


def test_a_ceiling_to_a_place_above_the_value_is_failed() -> None:
    assert _last("\\frac{1000}{3} = 333.33 \\approx 1000") == "FAILED"
    assert _last("\\frac{100}{6} = 16.67 \\approx 100") == "FAILED"


def test_a_ceiling_to_the_value_own_place_is_still_skipped() -> None:
    assert _last("\\frac{1000}{3} = 333.33 \\approx 400") == "SKIPPED"


def test_a_ceiling_to_a_place_the_value_nearly_reaches_is_still_skipped() -> None:
    assert _last("\\frac{1000}{1.02} = 980.39 \\approx 1000") in ("SKIPPED", "PASSED")
