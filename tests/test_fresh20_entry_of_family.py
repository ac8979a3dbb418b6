r"""An entry of a family the notes define, written again, is a claim about that entry.

"Student probabilities $p_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}$. … For two classes, $p_1 = \frac{1}{1 +
e^{(z_1 - z_2)/T}}$." was learned as a first definition of a new name ``p_1`` (the family's key is ``p``, the
entry's ``p_1``) and never read: a sign flipped in the exponent left the notes green with no step at all. The
entry is checked against the family's definition like any restatement: never green where it does not follow
from it. A recurrence's base case (``m_0 = 0`` beside ``m_t = \beta m_{t-1} + …``) stays a definition."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

FAMILY = "Student probabilities $p_i = \\frac{e^{z_i/T}}{\\sum_j e^{z_j/T}}$ with temperature $T$.\n\n"


def test_a_wrong_entry_is_not_left_unread() -> None:
    steps = doc_steps(FAMILY + "For two classes, $p_1 = \\frac{1}{1 + e^{(z_1 - z_2)/T}}$.\n")
    assert steps, "the entry was taken for a new definition and not read"
    assert all(s.verdict not in (Verdict.PROVED, Verdict.PASSED) for s in steps), [s.message for s in steps]


def test_a_wrong_entry_in_a_display_is_not_green() -> None:
    steps = doc_steps(FAMILY + "For two classes,\n$$p_1 = \\frac{1}{1 + e^{(z_1 - z_2)/T}}$$\n")
    assert steps
    assert all(s.verdict not in (Verdict.PROVED, Verdict.PASSED) for s in steps), [s.message for s in steps]


def test_an_entry_that_follows_from_the_family_is_checked_against_it() -> None:
    text = "Let $q_i = \\frac{2 x_i}{1 + y}$ for each $i$.\n\nIn particular $q_1 = \\frac{x_1 + x_1}{1 + y}$.\n"
    steps = doc_steps(text)
    assert steps and steps[0].verdict in (Verdict.PROVED, Verdict.PASSED), [(s.verdict, s.message) for s in steps]
    assert "definition of q" in steps[0].message


def test_a_base_case_of_a_recurrence_stays_a_definition() -> None:
    text = "The moment is $m_t = \\beta m_{t-1} + (1 - \\beta) g$ with $m_0 = 0$.\n\nSo $$m_1 = (1 - \\beta) g$$\n"
    steps = doc_steps(text)
    assert not any("anew" in s.message for s in steps), [s.message for s in steps]
