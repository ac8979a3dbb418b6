r"""A value the prose states as data stays data when its line also holds a display or another formula.

documents.exactdata reads a stated value as a possible rounding where its *line* holds a display (``$$``, ``\[``), a
formula with two ``=`` or ``\approx``: "Take $w = 0.5$, so $$4w = 2.0$$" then ``4w = 2.1`` was PASSED "equal within
the rounding of the values the notes state as roundings (w = 0.5): 2 moves by up to 0.2", and "Take $w = 0.5$ and
$b = 1$; then $z = w + b = 1.5$." then ``4w + b = 3.1`` likewise (sound49). Those formulas are about other names:
what makes the value a rounding is its own formula (``$p = \sigma(2) = 0.88$``, ``\approx``), a rounding word in its
sentence, or a longer decimal it rounds written before it — on its line too ("So $L = 0.69$ (numerically
$$-\log 0.5 \approx 0.6931$$)" keeps L a rounding). Every example is my own.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("note", [
    "# W\n\nTake $w = 0.5$, so $$4w = 2.0$$\n\nLater the prediction is\n\n$$4w = 2.1$$\n",
    "# W\n\nTake $w = 0.5$ and $b = 1$; then $z = w + b = 1.5$.\n\nThe prediction is\n\n$$4w + b = 3.1$$\n",
    "# W\n\nTake $w = 0.5$; then $\\sigma(w) \\approx 0.62$.\n\nThe prediction is\n\n$$4w = 2.1$$\n",
])  # fmt: skip
def test_a_value_beside_another_formula_is_data(note: str) -> None:
    assert doc_steps(note)[-1].verdict not in _GREEN


def test_in_a_tex_document_too() -> None:
    note = ("\\documentclass{article}\n\\begin{document}\n\\section{W}\nTake $w = 0.5$, so \\[4w = 2.0\\]\n\n"
            "Later the prediction is \\[4w = 2.1\\]\n\\end{document}\n")
    assert doc_steps(note, "t.tex")[-1].verdict not in _GREEN


def test_a_longer_decimal_on_its_line_keeps_it_a_rounding() -> None:
    note = ("# L\n\nSo the loss is $L = 0.69$ (numerically $$-\\log 0.5 \\approx 0.6931$$).\n\nThen\n\n"
            "$$3L = 2.08$$\n")
    assert doc_steps(note)[-1].verdict is not Verdict.FAILED


def test_its_own_computation_keeps_it_a_rounding() -> None:
    note = "# P\n\nThe model gives $p = \\sigma(2) = 0.88$, so\n\n$$2p = 1.76$$\n"
    assert doc_steps(note)[-1].verdict is not Verdict.FAILED


def test_a_rounding_word_in_its_sentence_keeps_it_a_rounding() -> None:
    note = "# W\n\nThe weight comes out at roughly $w = 0.67$, so $$3w = 2.0$$\n"
    assert doc_steps(note)[-1].verdict is not Verdict.FAILED


def test_only_the_values_that_may_be_roundings_move_in_the_box() -> None:
    # b = 0.33 may round the 0.3333 written before it (±0.005); w = 0.5 is data: 4w + b is 2.33 ± 0.005, not 2.43
    note = ("# W\n\nThe sample mean comes out at 0.3333 here.\n\nTake $w = 0.5$ and $b = 0.33$.\n\n"
            "The prediction is\n\n$$4w + b = 2.43$$\n")
    assert doc_steps(note)[-1].verdict not in _GREEN


def test_a_value_said_to_be_about_keeps_its_failed_beside_data() -> None:
    note = ("# W\n\nTake $w = 0.5$.\n\nThe bias is about $b = 0.33$.\n\nThe prediction is\n\n"
            "$$4w + b = 2.43$$\n")
    assert doc_steps(note)[-1].verdict is Verdict.FAILED
