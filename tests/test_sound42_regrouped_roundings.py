r"""A decimal that rounds a value the member before implies is a rounding; a whole value is no part (sound42).

documents.shownroundings (sound41) reads a decimal of an ``\approx`` member as a rounding only where it rounds a
computed part of a member before it, so ``\frac{\sqrt{5}}{\sqrt{7}} \approx \sqrt{0.71}`` (0.71 rounds 5/7, the
ratio the roots regroup to) and ``\frac{3}{1 + e^{-2}} \approx \frac{1}{0.38}`` (0.38 rounds (1 + e^{-2})/3) were
FAILED "exact inputs, not roundings" — false alarms. Where the decimal is the only number of the later member the
members before do not explain, and putting a value they imply (a part, a number written, the whole, or one
regrouping of two of them: a ratio, product, sum, difference, square, root or reciprocal) in its place gives the
earlier value exactly, the decimal rounds that value: PASSED when the link holds within its rounding.

And ``\frac{1}{1 + e^{-0.2}} \approx 0.5 + 0.25 \cdot 0.1`` (0.525 against σ(0.2) = 0.550) was PASSED: the
written-out sigmoid is read as ``1 \cdot (1 + e^{-0.2})^{-1}``, whose second factor is the whole value — taken
for a part, it made 0.5 a rounding of 0.55 (±0.05 covered the slip). ``\sigma(0.2)`` was FAILED: the rule is
about values now — a part whose value is the chain's own is no part. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _verdict(formula: str) -> Verdict:
    steps = doc_steps(f"# Estimates\n\n$$\n{formula}\n$$\n")
    assert len(steps) == 1
    return steps[0].verdict


@pytest.mark.parametrize("formula", [
    r"\frac{\sqrt{5}}{\sqrt{7}} \approx \sqrt{0.71}",  # 5/7 = 0.714
    r"\frac{\sqrt{2}}{\sqrt{3}} \approx \sqrt{0.67}",  # review41's
    r"\frac{3}{1 + e^{-2}} \approx \frac{1}{0.38}",  # (1 + e^{-2})/3 = 0.378
    r"\frac{2}{1 + e^{-1}} \approx \frac{1}{0.68}",  # review41's: (1 + e^{-1})/2 = 0.684
    r"\frac{e^{2}}{e^{2} + 1} \approx \frac{1}{1 + 0.14}",  # e^{-2} = 0.135: the reciprocal of a part
])
def test_a_rounding_of_a_regrouped_value_is_green(formula: str) -> None:
    assert _verdict(formula) is Verdict.PASSED


@pytest.mark.parametrize("formula", [
    r"\frac{\sqrt{5}}{\sqrt{7}} \approx \sqrt{0.75}",  # 0.75 rounds nothing the member implies
    r"\frac{3}{1 + e^{-2}} \approx \frac{1}{0.83}",
    r"\frac{e^{2}}{e^{2} + 1} \approx \frac{1}{1 + 0.41}",
])
def test_a_wrong_single_decimal_stays_failed(formula: str) -> None:
    assert _verdict(formula) is Verdict.FAILED


def test_the_two_links_of_a_regrouped_chain() -> None:
    steps = doc_steps("# Estimates\n\n$$\n\\frac{3}{1 + e^{-2}} \\approx \\frac{1}{0.38} \\approx 2.63\n$$\n")
    assert [s.verdict for s in steps] == [Verdict.PASSED, Verdict.PASSED]


@pytest.mark.parametrize("formula", [
    r"\frac{1}{1 + e^{-0.2}} \approx 0.5 + 0.25 \cdot 0.1",  # 0.1 for 0.2
    r"\frac{1}{1 + \exp(-0.2)} \approx 0.5 + 0.25 \cdot 0.1",
    r"\frac{1}{1 + e^{-0.4}} \approx 0.5 + 0.25 \cdot 0.6",  # 0.6 for 0.4
    r"\frac{1}{1 + e^{-0.1}} \approx 0.5 + 0.25 \cdot 0.2",  # review41's
    r"\frac{1}{1 + e^{-0.3}} \approx 0.5 + 0.25 \cdot 0.5",  # review41's
    r"\sigma(0.2) \approx 0.5 + 0.25 \cdot 0.1",  # sound41's rule, spelt with σ
    r"\sigma(0.1) \approx 0.5 + 0.1 \cdot 0.1",  # 0.5 alone unexplained: 0.515 is no value σ(0.1) implies
])
def test_a_wrong_input_is_failed_however_the_sigmoid_is_written(formula: str) -> None:
    assert _verdict(formula) is Verdict.FAILED


@pytest.mark.parametrize("formula", [
    r"\frac{1}{1 + e^{-0.2}} \approx 0.5 + 0.25 \cdot 0.2",  # the first-order value, to its places
    r"\frac{1}{1 + e^{-0.1}} = \frac{1}{1 + 0.9}",
    r"\frac{2}{1 + e^{-1}} \approx 2 \cdot 0.73",  # 0.73 rounds a part (1 + e^{-1})^{-1}
])
def test_right_estimates_of_a_written_out_sigmoid_stay_green(formula: str) -> None:
    assert _verdict(formula) is Verdict.PASSED
