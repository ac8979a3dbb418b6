r"""A formula with some of its quantities already replaced by their numbers, at the values the notes state (fresh59).

A worked example states $x = (1, 2)^\top$ and $L = \frac14\|x\|^2$ (so L = 5/4), then writes the gradient step
with 1/L already worked out and y, x still letters: $w_1 = -\frac{1}{L}(\sigma(0) - 1) y x = \frac45 \cdot \frac12 y x$.
Read for arbitrary x the link fails (L moves with x): it was FAILED on a correct note. A link that writes arithmetic
on numbers beside letters is a worked one; where it holds at the values the notes state it is SKIPPED, saying so
(never green), and where it fails there too it is still FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = ("# A worked step\n\nFor a single point $x = (1, 2)^\\top$ the bound is $L = \\frac14\\|x\\|^2$.\n\n"
         "The step is\n\n$$\nw_1 = 0 - \\frac{1}{L}\\bigl(\\sigma(0) - 1\\bigr) y\\, x = STEP\n$$\n")


def test_a_partly_worked_link_that_holds_at_the_stated_values_is_not_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", r"\frac45 \cdot \frac12\, y\, x"))[8]
    assert "FAILED" not in verdicts
    assert verdicts[-1] == "SKIPPED"


def test_a_partly_worked_link_that_fails_at_the_stated_values_is_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", r"\frac54 \cdot \frac12\, y\, x"))[8]
    assert verdicts[-1] == "FAILED"


def test_a_general_link_is_not_read_at_the_stated_values() -> None:
    # 3x^2 = 6x holds at the stated x = 2, but the sentence leading in says the link is general
    note = ("# A step\n\nFor a single point $x = 2$ we look at $f = x^2$.\n\n"
            "In general\n\n$$\n\\frac{d}{dx} x^3 = 2 \\cdot 3\\, x\n$$\n")
    assert verdicts_by_line(note)[8] == ["FAILED"]
