r"""A superscript digit after a superscript letter is that letter's power: ``e⁻ˣ²`` is e^{-x²}.

Unicode has no superscript of a superscript, so a student who types the Gaussian's ``e^{-x^2}`` writes ``e⁻ˣ²``.
The tokenizer read the run ``⁻ˣ²`` as ``^{-x 2}``, a product x·2, so the right derivative ``d/dx e⁻ˣ² = −2x·e⁻ˣ²``
was FAILED (read as the derivative of e^{-2x}). A digit run written against a letter inside a superscript run is
now that letter's power; a digit first (``e²ˣ``, e^{2x}) stays a coefficient, and subscripts (``x₁₂``, ``xᵢ₁``) are
index labels, not powers. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


@pytest.mark.parametrize(
    "step",
    [
        "`d/dx e⁻ˣ² = −2x·e⁻ˣ²`",
        "$\\frac{d}{dx} e⁻ˣ² = -2x e^{-x^2}$",
        "`eˣ²·eˣ² = e²ˣ²`",
    ],
)
def test_a_power_inside_a_typed_exponent_is_the_letters_power(step: str) -> None:
    assert verdicts_by_line(f"# Gaussian\n\n{step}\n")[3] == ["PROVED"]


@pytest.mark.parametrize("step", ["`d/dx e⁻ˣ² = −x·e⁻ˣ²`", "`d/dx e⁻ˣ² = −2·e⁻ˣ²`"])
def test_a_wrong_derivative_of_the_typed_gaussian_fails(step: str) -> None:
    assert verdicts_by_line(f"# Gaussian\n\n{step}\n")[3] == ["FAILED"]


def test_a_digit_before_the_letter_stays_a_coefficient() -> None:
    assert verdicts_by_line("# Exp\n\n`d/dx e²ˣ = 2e²ˣ`\n")[3] == ["PROVED"]
