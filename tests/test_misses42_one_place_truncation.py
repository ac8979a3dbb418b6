r"""A value cut to one decimal place with two significant digits is no truncation (misses42; fresh30's NDCG note).

``\log_2 3 \approx 1.5`` was PASSED "equal to the 1 decimals written (1.58496…)": 1.5 read as 1.585 truncated. At one
place the value is 1.6; cutting to 1.5 is off by a twentieth of it — a wrong digit, not a cut a grader takes.
Truncation now needs two significant digits and either two places (``e^{-1} = 0.36``, ``e \approx 2.71``) or three
significant digits (``\sqrt{150} \approx 12.2``, 12.247…); rounding is unchanged."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.precision import agrees


def _verdict(formula: str) -> str:
    return verdicts_by_line(f"# Numbers\n\nThe value is ${formula}$.\n")[3][-1]


def test_the_rule() -> None:
    assert not agrees(1.5849625, 1.5, 1)  # one place, two digits: no cut
    assert agrees(1.5849625, 1.6, 1)  # rounded
    assert agrees(0.3678794, 0.36, 2)  # two places
    assert agrees(12.247449, 12.2, 1)  # three significant digits
    assert not agrees(0.3678794, 0.3, 1)  # one significant digit, as before


@pytest.mark.parametrize("formula", ["\\log_2 3 \\approx 1.5", "\\sqrt{2.5} \\approx 1.5"])
def test_a_one_place_cut_of_two_digits_is_failed(formula: str) -> None:
    assert _verdict(formula) == "FAILED"  # was PASSED "equal to the 1 decimals written"


@pytest.mark.parametrize("formula", ["\\log_2 3 \\approx 1.6", "e^{-1} = 0.36", "\\sqrt{150} \\approx 12.2",
                                     "\\sqrt{10} \\approx 3.16", "\\sqrt{2} \\approx 1.41"])
def test_roundings_and_longer_cuts_stay_green(formula: str) -> None:
    assert _verdict(formula) == "PASSED"
