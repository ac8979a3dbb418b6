r"""Worked numbers still green at stop 37's end: a wrong term inside the box of a rounded sum, a rounding of a
rounding with units (sound38; redteam37 left them). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(display: str) -> list[Verdict]:
    return [s.verdict for s in doc_steps(f"# R\n\nWe compute\n\n$${display}$$\n")]


def test_a_wrong_term_whose_sum_is_wrong_at_its_digits_fails() -> None:
    # 1.8 is no rounding of √3 = 1.732, and 3.2 is no rounding of √2 + √3 = 3.146 at one decimal: every reading fails
    assert _verdicts(r"\sqrt{2} + \sqrt{3} = 1.4 + 1.8") == [Verdict.FAILED]
    assert _verdicts(r"\sqrt{2} + \sqrt{3} = 1.8 + 1.4") == [Verdict.FAILED]  # in no order


def test_terms_rounded_right_and_their_rounded_sum_stay_green() -> None:
    assert all(v.ok for v in _verdicts(r"\sqrt{2} + \sqrt{3} = 1.41 + 1.73"))
    assert all(v.ok for v in _verdicts(r"\sqrt{2} + \sqrt{3} = 1.73 + 1.41"))
    assert all(v.ok for v in _verdicts(r"\sqrt{2} + \sqrt{3} = 1.4 + 1.7"))
    assert all(v.ok for v in _verdicts(r"\sqrt{2} + \sqrt{3} \approx 3.15"))


def test_wrong_terms_whose_sum_is_right_at_its_digits_stay_skipped() -> None:
    # 0.608 + 0.366 = 0.974, e^{-0.5} + e^{-1} = 0.9744: the sum written is right, its split is not (sound37)
    assert _verdicts(r"e^{-0.5} + e^{-1} = 0.608 + 0.366") == [Verdict.SKIPPED]


def test_a_rounding_of_a_rounding_with_units_fails() -> None:
    verdicts = _verdicts(r"H = 0.449 \text{ nats} \approx 0.45 \text{ nats} \approx 0.5 \text{ nats}")
    assert verdicts[-1] is Verdict.FAILED, verdicts
    verdicts = _verdicts(r"\frac{0.898}{2} = 0.449 \text{ nats} \approx 0.45 \text{ nats} \approx 0.5 \text{ nats}")
    assert verdicts[-1] is Verdict.FAILED, verdicts
    verdicts = _verdicts(r"\frac{0.898}{2} = 0.449 \,\text{bits} \approx 0.45 \,\text{bits} \approx 0.5\,\text{bits}")
    assert verdicts[-1] is Verdict.FAILED, verdicts


def test_one_rounding_with_units_stays_green() -> None:
    verdicts = _verdicts(r"\frac{0.898}{2} = 0.449 \text{ nats} \approx 0.45 \text{ nats} \approx 0.4 \text{ nats}")
    assert verdicts[1:] == [Verdict.PASSED, Verdict.PASSED], verdicts
    verdicts = _verdicts(r"\frac{0.898}{2} = 0.449 \text{ nats} \approx 0.45 \text{ nats}")
    assert all(v.ok for v in verdicts), verdicts


def test_a_rounding_after_a_conversion_is_no_rounding_twice() -> None:
    # the run of numbers is the later one's unit only; a formula before bits may be in nats (redteam37's unsaid nats)
    verdicts = _verdicts(r"-\ln 0.6 = 0.511 \text{ nats} = 0.737 \text{ bits} \approx 0.74 \text{ bits}")
    assert verdicts[-1] is not Verdict.FAILED, verdicts
    verdicts = _verdicts(r"-\ln 0.6 = 0.737 \text{ bits} \approx 0.74 \text{ bits}")
    assert verdicts[-1] is not Verdict.FAILED, verdicts
