r"""redteam23: σ written ``\sigma^{-1}(x - \mu)`` where σ is a standard deviation is reached through the
definition that writes it so.

``z = \sigma^{-1}(x - \mu)`` (σ > 0 a standard deviation: a power, read16) then ``\partial z/\partial\mu =
1/\sigma`` (sign flipped) was SKIPPED "sigma appear(s) on one side only": the definition's parsed body
holds σ only as the label of a would-be inverse, so the left side did not reach σ. Written
``\frac{x - \mu}{\sigma}`` the same slip was FAILED."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = (
    "# Standardising\n\nLet $x \\sim \\mathcal{N}(\\mu, \\sigma^2)$ with standard deviation $\\sigma > 0$. "
    "Then\n\n$$z = \\sigma^{-1}(x - \\mu)$$\n\nand\n\n$$\\frac{\\partial z}{\\partial \\mu} = {rhs}$$\n"
)


def _last(rhs: str) -> Verdict:
    check = check_text(_NOTES.replace("{rhs}", rhs), "notes.md")
    return [s.verdict for ch in check.chains for s in ch.result.steps][-1]


def test_a_sign_slip_through_a_standard_deviation_written_with_minus_one_is_failed() -> None:
    assert _last("\\frac{1}{\\sigma}") is Verdict.FAILED


def test_the_right_derivative_is_proved() -> None:
    assert _last("-\\frac{1}{\\sigma}") is Verdict.PROVED
