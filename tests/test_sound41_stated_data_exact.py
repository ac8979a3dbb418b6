r"""Entries the notes state as data are exact: a wrong sum of them is FAILED (sound41, documents.exactdata).

"The probabilities are $p = (0.5, 0.3, 0.2)$" then ``\sum_{i=1}^3 p_i = 0.9`` was SKIPPED "a value computed from
rounded inputs, another value of a name, or a slip": each entry's one decimal was taken as a possible rounding. Data
the notes state with ``=`` are exact unless the notes show them as roundings (``\approx``, "about", the rounded
result of an earlier computation); a sum or product of them that the written number is not, to its places, is
FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
# A distribution

STATEMENT

$$\sum_{i=1}^3 p_i = TOTAL$$
"""


def _last(statement: str, total: str) -> Verdict:
    return doc_steps(NOTES.replace("STATEMENT", statement).replace("TOTAL", total))[-1].verdict


@pytest.mark.parametrize("total", ["0.9", "2"])
def test_a_wrong_sum_of_stated_data_is_failed(total: str) -> None:
    assert _last(r"The probabilities are $p = (0.5, 0.3, 0.2)$.", total) is Verdict.FAILED


def test_the_right_sum_of_stated_data_is_proved() -> None:
    assert _last(r"The probabilities are $p = (0.5, 0.3, 0.2)$.", "1") is Verdict.PROVED


def test_a_wrong_sum_of_stated_values_is_failed() -> None:
    notes = "# Data\n\nTake $a = 0.5$ and $b = 0.3$.\n\n$$a + 2b = 1.2$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.FAILED
    assert doc_steps(notes.replace("1.2", "1.1"))[-1].verdict is Verdict.PROVED


def test_values_rounded_from_an_earlier_computation_are_not_data() -> None:
    # 0.33 rounds the 0.3333 written before it: a rounding of an earlier computation, not data
    notes = (r"# Data" "\n\n" r"$$\frac{1}{3} = 0.3333$$" "\n\n" r"so $q = 0.33$ and $r = 0.33$." "\n\n"
             r"$$3q + 3r = 2$$" "\n")
    assert doc_steps(notes)[-1].verdict is Verdict.SKIPPED


def test_a_quotient_of_stated_values_is_left_skipped() -> None:
    notes = "# Data\n\nTake $a = 0.5$ and $b = 0.3$.\n\n$$\\frac{a}{b} = 1.5$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.SKIPPED


def test_entries_the_notes_say_are_roundings_pass_within_their_places() -> None:
    statement = r"The weights are about a third each, $p = (0.33, 0.33, 0.33)$."
    assert _last(statement, "1") is Verdict.PASSED  # 0.99 ± 0.015
    assert _last(statement, "0.9") is Verdict.SKIPPED  # outside it, but rounded inputs: not called FAILED


def test_a_value_the_notes_computed_before_is_not_data() -> None:
    # 0.88 is the rounded sigma(2) of the display before it: 2p + 1 is 2.76 at it, the author's 2.762 uses 0.8808
    notes = "# Data\n\n$$\\sigma(2) \\approx 0.88$$\n\nso $p = 0.88$.\n\n$$2p + 1 = 2.762$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PASSED  # within p's rounding
