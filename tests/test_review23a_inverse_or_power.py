r"""review23a: ``\Phi^{-1}(p)`` with Φ written nowhere else is not FAILED as a reciprocal times a bracket.

"Let $\Phi$ be the CDF of $N(0,1)$" and then ``\frac{d}{dp}\Phi^{-1}(p) = \sqrt{2\pi}\,e^{(\Phi^{-1}(p))^2/2}``
(the quantile's derivative, right): Φ is applied nowhere, so read16's inverse reading does not take it and
Φ^{-1}(p) was p/Φ with Φ an inferred scalar: FAILED. The inverse function is a plausible reading the checker
cannot take here: SKIPPED. A name the notes write elsewhere (σ of σ^2) is not doubted so."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict


def _last(text: str) -> tuple[Verdict, str]:
    check = check_text(text, "notes.md")
    step = [s for ch in check.chains for s in ch.result.steps][-1]
    return step.verdict, step.message or ""


def test_a_name_written_only_before_minus_one_and_a_bracket_is_not_failed_as_a_power() -> None:
    claim = r"\frac{d}{dp}\Phi^{-1}(p) = \sqrt{2\pi}\, e^{(\Phi^{-1}(p))^2/2}"
    verdict, message = _last(f"# Notes\n\nLet $\\Phi$ be the CDF of $N(0,1)$.\n\n$$\n{claim}\n$$\n")
    assert verdict is Verdict.SKIPPED and "inverse function" in message, message


def test_a_quantity_written_elsewhere_is_not_doubted_as_an_inverse() -> None:
    notes = (
        "# Gaussian\n\nThe density is $p(x) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} e^{-(x-\\mu)^2/(2\\sigma^2)}$ "
        "with $\\sigma > 0$.\n\n$$\n\\frac{d}{dx}\\left(\\sigma^{-1}(x - \\mu)\\right)^2 = "
        "\\frac{2(x-\\mu)}{\\sigma}\n$$\n"
    )
    verdict, message = _last(notes)
    assert verdict not in (Verdict.PROVED, Verdict.PASSED) and "written nowhere else" not in message, message
