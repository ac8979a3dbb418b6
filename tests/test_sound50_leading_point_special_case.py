r"""A display whose leading sentence states a point, "At $x = 1$ the slope is $$\frac{d}{dx}(x^2 + 3) = x + 1$$":
wrong as a formula in x, right at the point the sentence names (2 = 2).

documents.leadingvalues checks a FAILED display again at the values its leading sentence states. There the step
holds only at the stated point, which the checker reports as a SKIPPED special case ("the sentence may name a
special case rather than a hypothesis"); the reading dropped that verdict and kept FAILED, though one plausible
reading of the notes (the slope at x = 1) holds. FAILED must hold under every reading: the step is SKIPPED now,
never green. A wrong version that fails at the point too (``x + 2``: 3 ≠ 2) stays FAILED, and a right formula stays
PROVED. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


def _only(body: str) -> Verdict:
    (step,) = doc_steps(body)
    return step.verdict


@pytest.mark.parametrize("display", [r"\frac{d}{dx}(x^2 + 3) = x + 1", r"\frac{d}{dx} x^3 = 3x"])
def test_a_formula_right_at_the_stated_point_only_is_not_failed(display: str) -> None:
    (step,) = doc_steps(f"# Slope\n\nAt $x = 1$ the slope is\n$${display}$$\n")
    assert step.verdict is Verdict.SKIPPED
    assert "x = 1" in step.message


@pytest.mark.parametrize("display", [r"\frac{d}{dx}(x^2 + 3) = x + 2", r"\frac{d}{dx} x^3 = 2x"])
def test_a_formula_wrong_at_the_stated_point_stays_failed(display: str) -> None:
    assert _only(f"# Slope\n\nAt $x = 1$ the slope is\n$${display}$$\n") is Verdict.FAILED


def test_a_right_formula_after_the_point_stays_proved() -> None:
    assert _only("# Slope\n\nAt $x = 1$ the slope is\n$$\\frac{d}{dx}(x^2 + 3) = 2x$$\n") is Verdict.PROVED


def test_a_parameter_value_wrong_there_stays_failed() -> None:
    assert _only("# Scale\n\nWith $a = 1$ the derivative is\n$$\\frac{d}{dx}(a x^2) = a x$$\n") is Verdict.FAILED
