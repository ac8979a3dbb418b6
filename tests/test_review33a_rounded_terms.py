r"""A link between two formulas of numbers is compared at the digits of its rounded terms (review33a).

With no number alone on either side, every number the link writes set the precision and the coarsest won:
the exact input 0.5 of ``e^{-0.5}`` made ``\frac{1}{1 + e^{-0.5}} = \frac{1}{1 + 0.507}`` "equal to the 1
decimal written" (0.6225 against 0.6636), so a wrong digit in a worked sigmoid (e^{-0.5} = 0.607 written
0.507) left the chain green, its wrong result 0.664 with it. The precision claimed is that of the side the
author rounded: the one written to the finer digits, within a unit of its last digit per rounded term."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


def test_a_wrong_digit_of_a_rounded_term_is_failed() -> None:
    steps = doc_steps("$$\\sigma(0.5) = \\frac{1}{1 + e^{-0.5}} = \\frac{1}{1 + 0.507} = 0.664$$\n")
    assert len(steps) == 3
    assert steps[1].verdict.value == "FAILED", steps[1].message


@pytest.mark.parametrize("notes", [
    "$$\\sigma(0.5) = \\frac{1}{1 + e^{-0.5}} = \\frac{1}{1 + 0.607} = 0.622$$\n",
    "$$\\sigma(0.125) = \\frac{1}{1 + e^{-0.125}} = \\frac{1}{1 + 0.88} = 0.53$$\n",
    "$$0.5 \\log\\frac{0.5}{0.9} + 0.5 \\log 5 = -0.294 + 0.805$$\n",
    "$$\\frac{e^{3}}{e^{3} + e^{1} + e^{0.5}} = \\frac{20.086}{20.086 + 2.718 + 1.649}$$\n",
])
def test_rounded_terms_that_are_right_stay_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [(s.verdict, s.message) for s in steps]


def test_a_wrong_entry_of_a_rounded_matrix_is_still_failed() -> None:
    # a matrix's entries are one rounded number each: their units do not add up to a wider tolerance
    steps = doc_steps("$$\\frac{1}{5}\\begin{pmatrix} 3 & -1 \\\\ -1 & 2 \\end{pmatrix} = "
                      "\\begin{pmatrix} 0.6 & -0.2 \\\\ -0.2 & 0.2 \\end{pmatrix}$$\n")
    assert steps and steps[-1].verdict.value == "FAILED", [(s.verdict, s.message) for s in steps]
