r"""A start value and an iterate of one name stated on one line are both tried (sound44, documents.latestvalues).

"Start at $w = 1$. After one step $w = 0.8$." then "the loss at the start was $w^2 + 1 = 2.5$" (wrong at both: 2
and 1.64) was SKIPPED: two values on one line left the name undecided and free (misses43). The last written on the
line is read and the other tried: FAILED where the step is wrong at every value; a step right at one of them is
SKIPPED, never green (which value the line means is not decided). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = "# I\n\nStart at $w = 1$. After one step $w = 0.8$.\n\nLINE\n"


def _line(line: str) -> list[str]:
    return verdicts_by_line(_NOTES.replace("LINE", line))[5]


def test_wrong_at_every_value_is_failed() -> None:
    assert _line("The loss at the start was $w^2 + 1 = 2.5$.") == ["FAILED"]
    assert _line("The loss after the step is $w^2 + 1 = 1.8$.") == ["FAILED"]


def test_right_at_one_value_is_not_green() -> None:
    assert _line("The loss after the step is $w^2 + 1 = 1.64$.") == ["SKIPPED"]
    assert _line("The loss at the start was $w^2 + 1 = 2.0$.") == ["SKIPPED"]
