r"""A worked number exactly half a unit from its exact value, after ``=``, is no rounding (fresh35).

``0.1 + \frac{390}{780}(3.2 - 0.1) = 0.1 + 1.6 = 1.7``: the part written 1.6 is 1.55 exactly (the planted slip
forgot to take the 0.1 off), and 1.55 is just inside the rounding box of 1.6 (±0.05), so the link was PASSED
"within the rounding of the numbers written" and the wrong 1.7 PROVED after it. An exact value a whole
number of half units off — a tie, reached only where each rounded term is off by exactly half a unit of its last
digit — is a terminating decimal that the notes would write in full after ``=``: there the link FAILED. After
``\approx`` a tie stays a rounding, and a value with more decimals than the one written is rounded as before."""

from __future__ import annotations

from support import verdicts_by_line


def _verdicts(formula: str) -> list[str]:
    return verdicts_by_line(f"# Warmup\n\n$$\\eta = {formula}$$\n")[3]


def test_a_tie_after_equals_fails() -> None:
    assert _verdicts(r"0.1 + \frac{390}{780}(3.2 - 0.1) = 0.1 + 1.6")[-1] == "FAILED"


def test_a_rounding_with_more_decimals_still_passes() -> None:
    assert _verdicts(r"0.1 + \frac{1}{3}(3.2 - 0.1) = 0.1 + 1.03")[-1] == "PASSED"


def test_a_tie_after_approx_stays_a_rounding() -> None:
    assert _verdicts(r"0.1 + \frac{390}{780}(3.2 - 0.1) \approx 0.1 + 1.6")[-1] == "PASSED"


def test_the_exact_value_is_proved() -> None:
    assert _verdicts(r"0.1 + \frac{390}{780}(3.2 - 0.1) = 0.1 + 1.55")[-1] == "PROVED"


def test_a_tie_of_a_long_value_in_a_division_is_a_rounding() -> None:
    # 3/256 = 0.01171875 written 0.0117188: five significant digits kept of seven, a rounding (and the box of a
    # divisor bends: its first-order size is short of the exact difference by a relative 1e-5)
    lines = verdicts_by_line("# Odds\n\n$$\\frac{2}{3/256} = \\frac{2}{0.0117188}$$\n")
    assert lines[3] == ["PASSED"], lines
    lines = verdicts_by_line("# Odds\n\n$$\\frac{2}{3/256} = \\frac{2}{0.0117198}$$\n")
    assert lines[3] == ["FAILED"], lines
