r"""A display whose sentence goes on after it with a condition: "$$(y_a - z_b)^2 = y_a^2 - z_b^2$$ when $z_b = 0$."

The equation claims only what holds under the condition (z_b = 0), and it was FAILED as an identity (sound52 found it,
on v0.38.0 too): the condition written inside the display as a note (``\quad \text{when } z_b = 0``) already made it
SKIPPED, naming the condition (documents.notedcondition), but the same words in the prose right after the display, a
sentence going on in lower case, were not read. They are now that note. A sentence after the display that starts anew
(a capital) or states no relation over the step's names leaves the verdict as it was."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict


def _last(after: str) -> Verdict:
    text = f"Expand:\n\n$$(y_a - z_b)^2 = y_a^2 - z_b^2$$\n{after}"
    return [s for c in check_text(text, "notes.md").chains for s in c.result.steps][-1].verdict


@pytest.mark.parametrize("after", ["\nwhen $z_b = 0$.\n", "when $z_b = 0$.\n", "\nprovided $z_b = 0$.\n"])
def test_a_condition_going_on_after_the_display_is_its_note(after: str) -> None:
    assert _last(after) is Verdict.SKIPPED


@pytest.mark.parametrize("after", ["\nWhen $x = 0$ the loss vanishes.\n", "\nwhen we are done.\n"])
def test_other_prose_after_the_display_leaves_it_failed(after: str) -> None:
    assert _last(after) is Verdict.FAILED
