r"""A decimal written to 16 digits or more is judged exactly, and shown where it parts from the value (sound39).

``\prod_{k=1}^{60}(1 + 2^{-k}) = 2.384231029031371`` is PASSED, rightly: the 60-term product is
2.384231029031371722…, so the decimal is its truncation to 15 places (the infinite product, 2.2e-18 larger, reads
the same there). The verdicts are decided on exact values (the product a rational, documents.worked's exact
difference; the engine's balls), not on floats: ``…3718`` (16 places, 7.8e-17 off) is FAILED though it is the
value's float, and the infinite product's 20 places are FAILED for the 60-term one. The FAILED reason used to show
both sides as one 15-digit number ("left 2.38423102903137, right 2.38423102903137"): now each side is shown to the
digits where they part. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_PRODUCT = r"\prod_{k=1}^{60}(1+2^{-k})"


def _step(written: str) -> tuple[Verdict, str, str]:
    [s] = doc_steps(f"# P\n\nWe compute\n\n$${_PRODUCT} = {written}$$\n")
    cx = s.counterexample
    return s.verdict, s.message or "", f"{cx.lhs} {cx.rhs}" if cx else ""


def test_long_decimals_are_judged_exactly() -> None:
    assert _step("2.384231029031371")[0] is Verdict.PASSED  # truncated to 15 places
    assert _step("2.384231029031372")[0] is Verdict.PASSED  # rounded
    assert _step("2.3842310290313717")[0] is Verdict.PASSED
    assert _step("2.384231029031371722")[0] is Verdict.PASSED
    assert _step("2.3842310290313718")[0] is Verdict.FAILED  # the value's own float, 7.8e-17 off
    assert _step("2.38423102903137172415")[0] is Verdict.FAILED  # the infinite product's digits


def test_a_failure_shows_the_sides_where_they_part() -> None:
    verdict, _, shown = _step("2.3842310290313718")
    assert verdict is Verdict.FAILED and shown == "2.3842310290313717 2.3842310290313718", shown
    verdict, _, shown = _step("2.38423102903137172415")
    assert shown == "2.384231029031371722 2.384231029031371724", shown
