r"""A function letter before a bracket that writes the same letter as a value multiplies (documents.selfapplied).

``\sigma^2\left(s + \frac{\epsilon}{\sigma}\right)^2 = (\sigma s + \epsilon)^2``: σ is the noise scale of denoising
score matching, and the bracket after ``\sigma^2`` writes σ itself. Read as the logistic function σ applied to
an expression of its own value (nobody writes that), the correct weighting step FAILED (and so did Tweedie's
``\tilde x + \sigma^2(-\tilde x/(\tau^2 + \sigma^2))``). ``\sigma(z)(1 - \sigma(z))`` stays a call."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.selfapplied import applied_to_itself
from verifier.results import Verdict


def _last(step: str) -> tuple[Verdict, str]:
    said, _, step = step.rpartition(": ")
    notes = f"Add noise $\\tilde x = x + \\sigma\\epsilon$. For ${said or 'n > 0'}$,\n\n$${step}$$\n"
    steps = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


@pytest.mark.parametrize("step", [
    "\\sigma^2\\left(s + \\frac{\\epsilon}{\\sigma}\\right)^2 = (\\sigma s + \\epsilon)^2",
    "\\tilde x + \\sigma^2\\left(-\\frac{\\tilde x}{\\tau^2 + \\sigma^2}\\right)"
    " = \\frac{\\tau^2\\,\\tilde x}{\\tau^2 + \\sigma^2}",
])
def test_the_scale_times_a_bracket_is_proved(step: str) -> None:
    verdict, message = _last(step)
    assert verdict is Verdict.PROVED, message


def test_a_wrong_step_with_the_scale_fails() -> None:
    verdict, _ = _last("\\sigma > 0: "
                       "\\sigma^2\\left(s + \\frac{\\epsilon}{\\sigma}\\right)^2 = (\\sigma s + \\sigma\\epsilon)^2")
    assert verdict is Verdict.FAILED


@pytest.mark.parametrize(("latex", "names"), [
    ("\\sigma^2\\left(s + \\frac{\\epsilon}{\\sigma}\\right)^2", {"sigma"}),
    ("\\sigma(1 - \\sigma)", {"sigma"}),
    ("\\sigma^{2}(a + \\sigma b)", {"sigma"}),
    ("\\sigma(z)(1 - \\sigma(z))", set()),
    ("\\sigma(\\sigma(z))", set()),
    ("\\sigma(\\sigma^{-1}(x))", set()),
    ("\\sigma'(z) + \\sigma_1(x)", set()),
])
def test_applied_to_itself(latex: str, names: set[str]) -> None:
    assert applied_to_itself(latex) == names
