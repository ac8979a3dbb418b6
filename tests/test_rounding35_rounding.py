r"""Worked numbers re-rounded along a chain, and the rounding a formula of rounded terms explains (rounding35).

* A chain that rounds a value again and again (``\frac{0.898}{2} = 0.449 \approx 0.45 \approx 0.5``) was green
  link by link, each number against the one before it, though 0.449 at one decimal is 0.4: rounding 0.45 up
  again is double rounding. A link between lone rounded numbers must agree with the chain's value before them.
* A link to a formula of rounded terms (``\sigma(2) \approx 0.5 + 0.5``) was allowed the terms' relative errors
  added up, times the value: 0.2 here, so 0.88 "agreed" with 1.0. Rounding explains half a unit of each term's
  last digit (and truncation a unit, in one direction only): at most 0.1 below the sum, so it is FAILED.
* ``\approx`` that the sentence after the display calls rough claims no digits: SKIPPED, neither FAILED nor green.
"""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


def _verdicts(notes: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(notes)]


def test_a_double_rounding_is_failed() -> None:
    steps = doc_steps("Halving the weight,\n$$\\frac{0.898}{2} = 0.449 \\approx 0.45 \\approx 0.5$$\n")
    assert [s.verdict.value for s in steps[:2]] == ["PROVED", "PASSED"], [(s.verdict, s.message) for s in steps]
    assert steps[2].verdict.value == "FAILED", steps[2].message
    assert "0.449" in steps[2].message


def test_a_double_rounding_after_a_stated_value_is_failed() -> None:
    # no exact member to go back to: the most precise number written before is the value's best account
    steps = doc_steps("With $w = 0.898$ the loss is\n$$L = 0.449 \\approx 0.45 \\approx 0.5$$\n")
    assert steps[-1].verdict.value == "FAILED", [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize("notes", [
    "$$\\sqrt 2 = 1.414 \\approx 1.41 \\approx 1.4$$\n",
    "$$\\frac{0.9}{2} = 0.45 \\approx 0.5$$\n",
    "$$e^{-1} = 0.3679 \\approx 0.368 \\approx 0.37 \\approx 0.4$$\n",
    "$$\\frac{1}{3} = 0.3333 \\approx 0.333 \\approx 0.33$$\n",
    "$$-\\frac{0.898}{2} = -0.449 \\approx -0.45 \\approx -0.4$$\n",
])
def test_roundings_of_the_value_stay_green(notes: str) -> None:
    assert all(v in GREEN for v in _verdicts(notes)), [(s.verdict, s.message) for s in doc_steps(notes)]


def test_a_sum_of_rounded_terms_explains_half_a_unit_each() -> None:
    # σ(2) = 0.8808: rounding 0.5 and 0.5 explains 1.0 ± 0.1 at most, truncation only values above 1.0
    steps = doc_steps("The sigmoid at two:\n$$\\sigma(2) \\approx 0.5 + 0.5 = 1.0$$\n")
    assert steps[0].verdict.value == "FAILED", steps[0].message


def test_a_difference_of_rounded_terms_keeps_its_absolute_rounding() -> None:
    # 1.0046 - 0.9951 = 0.0095; the terms written to 3 decimals explain 0.010 (relative errors times the
    # small value 0.01 explained only 1e-5: a right rounding FAILED)
    steps = doc_steps("$$1.0046 - 0.9951 = 1.005 - 0.995$$\n")
    assert steps[0].verdict.value in GREEN, steps[0].message


@pytest.mark.parametrize("notes", [
    "$$\\sigma(0.5) = \\frac{1}{1 + e^{-0.5}} = \\frac{1}{1 + 0.607} = 0.622$$\n",
    "$$0.5 \\log\\frac{0.5}{0.9} + 0.5 \\log 5 = -0.294 + 0.805$$\n",
    "$$e^{-0.5} + e^{-1} = 0.607 + 0.368$$\n",
    "$$e^{-0.5} + e^{-1} = 0.606 + 0.367$$\n",  # both truncated
    "$$(0.3 \\cdot 0.7 + 0.04 \\cdot 0.3) \\cdot 0.4 = 0.222 \\cdot 0.4$$\n",
])
def test_rounded_and_truncated_terms_stay_green(notes: str) -> None:
    assert all(v in GREEN for v in _verdicts(notes)), [(s.verdict, s.message) for s in doc_steps(notes)]


def test_a_term_rounded_the_wrong_way_is_failed() -> None:
    # 0.60653 + 0.36788 = 0.97441: 0.605 + 0.366 = 0.971 is further below it than rounding (half a unit a term)
    # or truncation (a unit a term, the written terms below the true ones) explains
    steps = doc_steps("$$e^{-0.5} + e^{-1} = 0.605 + 0.366$$\n")
    assert steps[0].verdict.value == "FAILED", steps[0].message


def test_rough_said_after_the_display_is_skipped() -> None:
    notes = ("Keeping the first term only,\n$$\\sigma(2) \\approx 0.5 + 0.5 = 1.0,$$\n"
             "which is a poor approximation this far from zero.\n")
    steps = doc_steps(notes)
    assert steps[0].verdict.value == "SKIPPED", steps[0].message
    assert steps[1].verdict.value in GREEN, steps[1].message


def test_rough_said_in_a_later_paragraph_does_not_count() -> None:
    notes = ("The sigmoid at two:\n$$\\sigma(2) \\approx 0.5 + 0.5 = 1.0$$\n\n"
             "## Next\n\nA rough rule of thumb: the learning rate is small.\n")
    assert doc_steps(notes)[0].verdict.value == "FAILED"


def test_a_worked_value_followed_by_other_prose_is_still_checked() -> None:
    notes = "$$\\sigma(1) \\approx 0.74$$\nThe next layer multiplies it by the weight.\n"
    assert doc_steps(notes)[0].verdict.value == "FAILED"


def test_rough_in_a_new_sentence_about_something_else_does_not_count() -> None:
    notes = "$$\\sigma(1) \\approx 0.74$$\nExpanding the square gives a rough bound below.\n"
    assert doc_steps(notes)[0].verdict.value == "FAILED"


@pytest.mark.parametrize("after", [
    "This is a crude estimate.",
    "— a poor approximation this far from zero.",
    "which is only roughly right.",
    "It is the first-order approximation, and not accurate here.",
])
def test_rough_said_of_the_display_after_it_is_skipped(after: str) -> None:
    notes = f"Keeping one term,\n$$e^{{0.3}} \\approx 1 + 0.3 = 1.3$$\n{after}\n"
    steps = doc_steps(notes)
    assert steps[0].verdict.value == "SKIPPED", steps[0].message
