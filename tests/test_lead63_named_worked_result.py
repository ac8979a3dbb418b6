r"""A worked chain that names what it computes, ``q = x + y = 3``, is FAILED where the number is wrong at the stated
inputs (documents.statedintegers).

A forward pass worked by hand states its inputs ("with $x = -2$, $y = 5$, $z = -4$") and writes each intermediate
as a new name, its formula and its value: ``q = x + y = 3``. Such a link to an exact number was green only: right,
PROVED under the stated values; wrong (``= 4``), SKIPPED, because an exact number may state an equation the values
need not satisfy (a margin, a constraint). A chain that opens by naming a new quantity states no equation: the
number can only be that quantity's value, so a wrong one is FAILED (every value stated exactly once, no rounding, no
equation sought or imposed in the prose — statedintegers' conditions).
"""

from __future__ import annotations

from support import verdicts_by_line

PASS = "Consider $f(x, y, z) = (x + y) z$ with $x = -2$, $y = 5$, $z = -4$.\n\nForward: $q = x + y = {v}$.\n"


def test_the_right_value_is_proved_and_a_wrong_one_failed() -> None:
    assert verdicts_by_line(PASS.format(v="3"))[3] == ["SKIPPED", "PROVED"]
    assert verdicts_by_line(PASS.format(v="4"))[3] == ["SKIPPED", "FAILED"]


def test_a_display_naming_its_result_is_read_the_same_way() -> None:
    note = "Let $x = -2$ and $y = 5$.\n\n$$ q = x + y = {v} $$\n"
    assert verdicts_by_line(note.format(v="3"))[3] == ["SKIPPED", "PROVED"]
    assert verdicts_by_line(note.format(v="4"))[3] == ["SKIPPED", "FAILED"]


def test_an_equation_without_a_new_name_stays_green_only() -> None:
    note = "Let $x = -2$ and $y = 5$.\n\n$$ x + y = 4 $$\n"  # may be an equation the values need not satisfy
    assert verdicts_by_line(note)[3] == ["SKIPPED"]


def test_a_named_quantity_the_prose_imposes_stays_green_only() -> None:
    note = "Let $x = -2$ and $y = 5$. The constraint requires\n\n$$ m = x + y = 4 $$\n"
    assert verdicts_by_line(note)[3] == ["SKIPPED", "SKIPPED"]
