r""""Set this value to 0 to arrive at $$\sum_i x_i = n\mu$$": it follows from the display before set to 0 (misses43).

An equation the notes solve was recognised only by a zero side or a connective (⇔/⇒) at its start (gaps42): after
"The derivative is $$\frac{d\ell}{d\mu} = \sum_i (x_i - \mu).$$ Set this value to 0 to arrive at $$\sum_i x_i =
n\mu$$" the second display was SKIPPED "mu, x appear(s) on one side only". Words that set the display before to zero
right before a display link it (documents.equivalent) to that display's last member = 0: a rearrangement (a nonzero
multiple) is PROVED; anything else keeps the usual checks (never FAILED by the link)."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = ("# Mean\n\nThe derivative of the log-likelihood is\n\n$$\\frac{d}{d\\mu}\\left(-\\frac12 \\sum_{i=1}^n "
         "(x_i - \\mu)^2\\right) = \\sum_{i=1}^n (x_i - \\mu).$$\n\nCUE\n\n$$\\sum_{i=1}^n x_i = RIGHT$$\n")


@pytest.mark.parametrize("cue", ["Set this value to 0 to arrive at", "Setting it to zero gives",
                                 "Setting the derivative equal to zero, we get"])
def test_the_equation_after_setting_to_zero_is_linked(cue: str) -> None:
    lines = verdicts_by_line(_NOTE.replace("CUE", cue).replace("RIGHT", "n\\mu"))
    assert lines[9] == ["PROVED"], lines  # was SKIPPED "mu, x appear(s) on one side only"


def test_a_wrong_rearrangement_is_not_green() -> None:
    lines = verdicts_by_line(_NOTE.replace("CUE", "Set this value to 0 to arrive at").replace("RIGHT", "2n\\mu"))
    assert lines[9] != ["PROVED"] and lines[9] != ["PASSED"], lines


def test_without_the_words_the_display_is_not_linked() -> None:
    lines = verdicts_by_line(_NOTE.replace("CUE", "Separately, note that").replace("RIGHT", "n\\mu"))
    assert lines[9] == ["SKIPPED"], lines


def test_a_display_of_the_function_itself_is_not_what_is_set_to_zero() -> None:
    text = "# Min\n\nThe loss is\n\n$$L(w) = (w - 3)^2 + 1.$$\n\nSetting the derivative to zero gives\n\n$$w = 3$$\n"
    assert verdicts_by_line(text)[9] != ["FAILED"]  # a first version linked w = 3 to (w - 3)² + 1 = 0
