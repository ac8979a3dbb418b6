r"""A display the sentence after it calls wrong ("$$…$$ is wrong; it should be …") is the notes' rejection, not their
mistake (documents.rejected; redmid64).

rejected.rejection read, for a display, only the prose before it ("A common mistake is to write $$…$$"); an inline
formula's cue may follow it ("$…$ is wrong"). Errata and answer keys write the display first and reject it in the
sentence it belongs to: "The formula we gave last week, $$\frac{d}{dx}\tan x = \frac{1}{\sin^2 x},$$ is wrong; it
should be …". That display was FAILED — the notes' own warning reported as their mistake. A display followed by
words that do not reject it stays a claim.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Errata

The formula we gave last week,

$$\\frac{{d}}{{dx}}\\tan x = {rhs},$$

{after}
"""


@pytest.mark.parametrize(
    "after",
    [
        "is wrong; it should be $\\frac{1}{\\cos^2 x}$.",
        "which is incorrect: the derivative is $\\frac{1}{\\cos^2 x}$.",
    ],
)
def test_a_display_the_next_words_call_wrong_is_not_failed(after: str) -> None:
    got = verdicts_by_line(_NOTE.format(rhs="\\frac{1}{\\sin^2 x}", after=after))[5]
    assert got == ["SKIPPED"], got


def test_a_display_followed_by_other_words_is_still_failed() -> None:
    got = verdicts_by_line(_NOTE.format(rhs="\\frac{1}{\\sin^2 x}", after="is the one to use in the exercises."))[5]
    assert got == ["FAILED"], got


def test_a_right_formula_called_wrong_is_not_green() -> None:
    got = verdicts_by_line(_NOTE.format(rhs="\\frac{1}{\\cos^2 x}", after="is wrong; it should be something else."))[5]
    assert got == ["SKIPPED"], got
