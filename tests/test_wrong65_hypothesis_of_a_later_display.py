r"""A value the prose states after a display, leading into the next display, is that display's hypothesis only.

"$$f(x) = x^2 + 1 = 2$$ … Example 2. If $x = 1$, then $$2x = 2.$$": the supposition belongs to example 2, yet the
claim above it (it holds at x = ±1 only, and nothing there says x = 1) was PROVED "under the hypothesis x = 1"
(redmid64's leftover). A value stated after the display in its own sentence ("…, where $x = 2$.") is still read
with it, and a claim that needs it is never FAILED."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_LATER = r"""# Examples

Let $f(x) = x^2 + 1$.

$$f(x) = x^2 + 1 = 2$$

LEAD
$$2x = 2.$$
"""


@pytest.mark.parametrize(
    "lead",
    [
        "Example 2. If $x = 1$, then",
        "Example 2. If $x = 1$, then\n",
        "Now take $x = 1$ and compute:\n",
        "For the second example let $x = 1$; then",
    ],
)
def test_a_hypothesis_leading_into_the_next_display_does_not_make_the_one_before_green(lead: str) -> None:
    verdicts = verdicts_by_line(_LATER.replace("LEAD", lead))
    assert verdicts[5][1] == "SKIPPED"
    assert verdicts[max(verdicts)] == ["PROVED"]


def test_a_value_stated_after_its_display_in_its_own_sentence_is_read_with_it() -> None:
    notes = _LATER.replace("2$$\n", "2$$\nwith $x = 1$.\n", 1).replace("LEAD\n$$2x = 2.$$\n", "")
    verdicts = verdicts_by_line(notes)
    assert verdicts[5][1] == "PROVED"


def test_a_value_in_a_sentence_of_its_own_after_the_display_still_reads_it() -> None:
    notes = _LATER.replace("LEAD\n$$2x = 2.$$\n", "Here $x = 1$.\n")
    assert verdicts_by_line(notes)[5][1] == "PROVED"


def test_a_value_after_its_display_that_leads_into_the_next_is_never_failed() -> None:
    notes = _LATER.replace("LEAD", "If $x = 1$, this holds and")
    verdicts = verdicts_by_line(notes)
    assert "FAILED" not in verdicts[5]
    assert verdicts[max(verdicts)] == ["PROVED"]
