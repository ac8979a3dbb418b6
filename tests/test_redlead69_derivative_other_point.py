r"""A derivative worked by hand whose number is for another point than the stated inputs is no FAILED
(documents.statedintegers, redlead69).

lead69 reads ``\frac{ds}{dt} = 2 a t = 12`` after "with $a = 3$ and $t = 2$" as the derivative's value at the stated
inputs, so a wrong number is FAILED. Notes often work the same derivative again at another point without stating
the new inputs as ``t = 5``: "Later, at time five seconds", "Suppose instead the target were zero", "A second
example uses an input of one", a row of a table of samples, or simply the same formula worked to another number.
Each number was FAILED (SKIPPED before lead69): the prose starts another case or point, the notes have other values
of the inputs, or the formula was already worked to another number. A value halfway between two integers (2.5)
written as the integer above (3) is a rounding, not a slip. The lead's own wrong twin (no other point in sight)
stays FAILED.
"""

from __future__ import annotations

from support import verdicts_by_line

HEAD = "# Motion\n\nWith $a = 3$ and $t = 2$, the position is $s = a t^2$.\n\n$$\n\\frac{ds}{dt} = 2 a t = 12\n$$\n\n"
BACKPROP = ("# Backprop\n\nTake $x = 2$, $w_1 = 1$, $w_2 = 3$, target $y = 1$, with $\\hat y = w_2 w_1 x$ and "
            "$L = \\frac{1}{2}(\\hat y - y)^2$.\n\n$$\n\\frac{\\partial L}{\\partial w_1} = (\\hat y - y) w_2 x = 30\n"
            "$$\n\n")


def _second(note: str) -> str:
    return verdicts_by_line(note)[12][-1]


def test_a_value_later_in_time_is_no_slip() -> None:
    assert _second(HEAD + "Later, at time five seconds, the velocity is\n\n$$\n\\frac{ds}{dt} = 2 a t = 30\n$$\n") \
        != "FAILED"


def test_a_target_supposed_instead_is_no_slip() -> None:
    note = BACKPROP + "Suppose instead the target were zero. Then\n\n$$\n" \
        "\\frac{\\partial L}{\\partial w_1} = (\\hat y - y) w_2 x = 36\n$$\n"
    assert _second(note) != "FAILED"


def test_a_second_example_in_prose_is_no_slip() -> None:
    note = BACKPROP + "A second example uses an input of one and a target of zero:\n\n$$\n" \
        "\\frac{\\partial L}{\\partial w_1} = (\\hat y - y) w_2 x = 9\n$$\n"
    assert _second(note) != "FAILED"


def test_the_same_formula_worked_to_another_number_is_no_slip() -> None:
    note = BACKPROP + "With an input of one and a target of zero, the same weights give\n\n$$\n" \
        "\\frac{\\partial L}{\\partial w_1} = (\\hat y - y) w_2 x = 9\n$$\n"
    assert _second(note) != "FAILED"


def test_a_row_of_a_table_of_samples_is_no_slip() -> None:
    note = ("# Table\n\nTake $w = 3$ and $L = \\frac{1}{2}(w x - y)^2$ with the data $x = 2$, $y = 1$.\n\n"
            "| sample | x | y |\n|---|---|---|\n| 1 | 2 | 1 |\n| 2 | 1 | 0 |\n\nFor sample 2,\n\n$$\n"
            "\\frac{\\partial L}{\\partial w} = (w x - y) x = 3\n$$\n")
    assert verdicts_by_line(note)[13][-1] != "FAILED"


def test_a_half_rounded_up_is_no_slip() -> None:
    for x, v in (("1.25", "3"), ("-1.25", "-3")):
        note = f"# Slope\n\nTake $x = {x}$ and $y = x^2$.\n\n$$\n\\frac{{dy}}{{dx}} = 2x = {v}\n$$\n"
        assert verdicts_by_line(note)[6][-1] != "FAILED", x


def test_a_number_more_than_a_half_off_is_still_failed() -> None:
    note = "# Slope\n\nTake $x = 1.25$ and $y = x^2$.\n\n$$\n\\frac{dy}{dx} = 2x = 4\n$$\n"
    assert verdicts_by_line(note)[6][-1] == "FAILED"


def test_a_wrong_number_with_no_other_point_in_sight_is_still_failed() -> None:
    note = "# Motion\n\nWith $a = 3$ and $t = 2$, the position is $s = a t^2$.\n\n$$\n\\frac{ds}{dt} = 2 a t = 10\n$$\n"
    assert verdicts_by_line(note)[6][-1] == "FAILED"


def test_the_second_number_at_another_point_is_never_green() -> None:
    note = HEAD + "Later, at time five seconds, the velocity is\n\n$$\n\\frac{ds}{dt} = 2 a t = 31\n$$\n"
    assert _second(note) not in ("PROVED", "PASSED")
