r"""A worked chain written with ``\approx`` alone, two or more times, is read as one with a single ``\approx``.

``0.693 \cdot \frac{6.6}{4.425} \approx 0.693 \cdot 1.4915 \approx 1.034`` (a BM25 score worked step by
step) had no ``=``, and only an equation of *one* ``\approx`` before a rounded number was kept as a worked
value (latex.roundedlinks): with two the whole chain was dropped as a statement, so a wrong last number
(``\approx 2.152``) left the notes green (fresh28's probe). The chain is now kept when every link is
``\approx`` and it ends in a rounded number; its links are judged as before (documents.roundedapprox).
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("notes", [
    "The score is $0.693 \\cdot \\frac{6.6}{4.425} \\approx 0.693 \\cdot 1.4915 \\approx 2.152$.\n",
    "$$\\frac{1}{3} \\approx 0.333 \\approx 0.35$$\n",
    "$$0.5 \\cdot 0.7 \\approx 0.35 \\approx 0.4 \\approx 0.5$$\n",
])
def test_a_wrong_number_at_the_end_of_an_approx_chain_is_failed(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps, "no step"
    assert steps[-1].verdict.value == "FAILED", steps[-1].message


@pytest.mark.parametrize("notes", [
    "The score is $0.693 \\cdot \\frac{6.6}{4.425} \\approx 0.693 \\cdot 1.4915 \\approx 1.034$.\n",
    "$$\\frac{1}{3} \\approx 0.333 \\approx 0.33$$\n",
])
def test_a_right_approx_chain_is_green(notes: str) -> None:
    steps = doc_steps(notes)
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]


def test_an_approx_chain_between_formulas_of_names_stays_unchecked() -> None:
    steps = doc_steps("For small $x$,\n$$e^x \\approx 1 + x \\approx 1.5$$\n")
    assert not any(s.verdict.value in GREEN for s in steps[:1]), [s.message for s in steps]
