r"""A value stated for a name in the sentence that computes it by a formula of numbers is a rounding of that formula's
value (sound43, documents.sentencecomputed).

"The loss is $L = 0.69$, where $$L = -\log 0.4.$$" (−log 0.4 = 0.916): the display was SKIPPED and ``3L = 2.07``
PROVED at the stated 0.69 (review42). Now the display is FAILED (0.69 is no rounding of −log 0.4, with 0.4 read
as rounded too) and a later step green at 0.69 is SKIPPED; 0.92 stays PASSED with its step PASSED (it holds at the
value written; PROVED before sound47), and a value that is a rounding (0.69 for −log 0.5) likewise. Every example
is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = "# Loss\n\nThe loss is $L = STATED$, where $$L = -\\log PROB.$$\n\nThree copies give $$3L = TRIPLE$$\n"


def _notes(stated: str, prob: str, triple: str) -> dict[int, list[str]]:
    return verdicts_by_line(_NOTES.replace("STATED", stated).replace("PROB", prob).replace("TRIPLE", triple))


def test_a_stated_value_that_is_no_rounding_of_the_sentence_formula_fails() -> None:
    got = _notes("0.69", "0.4", "2.07")
    assert got[3] == ["FAILED"]
    assert got[5] == ["SKIPPED"]  # rests on the wrong 0.69


def test_the_right_rounding_stays_green() -> None:
    # the later step holds at the value written, a rounding of the formula after it: PASSED, as roundedgivens
    # judges the same notes written formula first (sound47, documents.restatedvalues; was PROVED)
    got = _notes("0.92", "0.4", "2.76")
    assert got[3] == ["PASSED"] and got[5] == ["PASSED"]
    got = _notes("0.69", "0.5", "2.07")
    assert got[3] == ["PASSED"] and got[5] == ["PASSED"]


def test_a_value_in_another_sentence_is_not_read_so() -> None:
    text = "# Loss\n\nThe loss is $L = 0.69$. For another class we get\n\n$$L = -\\log 0.4.$$\n"
    assert verdicts_by_line(text)[5] != ["FAILED"]
