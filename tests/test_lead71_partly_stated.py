r"""A worked number whose inputs the prose states only in part: read at those, the rest free, green only if it holds
for every value of the rest (documents.partlyworked).

lead71's scalar network: "Let $h = \tanh(w_1 x + b_1)$ … With $w_1 = 0$ and $b_1 = 0$ we get $h = 0$." The notes never
give x, so the worked number was SKIPPED "a worked number against a definition over b_1, w_1, x, whose values the notes
give only in prose", though at the values stated it holds for every x. It is read there now; it is green only where it
holds for every value of the names left without one, and never FAILED on that reading (x may be meant at a value the
notes do not write). Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# A hidden unit

Let $h = \tanh(w_1 x + b_1)$ and $f = \sigma(w_2 h + b_2)$.

With $w_1 = 0$ and $b_1 = 0$ we get $h = RESULT$.
"""


def test_a_worked_number_that_holds_for_every_unstated_input_is_green() -> None:
    assert verdicts_by_line(_NOTE.replace("RESULT", "0"))[5] == ["PROVED"]


def test_a_wrong_worked_number_is_not_green() -> None:
    assert verdicts_by_line(_NOTE.replace("RESULT", "1"))[5] == ["SKIPPED"]


def test_a_number_that_holds_only_at_some_value_of_the_unstated_input_is_not_green() -> None:
    # with only w_1 stated, h = tanh(b_1) is no number: 0 holds at b_1 = 0 alone
    note = _NOTE.replace("$w_1 = 0$ and $b_1 = 0$", "$w_1 = 0$").replace("RESULT", "0")
    assert verdicts_by_line(note)[5] == ["SKIPPED"]


def test_the_derivative_through_the_stated_unit_is_green_and_its_slip_is_not() -> None:
    note = (_NOTE.replace("RESULT", "0") + "\nLet $L = \\tfrac12 (f - y)^2$. With $w_1 = b_1 = b_2 = 0$, "
            "$\\frac{\\partial L}{\\partial w_2} = VALUE$.\n")
    assert verdicts_by_line(note.replace("VALUE", "0"))[7] == ["PROVED"]
    assert verdicts_by_line(note.replace("VALUE", "1/4"))[7] == ["SKIPPED"]
