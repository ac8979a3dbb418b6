r"""A wrong value at a case whose every input the case fixes is FAILED (sound42, documents.guesses with casevalues).

"$$y = 2x + 1$$ When $x = 3$, $y = 8$." was SKIPPED "a worked number against a definition over x, whose values the
notes give only in prose": the guard for values stated in prose (maybe rounded, maybe another value) — but here the
case itself gives x, and y's definition reaches no other name: the case reading is the only plausible one, and at it
y = 7. Where another name the notes leave open is reached (``y = 2x + c``), the guard stays. Every example is written
here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = "# Line\n\nThe line is\n\n$$y = BODY$$\n\nWhen $x = 3$, $y = VALUE$.\n"


def _case(body: str, value: str) -> Verdict:
    return doc_steps(_NOTES.replace("BODY", body).replace("VALUE", value))[-1].verdict


def test_a_wrong_value_at_a_case_fixing_every_input_is_failed() -> None:
    assert _case("2x + 1", "8") is Verdict.FAILED
    assert _case("x^2 - 1", "9") is Verdict.FAILED


def test_a_right_value_at_the_case_stays_proved() -> None:
    assert _case("2x + 1", "7") is Verdict.PROVED
    assert _case("x^2 - 1", "8") is Verdict.PROVED


def test_a_case_that_leaves_a_name_open_is_not_failed() -> None:
    assert _case("2x + c", "8") is not Verdict.FAILED
