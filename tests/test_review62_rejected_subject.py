r"""A "wrong value", "wrong sign" the prose names in passing is no warning about the display after it (lead62's cues).

lead62 read a display after "a wrong value would be", "the wrong derivative is" as the notes' warning (SKIPPED,
"the notes reject this formula"). The words also end sentences that are the notes' own claims: "The probability
of predicting the wrong value is $$q = …$$" (a quantity whose value is stated), "Differentiating with the wrong
sign, $$…$$" (how the step is taken). A mistake in such a display was SKIPPED where it was FAILED on the base.
"Wrong value" rejects the display only as the subject of its sentence ("A wrong value would be", "The wrong
derivative is", "Here, an incorrect result is:").
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = "Let $f(x) = x^2$.\n\n{PROSE}\n\n$$f'(x) = x$$\n"


@pytest.mark.parametrize(
    "prose",
    ["Squaring removes the wrong sign,", "The probability of predicting the wrong value is",
     "For a sample on the side of the incorrect result is", "Differentiating with the wrong sign,"],
)  # fmt: skip
def test_a_wrong_quantity_named_in_passing_leaves_the_display_a_claim(prose: str) -> None:
    got = verdicts_by_line(_NOTE.replace("{PROSE}", prose))
    assert got[5] == ["FAILED"], got


@pytest.mark.parametrize(
    "prose", ["A wrong value would be", "The wrong derivative is", "Here, an incorrect result is:",
              "Note that a wrong gradient would be", "A tempting but wrong derivative is"],
)  # fmt: skip
def test_a_wrong_value_as_the_subject_still_rejects_the_display(prose: str) -> None:
    got = verdicts_by_line(_NOTE.replace("{PROSE}", prose))
    assert got[5] == ["SKIPPED"], got


def test_an_inline_formula_after_the_wrong_sign_in_passing_is_a_claim() -> None:
    got = verdicts_by_line("Let $f(x) = x^2$.\n\nFor inputs with the wrong sign, $f'(x) = x$ as well.\n")
    assert got.get(3) == ["FAILED"], got
