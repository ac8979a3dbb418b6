r"""``384.16 \approx 385``: a whole number after ``\approx`` that is the value rounded up or down to its place is a
plausible reading (a sample size, a count of batches or steps is a ceiling or a floor), so no FAILED (sound46,
documents.wholebound).

roundedapprox reads ``\approx`` before a rounded number as ``=`` to the digits written, and 384.16 rounds to 384, so
the sample size ``n = \frac{1.96^2 \cdot 0.25}{0.05^2} = 384.16 \approx 385`` was FAILED; a FAILED must hold under
every plausible reading. A whole number more than one unit of its place away (``\approx 387``) is FAILED as before,
and the nearest rounding (``\approx 384``) PASSED as before. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

SIZE = "# Sample size\n\nThe required size is\n\n$$n = \\frac{1.96^2 \\cdot 0.25}{0.05^2} = 384.16 \\approx WHOLE.$$\n"


def test_a_whole_number_rounded_up_is_not_failed() -> None:
    verdicts = verdicts_by_line(SIZE.replace("WHOLE", "385"))[5]
    assert "FAILED" not in verdicts and "PROVED" not in verdicts[2:]
    assert verdicts[-1] == "SKIPPED"
    batches = "# Batches\n\n$$\\frac{1000}{64} = 15.625 \\approx 15$$\n"  # full batches: a floor
    assert verdicts_by_line(batches)[3][-1] == "SKIPPED"


def test_a_whole_number_rounded_to_tens_up_is_not_failed() -> None:
    assert verdicts_by_line(SIZE.replace("WHOLE", "390"))[5][-1] == "SKIPPED"


def test_a_whole_number_farther_than_its_unit_is_still_failed() -> None:
    assert verdicts_by_line(SIZE.replace("WHOLE", "387"))[5][-1] == "FAILED"


def test_the_nearest_whole_number_is_still_passed() -> None:
    assert verdicts_by_line(SIZE.replace("WHOLE", "384"))[5][-1] == "PASSED"


def test_a_whole_number_with_zeros_beside_a_decimal_is_not_passed_at_its_tens() -> None:
    r"""``15.625 \approx 20``: right at one significant figure, wrong at the unit its digits may claim: SKIPPED."""
    assert verdicts_by_line("# B\n\n$$\\frac{1000}{64} = 15.625 \\approx 20$$\n")[3][-1] == "SKIPPED"
    assert verdicts_by_line("# B\n\n$$\\frac{1000}{64} = 15.625 \\approx 30$$\n")[3][-1] == "FAILED"
    assert verdicts_by_line(SIZE.replace("WHOLE", "380"))[5][-1] == "SKIPPED"
