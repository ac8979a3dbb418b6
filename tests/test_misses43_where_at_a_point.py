r""""…, which vanishes at $k = \sqrt{n}$, where $M = 2\sqrt{n}$": a "where" naming a place is no hypothesis (misses43).

fresh31's checkpointing note: after ``$$M'(k) = 1 - \frac{n}{k^2},$$`` the sentence "which vanishes at
$k = \sqrt{n}$, where $M = 2\sqrt{n}$" was read as the display's "where" hypothesis, so the derivative (right, and
the planted ``1 - \frac{n}{k}``) was SKIPPED "a hypothesis: only hypotheses linear in the variables they eliminate
are solved". A "where" right after "at $…$," says what holds at that point: the display is checked without it."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = ("# Checkpoints\n\nThe memory is $M(k) = k + \\frac{n}{k}$, with\n\n$$M'(k) = RIGHT,$$\n\n"
         "which vanishes at $k = \\sqrt{n}$, where $M = 2\\sqrt{n}$. Fine.\n")


def test_the_derivative_before_a_where_at_a_point_is_checked() -> None:
    assert verdicts_by_line(_NOTE.replace("RIGHT", "1 - \\frac{n}{k^2}"))[5] == ["PROVED"]
    assert verdicts_by_line(_NOTE.replace("RIGHT", "1 - \\frac{n}{k}"))[5] == ["FAILED"]


def test_a_where_after_the_display_itself_is_still_its_hypothesis() -> None:
    lines = verdicts_by_line("# Zero\n\n$$a x + 1 = 1,$$\n\nwhere $a = 0$.\n")
    assert lines[3] == ["PROVED"], lines  # the ordinary reading, unchanged
