r"""A step about entries 1 and 2 of a family of general length may be about two entries only (fresh59).

A lecture defines the softmax over K classes, $p_i = \frac{e^{z_i}}{\sum_{k=1}^K e^{z_k}}$, then works the
two-class case in words ("With two classes …") and writes $p_1 p_2 = p_1(1 - p_1)$. The checker draws K = 3,
where p_2 ≠ 1 - p_1: the step was FAILED on a correct note. Written with entries 1 and 2 alone, the step may
be about K = 2; where it holds at the size its largest written entry sets it is SKIPPED (never green), and a
step that fails there too is still FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = ("# Softmax\n\nThe probabilities are $p_i = \\frac{e^{z_i}}{\\sum_{k=1}^K e^{z_k}}$.\n\n"
         "With two classes the product of the probabilities is\n\n$$\nSTEP\n$$\n")


def test_a_step_that_holds_for_its_written_entries_is_not_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", r"p_1 p_2 = p_1(1 - p_1)"))[8]
    assert verdicts == ["SKIPPED"]


def test_a_step_that_fails_for_its_written_entries_too_is_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", r"p_1 p_2 = p_1(1 + p_1)"))[8]
    assert verdicts == ["FAILED"]


def test_a_step_with_the_general_sum_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", r"\sum_{i=1}^K p_i^2 = 1 - p_1 p_2"))[8]
    assert verdicts == ["FAILED"]

