r"""Under an expansion cue, arithmetic an expansion approximates keeps its ``\approx`` (documents.roundedapprox).

red61 (red team of stop 61): gaps60 made a link from plain arithmetic to a rounded number a rounding even where the
sentence names an expansion ("the first-order estimate is $4 + 0.05 \cdot 4.472 \approx 4.224$": nothing to
expand). Its plain arithmetic took a division by a sum and a power too, and those are what a first-order expansion
approximates: "To first order in the rate, $\frac{1}{1 - 0.3} \approx 1.3$" (the geometric series' 1 + r) and "To
first order, $1.3^2 \approx 1.6$" (1 + 2·0.3) were FAILED against 1.43 and 1.69, the approximation the sentence says
it makes read as a wrong rounding. Notes of our own."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


def _one(sentence: str) -> list[str]:
    return verdicts_by_line(f"# Estimates\n\n{sentence}\n")[3]


@pytest.mark.parametrize("sentence", [
    r"To first order in the rate, $\frac{1}{1 - 0.3} \approx 1.3$.",
    r"To first order, $1.3^2 \approx 1.6$.",
    r"The first-order Taylor estimate is $(1 + 0.2)^{3} \approx 1.6$.",
    r"Linearising, $1 / (1 + 0.25) \approx 0.75$.",
])  # fmt: skip
def test_a_first_order_value_of_a_quotient_or_power_is_no_rounding(sentence: str) -> None:
    assert _one(sentence) == ["SKIPPED"]


@pytest.mark.parametrize("sentence", [
    r"The first-order estimate of the worst loss is $4 + 0.05 \cdot 4.472 \approx 4.447$.",  # gaps60's, kept
    r"The first-order estimate is $\frac{26}{3} + 0.5 \approx 9.5$.",  # a division by a number only scales
])  # fmt: skip
def test_a_wrong_rounding_of_linear_arithmetic_still_fails(sentence: str) -> None:
    assert _one(sentence) == ["FAILED"]
