r"""``f(2, 1)`` of a function the notes define of a vector by its entries: f at x = (2, 1) (misses43).

fresh31's Polyak note: "Let $f(x) = \frac12(x_1^2 + 4x_2^2)$ and start at $x = (2, 1)$", then "$f(2, 1) = \frac12(4 +
4) = 4$" — and the planted ``\frac12(4 + 1) = 2.5`` — were SKIPPED "f takes 1 argument(s), got 2". Where the one
parameter's body writes only its entries 1 … k and the call gives k numbers or names, the call is f at the vector of
them."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = "# Polyak\n\nLet $f(x) = \\frac12\\left(x_1^2 + 4x_2^2\\right)$.\n\n$$f(2, 1) = RIGHT$$\n"


def test_a_call_with_the_entries_is_the_function_at_that_vector() -> None:
    assert verdicts_by_line(_NOTE.replace("RIGHT", "\\frac12(4 + 4)"))[5] == ["PROVED"]
    assert verdicts_by_line(_NOTE.replace("RIGHT", "\\frac12(4 + 1)"))[5] == ["FAILED"]  # was SKIPPED


def test_a_call_with_another_number_of_arguments_is_not_read_so() -> None:
    lines = verdicts_by_line(_NOTE.replace("f(2, 1)", "f(2, 1, 3)").replace("RIGHT", "4"))
    assert lines[5] == ["SKIPPED"], lines
