r"""A value stated as data is not "a rounding of an earlier number" by coincidence of digits (misses43).

fresh31's Hoeffding note: "1. With $\epsilon = 0.05$ …: $2\epsilon^2 = 0.005$" then "2. With $\epsilon = 0.1$ …:
$2\epsilon^2 = 0.01$" (0.02) was SKIPPED "at the values the notes state (ε = 0.1) this side is 0.02, not the 0.01
written": documents.exactdata took ε = 0.1 for a rounding of the earlier 0.05 (0.05 to one place is 0.1), and
looked at every decimal of the line, the claim's own 0.01 too (0.005 to two places). A stated value is a rounding of
an earlier number only where that number equals it or has more significant digits (0.8808 → 0.88), and only the
name's own statement on the line is asked."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = ("# Numbers\n\n1. With $\\epsilon = 0.05$ and $\\delta = 0.05$: $2\\epsilon^2 = 0.005$, so it holds.\n"
         "2. With $\\epsilon = 0.1$ and the same $\\delta$: $2\\epsilon^2 = VALUE$, so it holds.\n")


def test_a_wrong_worked_number_at_data_after_a_coincident_decimal_is_failed() -> None:
    lines = verdicts_by_line(_NOTE.replace("VALUE", "0.01"))
    assert lines[3] == ["PROVED"], lines
    assert lines[4] == ["FAILED"], lines  # was SKIPPED


def test_the_right_number_is_proved() -> None:
    assert verdicts_by_line(_NOTE.replace("VALUE", "0.02"))[4] == ["PROVED"]


def test_a_rounding_of_a_longer_earlier_value_is_still_no_data() -> None:
    text = ("# Loss\n\n$$\\sigma(2) \\approx 0.8808$$\n\nTake $p = 0.88$ and $q = 2$.\n\n"
            "Then $pq = 1.7$ there.\n")
    assert verdicts_by_line(text)[7] != ["FAILED"]  # 0.88 rounds 0.8808: a rounded input (1.76 vs 1.7), not data
