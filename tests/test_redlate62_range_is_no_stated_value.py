r"""A range written ``$i = 1, \dots, n$`` states no value i = 1.

documents.stated split the inline formula at its commas and took the piece ``i = 1`` as a stated value, so after
"For $i = 1, \dots, n$ let $x_i$ be real samples." the wrong ``1 - i^2 = 0`` (and ``(1 + i)(1 - i) = 0``) was
PROVED "under the hypothesis i = 1 (stated in the notes)": a green for a step that holds at one index only. A
formula that enumerates (a piece that is ``\dots`` or a bare number after ``i = 1``: ``k = 1, 2, 3``) states no
value; ``$x = 1$`` and ``$a = 2, b = 3$`` still do."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.stated import stated_values


def test_an_enumeration_states_no_value() -> None:
    assert stated_values("For $i = 1, \\dots, n$ we sum.") == []
    assert stated_values("For $k = 1, 2, 3$ we sum.") == []
    assert stated_values("For $i = 1, \\ldots, N$.") == []


def test_values_are_still_stated() -> None:
    assert [(n, v) for n, v, _ in stated_values("At $x = 1$ we get")] == [("x", "1")]
    assert [(n, v) for n, v, _ in stated_values("With $a = 2, b = 3$ we get")] == [("a", "2"), ("b", "3")]


def test_a_step_true_at_the_first_index_only_is_not_green() -> None:
    note = "# C\n\nFor $i = 1, \\dots, n$ let $x_i$ be real samples.\n\n$$\n1 - i^2 = 0\n$$\n"
    assert verdicts_by_line(note)[6] != ["PROVED"]


def test_a_value_stated_at_a_point_still_gives_the_hypothesis() -> None:
    note = "# C\n\nAt $x = 1$ the residual vanishes:\n\n$$\n1 - x^2 = 0\n$$\n"
    assert verdicts_by_line(note)[6] == ["PROVED"]


def test_values_listed_before_dots_are_still_stated() -> None:
    got = [(n, v) for n, v, _ in stated_values("With $x_1 = 2, x_2 = 3, \\dots$ we get")]
    assert got == [("x_1", "2"), ("x_2", "3")]
