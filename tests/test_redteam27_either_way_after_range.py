r"""A range the prose leaves for both cases: "For $x > 0$ it is easy. Either way, $$\frac{d}{dx}|x| = 1$$".

redteam26's general turn (deniedranges.left_for_general) knew "in general", "otherwise", "in all cases" and
review31a's "the other case", but not the ways a course says the claim is for every case: "either way", "in
either case", "in both cases", "regardless", "for both signs". The range of the earlier sentence was read as
the display's and the wrong derivative was PROVED "as the prose states"; with a defined z ("For $z > 0$" as a
point filter, definedconditions) the wrong ReLU branch was PASSED. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

CUES = ["Either way,", "In either case,", "In both cases,", "Regardless,", "In every case,", "In any case,",
        "Whatever the sign,", "For both signs,", "In each case,"]  # fmt: skip


@pytest.mark.parametrize("cue", CUES)
def test_a_range_then_every_case_is_no_hypothesis(cue: str) -> None:
    notes = f"# Abs\n\nFor $x < 0$ the slope is $-1$. For $x > 0$ it is easy. {cue}\n\n$$\\frac{{d}}{{dx}}|x| = 1$$\n"
    r = doc_steps(notes)[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_a_condition_on_a_defined_name_then_either_way_is_no_filter() -> None:
    notes = ("# ReLU\n\nLet $z = w x + b$ and $h = \\max(0, z)$. For $z \\le 0$ the unit is dead. For $z > 0$ it "
             "is alive. Either way,\n\n$$\\frac{\\partial h}{\\partial w} = x$$\n")
    r = doc_steps(notes)[-1]
    assert r.verdict.value not in ("PROVED", "PASSED"), r.message


def test_the_range_in_the_claims_own_clause_still_holds() -> None:
    r = doc_steps("# Abs\n\nIn either case, for $x > 0$ we get\n\n$$\\frac{d}{dx}|x| = 1$$\n")[-1]
    assert r.verdict.value in ("PROVED", "PASSED"), r.message
