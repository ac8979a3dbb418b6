r"""A noted rounding stands for its formula only where the link, read as written, is that rounding carried.

documents.notedroundings reads a decimal the notes showed as a formula's rounding ("$\sqrt 2 \approx 1.414$") as that
formula in a later FAILED link between numbers: ``2 \cdot 0.3989 = \sqrt{2/\pi}`` is the notes' arithmetic with their
rounding written in. But a link whose written sides are far apart — the rounding amplified by a cancellation or a
large factor: ``(1.414 - \sqrt 2) \cdot 10^6 = 0`` (−213.6 against 0), ``\frac{1}{0.333 - 0.33} = \frac{1}{1/3 -
0.33}`` (333 against 300) — was PASSED too: with the formula in place it holds exactly, yet as written it is wrong
far beyond the rounding shown. Such a link stays FAILED. Every example is my own.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _last(shown: str, link: str) -> Verdict:
    return doc_steps(f"# Numbers\n\nWe use {shown} below.\n\nThen\n\n$${link}$$\n")[-1].verdict


def test_a_cancelled_rounding_scaled_up_is_not_passed() -> None:
    assert _last("$\\sqrt{2} \\approx 1.414$", "(1.414 - \\sqrt{2}) \\cdot 10^{6} = 0") is Verdict.FAILED


def test_a_rounding_amplified_by_a_near_cancellation_is_not_passed() -> None:
    assert _last("$\\frac{1}{3} \\approx 0.333$", "\\frac{1}{0.333 - 0.33} = \\frac{1}{\\frac13 - 0.33}") \
        is Verdict.FAILED


def test_a_rounding_carried_through_a_square_is_still_passed() -> None:
    assert _last("$\\sqrt{2} \\approx 1.414$", "1.414^{2} = 2") is Verdict.PASSED


def test_a_rounding_carried_through_a_product_is_still_passed() -> None:
    assert _last("$\\phi(0) = 1/\\sqrt{2\\pi} \\approx 0.3989$", "-2 \\cdot 0.3989 = -\\sqrt{2/\\pi}") \
        is Verdict.PASSED
