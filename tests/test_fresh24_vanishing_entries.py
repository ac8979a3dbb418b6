r"""Numbered entries a derivative removes: ``\partial/\partial x_1`` of ``(x_2 - \mu_2)^2/s_2`` has no μ₂, s₂.

A failing step whose sides write different undeclared names is left SKIPPED ("μ₂, s₂ appear on one side
only"), unless the derivative removes them (documents.vanishing). That was decided by letter: μ₁ on the
right kept μ₂ "on one side only", and a wrong partial derivative of a diagonal Mahalanobis distance (s₁²
for s₁) was SKIPPED where the same step in plain letters FAILED (fresh24).
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_LEFT = (r"\frac{\partial}{\partial x_1}\left(\frac{(x_1 - \mu_1)^2}{s_1} + "
         r"\frac{(x_2 - \mu_2)^2}{s_2}\right)")


def _verdicts(right: str) -> list[Verdict]:
    text = f"In two dimensions:\n\n$${_LEFT} = {right}$$\n"
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


def test_a_wrong_partial_derivative_with_numbered_co_inputs_fails() -> None:
    assert _verdicts(r"\frac{2(x_1 - \mu_1)}{s_1^2}") == [Verdict.FAILED]


def test_the_right_partial_derivative_is_proved() -> None:
    assert _verdicts(r"\frac{2(x_1 - \mu_1)}{s_1}") == [Verdict.PROVED]


def test_an_entry_the_derivative_keeps_is_still_a_doubt() -> None:
    # μ₂ stays in the value (a term μ₂ x₁): dropping it may be a relation the notes do not write
    text = ("In two dimensions:\n\n$$\\frac{\\partial}{\\partial x_1}\\left(\\mu_2 x_1 + x_1^2\\right) = 2 x_1$$\n")
    verdicts = [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    assert verdicts == [Verdict.SKIPPED]
