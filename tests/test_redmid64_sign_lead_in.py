r"""The line after a chain gives it ±1 labels ("…, since $y_i^2 = 1$") only where that line does not lead into the
next formula (documents.signlabels.scoped_signs; redmid64).

signlabels reads the line after a chain's last line for the fact it used ("$$…$$" then "since $y_i^2 = 1$."). That
line may instead be the lead-in of the next display — "The next model is simpler since $y^2 = 1$ there:", ending
with a colon — and its labels are the next model's: the first expansion, wrong for the notes' {0, 1} labels, was
PROVED "with y ±1, as the notes say". A justification that ends its sentence (". ", or none on the line) is still
read, and the display the lead-in introduces keeps its labels.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = r"""# Perceptron

With labels in $\{{0, 1\}}$ the norm grows slowly:
$$\|w + y x\|^2 = \|w\|^2 + 2 y w^\top x + \|x\|^2 ,$$
{after}
$$\|w - y x\|^2 = \|w\|^2 - 2 y w^\top x + \|x\|^2$$
"""


@pytest.mark.parametrize(
    "after",
    [
        "The next model is simpler since $y^2 = 1$ there:",
        "For the second model, using $y^2 = 1$ (its labels are signs), we get:",
    ],
)
def test_the_next_displays_lead_in_gives_no_labels_to_the_display_before(after: str) -> None:
    by_line = verdicts_by_line(_NOTE.format(after=after))
    assert by_line[4] == ["FAILED"]  # wrong at y = 0
    assert by_line[6] == ["PROVED"]  # the display the lead-in introduces keeps the ±1 labels


def test_a_justification_that_ends_its_sentence_is_still_read() -> None:
    text = _NOTE.format(after="since $y^2 = 1$. The second model is the same with a minus sign:")
    assert verdicts_by_line(text)[4] == ["PROVED"]
