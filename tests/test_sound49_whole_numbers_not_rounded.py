r"""A whole number the prose states is not a rounding to the unit: it does not excuse a worked number 10 % off.

documents.exactdata reads a value whose line also holds a display, "about", or a computation (``$z = w + b = 3$``)
as a possible rounding, and a step is PASSED when it is within the box the values' last digits leave. A whole number
had a box of ±0.5: "Take $w = 2$, so $$3w = 6.0$$" then ``3w = 6.6`` was PASSED "6 moves by up to 1.5 over their
places", and "Take $w = 2$ and $b = 1$; then $z = w + b = 3$." then ``3w + b = 7.4`` likewise (sound49). Notes round
decimals, not the whole numbers they state: such a step is not green. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("note", [
    "# W\n\nTake $w = 2$, so $$3w = 6.0$$\n\nLater the prediction is\n\n$$3w = 6.6$$\n",
    "# W\n\nTake $w = 2$ and $b = 1$; then $z = w + b = 3$.\n\nThe prediction is\n\n$$3w + b = 7.4$$\n",
    "# W\n\nTake $w = 2$, which is about the size we want.\n\nThe prediction is\n\n$$3w = 6.6$$\n",
])  # fmt: skip
def test_a_whole_number_is_no_rounding_that_excuses_a_wrong_step(note: str) -> None:
    assert doc_steps(note)[-1].verdict not in _GREEN


def test_in_a_tex_document_too() -> None:
    note = ("\\documentclass{article}\n\\begin{document}\n\\section{W}\nTake $w = 2$, so \\[3w = 6.0\\]\n\n"
            "Later the prediction is \\[3w = 6.6\\]\n\\end{document}\n")
    assert doc_steps(note, "t.tex")[-1].verdict not in _GREEN


def test_a_decimal_rounding_still_excuses_its_own_box() -> None:
    note = "# P\n\nThe model gives $p = \\sigma(1) = 0.73$.\n\nSo\n\n$$2p = 1.47$$\n"
    assert doc_steps(note)[-1].verdict is not Verdict.FAILED
