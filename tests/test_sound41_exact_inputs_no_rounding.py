r"""A decimal a worked formula writes as an input is no rounding of something else (sound41, documents.shownroundings).

``\sigma(0.1) \approx 0.5 + 0.25 \cdot 0.2`` (0.55 against σ(0.1) = 0.525; the first-order value is 0.5 + 0.25 · 0.1)
was PASSED "within the rounding of the numbers written": each decimal of the later member was taken for a rounding,
and 0.5 ± 0.05, 0.2 ± 0.05 covered the wrong 0.2. A rounding is the rounded result of a computation the notes show
(a part of the member before it); the other decimals are exact inputs, and an ``\approx`` to a formula of exact
inputs holds when the earlier value rounds to the formula's value at its places. Honest coarse roundings stay
green. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _verdict(formula: str) -> Verdict:
    steps = doc_steps(f"# Estimates\n\n$$\n{formula}\n$$\n")
    assert len(steps) == 1
    return steps[0].verdict


@pytest.mark.parametrize("formula", [
    r"\sigma(0.1) \approx 0.5 + 0.25 \cdot 0.2",  # 0.2 for 0.1
    r"\sigma(0.1) \approx 0.5 + 0.5 \cdot 0.1",  # 0.5 for σ'(0) = 0.25
    r"e^{0.3} \approx 1 + 0.2",
])
def test_a_wrong_input_in_a_worked_estimate_is_failed(formula: str) -> None:
    assert _verdict(formula) is Verdict.FAILED


def test_the_failure_says_the_inputs_are_exact() -> None:
    steps = doc_steps("# Estimates\n\n$$\n\\sigma(0.1) \\approx 0.5 + 0.25 \\cdot 0.2\n$$\n")
    assert "exact inputs" in steps[0].message


@pytest.mark.parametrize("formula", [
    r"\sigma(0.1) \approx 0.5 + 0.25 \cdot 0.1",  # the first-order value, to its three places
    r"\frac{1}{1 + e^{-0.1}} = \frac{1}{1 + 0.9}",  # 0.9 rounds the e^{-0.1} the member before shows
    r"\sigma(2)(1 - \sigma(2)) \approx 0.881 \cdot 0.119",
    r"\frac{0.3}{0.7} \cdot 0.5 = 0.429 \cdot 0.5",  # 0.429 rounds a group of the product
    r"0.5 \cdot e^{-1} \approx 0.5 \cdot 0.37",
    r"\sqrt2 \approx 1.4",
    r"e^{-1} \approx 0.37",
    r"\frac13 \approx 0.33",
    r"0.5 \cdot 0.37 \approx 0.19",
])
def test_honest_roundings_stay_green(formula: str) -> None:
    assert _verdict(formula) is Verdict.PASSED
