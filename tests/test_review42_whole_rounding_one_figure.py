r"""A whole number after ``\approx`` rounds at its last nonzero digit, but keeps its leading digit (review42,
documents.workedrounding).

fresh31 reads ``\approx 5921`` to the unit and ``\approx 5900`` to the hundred. With one significant digit 1 (``10``,
``1000``), rounding at that place took any value from half of it: ``\frac{2}{0.3} \approx 10`` (6.67, which rounds
to 7) and ``\frac{1}{0.0015} \approx 1000`` (667) were PASSED — v0.28.0 FAILED them. A value below 0.95 of the
number's place is no rounding of it. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _verdict(display: str) -> Verdict:
    return doc_steps(f"# Sizes\n\n$${display}$$\n")[-1].verdict


@pytest.mark.parametrize("display", [
    r"\frac{2}{0.3} \approx 10",  # 6.67
    r"\frac{1}{0.0015} \approx 1000",  # 667
])
def test_a_value_below_the_leading_place_is_no_rounding(display: str) -> None:
    assert _verdict(display) is Verdict.FAILED


@pytest.mark.parametrize("display", [
    r"\frac{48}{5.0} \approx 10",  # 9.6
    r"\frac{1}{0.0007} \approx 1000",  # 1429
    r"\frac{27.631}{0.0046667} \approx 5900",
    r"1.96^2 \cdot \frac{0.25}{0.0025} \approx 400",  # 384
])
def test_a_rounding_at_the_leading_digit_stays_passed(display: str) -> None:
    assert _verdict(display) is Verdict.PASSED
