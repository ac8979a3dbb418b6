r"""A value the notes state after a display, in a sentence that starts another case ("Later, in the second run, we
set $a = 0.3$"), is not the display's data beyond doubt (documents.exactdata).

sound46 noted it: the display ``2a = 0.8`` before such a sentence was FAILED "at the values the notes state as data
(a = 0.3 …)", although the display may well be about the first run (a = 0.4). A FAILED must hold under every
plausible reading, so the step stays SKIPPED there. A value stated right after the display as its own ("Here the
weight is $a = 0.3$") still makes the wrong number FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def _notes(after: str) -> str:
    return f"# Step\n\nThe update doubles the weight:\n\n$$2a = 0.8$$\n\n{after}\n"


def test_a_value_of_a_later_case_does_not_fail_the_display_before_it() -> None:
    for after in ("Later, in the second run, we set $a = 0.3$ and repeat.",
                  "Next we take $a = 0.3$ instead.", "In another run $a = 0.3$."):
        assert verdicts_by_line(_notes(after))[5] == ["SKIPPED"], after


def test_the_display_own_value_stated_after_it_still_fails_it() -> None:
    for after in ("Here the weight is $a = 0.3$.", "The weight is $a = 0.3$."):
        assert verdicts_by_line(_notes(after))[5] == ["FAILED"], after
