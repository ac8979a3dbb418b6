r"""A defined name the prose gives a new value in words is read at that value from there on (green69, issue 8 §4).

"Let $x = 10$, $y = 9.9$ and $d = x^2 - y^2$. Suppose instead $d = 1.5$. Then $$d + 1 = 2.99$$" was PROVED on the
base: the step was read through d's definition at the stated x, y (1.99), though the notes' d is 1.5 from "Suppose
instead" on (redlead68 noticed it). The same with "Now let", a new section's "Take", and a name reached through a
definition (L = z² after z is given anew). documents.renewedvalues reads the worked step again at the renewed value:
the wrong twin is not green (SKIPPED), the right twin is green. A renewal's sentence holding a decimal was cut at
its decimal point (documents.renewednames._SENTENCE), so "instead $d = 1.5$" renewed nothing."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.renewednames import renewals
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

DIFFERENCE = r"""
# Notes

Let $x = 10$, $y = 9.9$ and $d = x^2 - y^2$.

Suppose instead $d = 1.5$. Then

$$d + 1 = VALUE$$
"""

SUM = r"""
# Notes

Let $a = 2$, $b = 1$ and $s = a + b$.

WORDS Then

$$2 s = VALUE$$
"""

THROUGH = r"""
# Notes

Let $w = 2$, $x = 1.5$ and $z = w x$, $L = z^2$.

Suppose instead $z = 1$. Then

$$L = VALUE$$
"""


def _last(notes: str, value: str, words: str = ""):
    return doc_steps(notes.replace("VALUE", value).replace("WORDS", words))[-1]


def test_a_value_at_the_old_definition_is_not_green_after_suppose_instead() -> None:
    last = _last(DIFFERENCE, "2.99")  # d + 1 at d = x² − y² = 1.99; the notes' d is 1.5
    assert last.verdict not in _GREEN, last.message
    assert "d = 1.5" in last.message


def test_the_value_at_the_renewed_value_is_green() -> None:
    last = _last(DIFFERENCE, "2.5")
    assert last.verdict in _GREEN, last.message


@pytest.mark.parametrize("words", ["Now let $s = 5$.", "Suppose instead $s = 5$.", "## Exercise 2\n\nTake $s = 5$."])
def test_a_renewed_value_in_other_words_is_in_force(words: str) -> None:
    wrong = _last(SUM, "6", words)
    assert wrong.verdict not in _GREEN, wrong.message
    right = _last(SUM, "10", words)
    assert right.verdict in _GREEN, right.message


def test_a_name_reached_through_a_definition_is_read_at_its_renewed_value() -> None:
    wrong = _last(THROUGH, "9")  # z = wx = 3 at the stated values; z is 1 from "Suppose instead" on
    assert wrong.verdict not in _GREEN, wrong.message
    right = _last(THROUGH, "1")
    assert right.verdict in _GREEN, right.message


def test_a_step_before_the_renewal_keeps_the_definition() -> None:
    notes = r"""
Let $a = 2$, $b = 1$ and define $s = a + b$. Then

$$2 s = 6$$

Suppose instead $s = 4$. Then

$$s^2 = 16$$
"""
    steps = doc_steps(notes)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]


@pytest.mark.parametrize("words", ["With $s = 3$ we get", "If instead $s = 5$, the sum would double. Here"])
def test_a_value_not_given_anew_leaves_the_definition_in_force(words: str) -> None:
    last = _last(SUM, "6", words)  # s = 3 agrees with a + b; a counterfactual renews nothing
    assert last.verdict in _GREEN, last.message


def test_a_renewing_sentence_with_a_decimal_is_one_sentence() -> None:
    found = renewals("Let $x = 10$, $y = 9.9$ and $d = x^2 - y^2$.\n\nSuppose instead $d = 1.5$. Then\n", decimals=True)
    assert any("d" in r.heads and r.first == 3 for r in found), found
