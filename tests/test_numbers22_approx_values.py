r"""A worked value written with ``\approx`` is checked at the precision it writes, as one written with ``=``.

Notes write ``\sigma(1) = \frac{1}{1 + e^{-1}} \approx 0.731`` as often as ``= 0.731``. A link with
``\approx`` was SKIPPED "not an equality" whatever the number, so σ(1) ≈ 0.74 (wrong at the two decimals
written: σ(1) = 0.7311) left the notes without a FAILED. Where one member of the link is a rounded number
alone (a decimal, or a mantissa times a power of ten), ``\approx`` says "equal to the digits written" and the
link is checked as an equality at that precision (documents.precision): a right rounding is PASSED, a wrong
one FAILED as with ``=``. An approximation between formulas (``\log(1 + x) \approx x``) stays unchecked.
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    "$$\\sigma(1) = \\frac{1}{1 + e^{-1}} \\approx 0.74$$\n",
    "$$L = -\\log 0.5 \\approx 0.639.$$\n",
    "$$\\varphi(1) = \\frac{e^{-1/2}}{\\sqrt{2\\pi}} \\approx 0.224$$\n",
    "$$\\frac{20.086}{30.193} \\approx 0.656$$\n",
    "$$e^{-10} \\approx 4.54 \\times 10^{-4}$$\n",
])
def test_a_wrong_rounding_written_with_approx_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps, "no step"
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


@pytest.mark.parametrize("notes", [
    "$$\\sigma(1) = \\frac{1}{1 + e^{-1}} \\approx 0.731$$\n",
    "$$\\sigma(1) = \\frac{1}{1 + e^{-1}} \\approx 0.73$$\n",
    "$$L = -\\log 0.5 \\approx 0.693.$$\n",
    "$$\\frac{20.086}{30.193} \\approx 0.665$$\n",
    "$$e^{-10} \\approx 4.54 \\times 10^{-5}$$\n",
])
def test_a_right_rounding_written_with_approx_is_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and steps[-1].verdict.value in GREEN, steps[-1].message if steps else "no step"


@pytest.mark.parametrize("notes", [
    "For small $x$,\n$$\\log(1 + x) \\approx x - 0.5 x^2$$\n",
    "$$\\sigma(x) \\approx 0.5 + 0.25 x$$\n",
])
def test_an_approximation_between_formulas_is_not_checked(notes: str) -> None:
    steps = doc_steps(notes)
    assert all(s.verdict.value == "SKIPPED" for s in steps)
