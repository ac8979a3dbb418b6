r"""A worked number rounded to a number with a unit of information (redteam37).

``0.449 \approx 0.45 \text{ nats}`` was FAILED (0.449 against 0.45): the rounding reading takes as the result the
member that is one number alone, and ``0.45 \text{ nats}`` was none (its unit is a label: latex.units), so the
precision was the left side's three decimals. A unit after the number is its label here too. Every example is
written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(f"# Entropy\n\n$${display}$$\n")]


def test_a_number_rounded_to_one_with_a_unit_passes() -> None:
    assert _verdicts("0.449 \\approx 0.45 \\text{ nats}") == ["PASSED"]


def test_a_wrong_rounding_to_a_number_with_a_unit_fails() -> None:
    assert _verdicts("0.449 \\approx 0.46 \\text{ nats}") == ["FAILED"]

