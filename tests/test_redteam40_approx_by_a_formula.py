r"""A value approximated by a formula of numbers, ``e^{0.1} \approx 1 + 0.1``, is judged to the decimals of the
formula's value, as ``e^{0.1} \approx 1.1`` is (redteam40).

sound39 made a display of ``\approx`` links only a chain: ``e^{0.1} \approx 1 + 0.1 \approx 1.1`` (the first-order
estimate a reader accepts; e^{0.1} = 1.105) had its first link FAILED, because 0.1, written in both members, is
an exact input and 1 + 0.1 is exactly 1.1 — while ``e^{0.1} \approx 1.1`` alone is PASSED to its one decimal. An
``\approx`` link to a formula whose value is a decimal of d places is now judged to those d places; a value off
at them stays FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(f"# Estimates\n\n$$\n{display}\n$$\n")]


def test_a_first_order_estimate_within_its_decimals_is_no_false_alarm() -> None:
    assert _verdicts(r"e^{0.1} \approx 1 + 0.1 \approx 1.1") == ["PASSED", "PROVED"]
    assert _verdicts(r"e^{0.1} \approx 1 + 0.1")[0] == "PASSED"
    assert _verdicts(r"e^{0.2} \approx 1 + 0.2 + 0.02")[0] == "PASSED"  # 1.2214 against 1.22


def test_an_estimate_off_at_its_decimals_stays_failed() -> None:
    assert _verdicts(r"e^{0.5} \approx 1 + 0.5")[0] == "FAILED"  # 1.65 is not 1.5 at one decimal
    assert _verdicts(r"e^{0.1} \approx 1 - 0.1")[0] == "FAILED"
    assert _verdicts(r"e^{0.2} \approx 1 + 0.2 + 0.2")[0] == "FAILED"  # 1.4 has one decimal: 1.2214 is 1.2


def test_an_equality_is_not_read_so() -> None:
    assert _verdicts(r"e^{0.1} = 1 + 0.1")[0] == "FAILED"
