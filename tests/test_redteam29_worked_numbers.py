r"""Worked numbers read as the digits claim: one significant digit is no truncation, and a decimal comma
``0{,}5`` is not a thousands separator.

* ``e^{-1} \approx 0.3`` (0.3679…) was PASSED as "0.3 truncated": with one significant digit a cut
  digit is off by up to half the value, which no grader takes for 0.4. Truncation (``e^{-1} = 0.36``)
  is accepted where two or more significant digits are written.
* ``\sigma(0) = 0{,}500`` (notes with a decimal comma) was read as 500 and FAILED: a ``{,}`` after a
  lone 0, or followed by other than three digits, can only be a decimal comma.
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    "$$e^{-1} \\approx 0.3$$\n",
    "$$\\frac{1}{1+e^{-2}} = 0.8$$\n",
    "$$0.1 \\cdot 0.37 = 0.03$$\n",
])
def test_one_significant_digit_cut_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value == "FAILED", steps[-1].message if steps else "no step"


@pytest.mark.parametrize("notes", [
    "$$e^{-1} = 0.36$$\n",
    "$$e^{-1} \\approx 0.4$$\n",
    "$$\\frac{1}{1+e^{-2}} = 0.88$$\n",
    "$$\\frac{1}{1+e^{-2}} = 0.9$$\n",
    "$$\\sqrt{2} = 1.41$$\n",
])
def test_rounded_or_two_digits_cut_stay_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value in GREEN, steps[-1].message if steps else "no step"


@pytest.mark.parametrize("notes", [
    "$$\\frac{1}{1+e^{0}} = 0{,}500$$\n",
    "$$3 \\cdot 0{,}125 = 0{,}375$$\n",
    "$$\\frac{1}{4} = 0{,}25$$\n",
    "$$\\frac{3}{2} = 1{,}5$$\n",
])
def test_a_decimal_comma_is_a_decimal(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value in GREEN, steps[-1].message if steps else "no step"


@pytest.mark.parametrize("notes", ["$$\\frac{1}{4} = 0{,}35$$\n", "$$\\frac{3}{2} = 1{,}6$$\n"])
def test_a_wrong_decimal_comma_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value == "FAILED", steps[-1].message if steps else "no step"


def test_a_thousands_separator_still_joins() -> None:
    steps = doc_steps("$$0.05 \\cdot 9{,}900 = 495$$\n")
    assert steps and steps[-1].verdict.value in GREEN, steps[-1].message


@pytest.mark.parametrize(("notes", "verdicts"), [
    ("$$\\frac{1}{1+e^{-1}} = 0{,}731$$\n", GREEN),
    ("$$\\frac{1}{1+e^{-1}} = 0{,}74$$\n", ("FAILED",)),
])
def test_a_decimal_comma_is_written_to_its_digits(notes: str, verdicts: tuple[str, ...]) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value in verdicts, steps[-1].message if steps else "no step"
