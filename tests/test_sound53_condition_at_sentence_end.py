r"""A region that ends the sentence leading into a display: "The derivative is one for $|x| < 1$:" (sound53).

documents.regions and documents.unreadconditions read the condition a sentence *opens* with ("For $|x| < 1$, …",
fresh47's "Inside $|r| \le c$, …"). Written at the end of the sentence, right before the display, the same region
was read as nothing: the clip's derivative, 1 on |x| < 1 as the notes say, FAILED at x = 3.7 — a false alarm on a
right note. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_CLIP = """# A clip

{lead}

$$
\\frac{{d}}{{dx}}\\min(\\max(x, -1), 1) = {rhs} .
$$
"""

_SCALED = """# A scaled clip

Take a threshold $c > 0$. {lead}

$$
\\frac{{d}}{{dx}}\\min(\\max(x, -c), c) = {rhs} .
$$
"""


@pytest.mark.parametrize("lead", ["The derivative is one for $|x| < 1$:", "The slope is one inside $|x| < 1$:",
                                  "We differentiate the clip where $|x| < 1$,"])
def test_a_region_at_the_end_of_the_sentence_is_the_display_s(lead: str) -> None:
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="1"))[6][-1] in ("PROVED", "PASSED")


def test_a_wrong_step_in_that_region_still_fails() -> None:
    assert verdicts_by_line(_CLIP.format(lead="The derivative is two for $|x| < 1$:", rhs="2"))[6][-1] == "FAILED"


def test_a_region_of_two_names_at_the_end_is_not_failed() -> None:
    # |x| < c writes two names: the condition is stated, not read (documents.unreadconditions): not FAILED
    assert verdicts_by_line(_SCALED.format(lead="The derivative is one for $|x| < c$:", rhs="1"))[6][-1] != "FAILED"


@pytest.mark.parametrize("lead", ["The derivative is not one for $|x| < 1$:",
                                  "For $x > 5$ the clip is flat, and the derivative is one for $|x| < 1$:"])
def test_a_negated_region_or_one_beside_another_formula_is_not_read(lead: str) -> None:
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="1"))[6][-1] not in ("PROVED", "PASSED")
