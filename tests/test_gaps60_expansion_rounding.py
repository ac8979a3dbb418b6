r"""gaps60: ``\approx`` after exact arithmetic is a rounding even where the sentence names an expansion
(documents.roundedapprox, documents.roughapprox).

fresh28's SAM wrong5 "The first-order estimate of the worst loss is $4 + 0.05 \cdot 4.472 \approx 4.447$" was SKIPPED
"not an equality": "first-order" made every ``\approx`` of the chain an expansion's. An expansion of exact arithmetic
has nothing to approximate: the link can only round the value, so it is checked to the digits written. Where the
left side has a function to expand (``e^{0.1}``, ``\sqrt{1.1}``) or the sentence calls the value rough, the link keeps
its relation. Notes of our own."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


def _one(sentence: str) -> list[str]:
    return verdicts_by_line(f"# Estimates\n\n{sentence}\n")[3]


def test_a_wrong_rounding_of_a_first_order_estimate_fails() -> None:
    assert _one(r"The first-order estimate of the worst loss is $4 + 0.05 \cdot 4.472 \approx 4.447$.") == ["FAILED"]


def test_a_right_rounding_of_a_first_order_estimate_passes() -> None:
    assert _one(r"The first-order estimate of the worst loss is $4 + 0.05 \cdot 4.472 \approx 4.224$.") == ["PASSED"]


@pytest.mark.parametrize("sentence", [
    r"Linearising, $$e^{0.1} \approx 1.2$$",  # a function the expansion approximates
    r"To first order, $$\sqrt{1.1} \approx 1.07$$",
    r"Roughly, $2.3 \cdot 4.1 \approx 10.0$.",  # the value called rough
    r"As a crude first-order estimate, $4 + 0.05 \cdot 4.472 \approx 4.3$.",
])  # fmt: skip
def test_an_expansion_or_a_rough_value_keeps_its_relation(sentence: str) -> None:
    assert _one(sentence) == ["SKIPPED"]
