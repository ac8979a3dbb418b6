r"""A justification written in ``\text{…}`` right after an equation, with no ``\quad`` before it
(``= 3x^2 \text{(by the power rule)}``, ``\text{ using (2)}``), is the step's note, as ``\text{ since …}``
already was: the equation before it is checked, where it was SKIPPED "prose cannot be checked". Words
that change what the equation says (``\text{ otherwise}``, ``\text{ as } x \to 0``, ``\text{(assumption)}``)
are not justifications: those rows stay as they were. Every example is written here."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _verdicts(text: str) -> list[str]:
    check = check_text(text, "hw.md", SETTINGS)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


@pytest.mark.parametrize(
    "tail",
    [
        r"\text{(by the power rule)}",
        r"\text{ (power rule)}",
        r"\text{ by the power rule}",
        r"\text{ using the power rule}",
        r"\textrm{ by linearity}",
        r"\text{ via (3)}",
        r"\text{ because it is a monomial}",
    ],
)
def test_a_justification_after_the_equation_is_a_note(tail: str) -> None:
    assert _verdicts(f"$$\\frac{{d}}{{dx}} x^3 = 3x^2 {tail}$$\n") == ["PROVED"]


@pytest.mark.parametrize("tail", [r"\text{(by the power rule)}", r"\text{ by the power rule}"])
def test_a_wrong_step_with_a_justification_is_failed(tail: str) -> None:
    assert _verdicts(f"$$\\frac{{d}}{{dx}} x^3 = 3x {tail}$$\n") == ["FAILED"]


@pytest.mark.parametrize(
    "tail",
    [r"\text{ otherwise}", r"\text{ as } x \to 0", r"\text{(assumption)}", r"\text{ (by assumption)}"],
)
def test_words_that_change_the_claim_are_no_justification(tail: str) -> None:
    verdicts = _verdicts(f"$$\\frac{{\\sin x}}{{x}} = 2 {tail}$$\n")
    assert "FAILED" not in verdicts and "PROVED" not in verdicts and "PASSED" not in verdicts


def test_a_justification_between_two_steps_leaves_the_step_after_it_checked() -> None:
    verdicts = _verdicts(r"$$\frac{d}{dx} x^3 = 3x^2 \text{ (power rule)} = 3x$$" + "\n")
    assert len(verdicts) == 2  # 3x^2 = 3x is a step of its own, never dropped into the first step's note
