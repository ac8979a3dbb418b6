r"""A value stated in an aside is not the value the lines after the aside are read at (redteam42).

sound41's latestvalues reads a name stated twice in a section at the value stated last before the chain. "Take $a =
2$ … (For comparison, with $a = 3$ one gets 10.) So for our value $$2a = 2 \cdot 3$$" was then PROVED at a = 3 — the
aside's value, in parentheses, a block quote or a footnote — though the notes' value is a = 2, at which the step
fails (v0.27.0 left a free: SKIPPED). A value in an aside is one of the name's other values: tried when a step
fails, never the one a step after the aside is read at."""

from __future__ import annotations

from support import doc_steps

NOTES = ("# Example\n\nTake $a = 2$. Then\n\n$$\na^2 + 1 = 2^2 + 1\n$$\n\nASIDE\n\nSo for our value\n\n"
         "$$\n2a = 2 \\cdot B\n$$\n")
GREEN = ("PROVED", "PASSED")


def _last(aside: str, b: str) -> str:
    return doc_steps(NOTES.replace("ASIDE", aside).replace("B", b))[-1].verdict.value


def test_a_value_in_parentheses_is_not_the_latest() -> None:
    assert _last("(For comparison, with $a = 3$ one gets 10.)", "3") not in GREEN


def test_a_value_in_a_block_quote_is_not_the_latest() -> None:
    assert _last("> Aside: with $a = 3$ one gets 10.", "3") not in GREEN


def test_a_value_in_a_footnote_is_not_the_latest() -> None:
    assert _last("[^cmp]: With $a = 3$ one gets 10.", "3") not in GREEN


def test_the_right_step_after_an_aside_is_read_at_the_notes_value() -> None:
    assert _last("(For comparison, with $a = 3$ one gets 10.)", "2") == "PROVED"


def test_a_value_stated_last_outside_an_aside_is_still_the_latest() -> None:
    assert _last("Now take $a = 3$ instead.", "3") == "PROVED"


def test_values_all_in_parentheses_are_read_as_before() -> None:
    notes = ("# Numbers\n\nWith $s = 0$ ($v = 1$) the check is\n\n$$\nv + 1 = 1 + 1\n$$\n\nWith $s = 2$ ($v = 4$) "
             "the check is\n\n$$\nv + 1 = 4 + 1\n$$\n")
    assert [s.verdict.value for s in doc_steps(notes)] == ["PROVED", "PROVED"]
