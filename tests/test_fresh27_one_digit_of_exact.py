r"""An exact short decimal written to one significant digit with ``=``: not green.

"The double target is smaller by $0.9 \cdot (3.2 - 2.8) = 0.4$" (the discount dropped: 3.2 - 2.8 = 0.4) was
PASSED "equal to the 1 decimals written (0.36 and 0.4)": the value is exactly 0.36, a number of two decimals,
and a one-digit rounding of it written with ``=`` is as likely a slip as a rounding (fresh27's double-DQN note,
a GREEN). Such a step is SKIPPED with both numbers (documents.coarserounding); two significant digits
(0.125 = 0.13), a value with no short expansion (1/3 = 0.3), or ``\approx`` keep their reading.
"""

from __future__ import annotations

from support import verdicts_by_line


def _line3(formula: str) -> list[str] | None:
    return verdicts_by_line(f"# W\n\n$${formula}$$\n").get(3)


def test_one_digit_of_a_short_exact_value_is_not_green() -> None:
    assert _line3(r"0.9 \cdot (3.2 - 2.8) = 0.4") == ["SKIPPED"]
    assert _line3(r"0.5 \cdot 0.25 = 0.1") == ["SKIPPED"]


def test_other_roundings_keep_their_reading() -> None:
    assert _line3(r"0.5 \cdot 0.25 = 0.13") == ["PASSED"]  # two significant digits
    assert _line3(r"\frac{1}{3} = 0.3") == ["PASSED"]  # no short expansion: rounding is needed
    assert _line3(r"0.9 \cdot (3.2 - 2.8) \approx 0.4") == ["PASSED"]  # said to be approximate
    assert _line3(r"0.9 \cdot (3.2 - 2.8) = 0.36") == ["PROVED"]
    assert _line3(r"0.9 \cdot (3.2 - 2.8) = 0.3") == ["FAILED"]
