r"""A value solved for in a sentence is checked in the equation it solves (gaps41).

"Setting the derivative to zero gives $2w - 6 = 0$, so $w = 2$." and the inline "$2w - 6 = 0 \Rightarrow w = 2$"
left the wrong root unchecked (the part after an inline arrow made no chain; after "so" it was only a stated
number). documents.solvedprose makes each a chain linked to the equation, decided by documents.solvedvalues."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.solvedprose import solved_in_prose

_NOTE = ("# A minimum\n\n$$f(w) = w^2 - 6w + 1$$\n\n"
         "Setting the derivative to zero gives $2w - 6 = 0$, so $w = ROOT$.\n\n"
         "Hence $2w - 6 = 0 \\Rightarrow w = ROOT$.\n\n"
         "Then $f'(w) = 2w - 6 = 0$ gives $w^* = ROOT$.\n")


def test_the_solution_and_its_equation_are_found() -> None:
    assert solved_in_prose("", "2w - 6 = 0 \\Rightarrow w = 3")[:4] == ("w", "3", "2w - 6", "0")
    found = solved_in_prose("Setting it to zero, $2w - 6 = 0$, so ", "w^* = 3")
    assert found is not None and found[:4] == ("w^*", "3", "2w - 6", "0")
    assert solved_in_prose("We have $2w - 6 = 0$. So ", "w = 3") is None  # another sentence
    assert solved_in_prose("With $b = 2$ we get ", "a = 4") is None  # the equation does not write a
    assert solved_in_prose("Take $2w - 6 = 0$ and ", "w = 3") is None  # no cue
    assert solved_in_prose("$2w - 6 = 0$, so ", "w = v + 1") is None  # not a number


def test_a_wrong_root_in_prose_is_failed_the_right_one_proved() -> None:
    wrong = verdicts_by_line(_NOTE.replace("ROOT", "2"))
    assert wrong[5][-1] == "FAILED" and wrong[7][-1] == "FAILED" and wrong[9][-1] == "FAILED", wrong
    right = verdicts_by_line(_NOTE.replace("ROOT", "3"))
    assert right[5][-1] == "PROVED" and right[7][-1] == "PROVED" and right[9][-1] == "PROVED", right


def test_one_root_of_several_is_not_green() -> None:
    lines = verdicts_by_line("# B\n\nThe stationary points solve $x^2 - 4 = 0$, so $x = 2$.\n")
    assert lines[3] == ["SKIPPED"], lines
