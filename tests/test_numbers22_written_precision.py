r"""A worked number's precision is the one its digits write: ``3.2 \times 10^{-4}`` is given to 10^-5.

Homework writes small numbers in scientific notation (an Adam step, a learning-rate update). The
decimals of the mantissa were taken for the number's precision, so ``3.2 \times 10^{-3}`` for 0.00032
(a wrong exponent) agreed "to the 1 decimal written" and was PASSED. The exponent shifts the last
written digit: 3.2 × 10^-3 is written to 10^-4, and 0.00032 is far off it. A number written exactly one
unit of its last digit below the value (0.2 for 0.762 − 0.462 = 0.3) is no truncation either: the float
difference 0.3 − 0.2 = 0.0999… fell just under the unit and the slip was PASSED. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    "$$\\eta g = 10^{-3} \\cdot 0.32 = 3.2 \\times 10^{-3}.$$\n",
    "The update is $10^{-3} \\cdot 0.32 = 3.2 \\times 10^{-3}$ here.\n",
    "$$0.001 \\cdot 0.25 = 2.5 \\cdot 10^{-3}$$\n",
    "$$0.001 \\cdot 0.25 = 2.5 \\times 10^{-5}$$\n",
])
def test_a_wrong_exponent_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps, "the worked number was dropped"
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


@pytest.mark.parametrize("notes", [
    "$$\\eta g = 10^{-3} \\cdot 0.32 = 3.2 \\times 10^{-4}.$$\n",
    "$$0.001 \\cdot 0.25 = 2.5 \\cdot 10^{-4}$$\n",
    "$$\\frac{1}{3} \\cdot 10^{-3} = 3.33 \\times 10^{-4}$$\n",
    "$$e^{-10} = 4.54 \\times 10^{-5}$$\n",
])
def test_a_right_value_in_scientific_notation_is_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value in GREEN, steps[-1].message if steps else "no step"


def test_a_scientific_value_wrong_in_its_last_digit_is_failed() -> None:
    # e^{-10} = 4.5400e-05: 4.64 × 10^-5 is off by ten units of its last digit
    steps = doc_steps("$$e^{-10} = 4.64 \\times 10^{-5}$$\n")
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


@pytest.mark.parametrize("notes", ["$$y = 0.762 - 0.462 = 0.2$$\n", "$$0.9 - 0.6 = 0.2$$\n"])
def test_one_unit_below_an_exact_value_is_no_truncation(notes: str) -> None:
    assert doc_steps(notes)[-1].verdict.value == "FAILED"


@pytest.mark.parametrize("notes", ["$$y = 0.762 - 0.462 = 0.3$$\n", "$$e^{-1} = 0.36$$\n", "$$e^{-1} = 0.37$$\n"])
def test_a_rounded_or_truncated_value_stays_green(notes: str) -> None:
    assert doc_steps(notes)[-1].verdict.value in GREEN


@pytest.mark.parametrize("notes", [
    "$$\\varphi(0) = \\frac{1}{\\sqrt{2\\pi}} = 0.399$$\n",
    "$$\\sqrt{2\\pi} = 2.507$$\n",
    "$$\\varphi(1) = \\frac{e^{-1/2}}{\\sqrt{2\\pi}} \\approx 0.242$$\n",
])
def test_a_rounded_value_of_a_formula_in_pi_is_green(notes: str) -> None:
    # π is read as a name until the resolver makes it the number: 1/√(2π) = 0.3989… written 0.399 was FAILED
    assert doc_steps(notes)[-1].verdict.value in GREEN


@pytest.mark.parametrize("notes", ["$$\\frac{1}{\\sqrt{2\\pi}} = 0.393$$\n", "$$\\sqrt{2\\pi} = 2.57$$\n"])
def test_a_wrong_value_of_a_formula_in_pi_is_failed(notes: str) -> None:
    assert doc_steps(notes)[-1].verdict.value == "FAILED"


def test_pi_the_notes_define_is_no_number_for_the_rounding() -> None:
    notes = "Let $\\pi = 0.3$ be the prior.\n\n$$2\\pi = 0.61$$\n"
    assert doc_steps(notes)[-1].verdict.value not in GREEN
