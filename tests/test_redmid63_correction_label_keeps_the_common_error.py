r"""Owning up to an earlier formula does not make a display that may *be* that formula the notes' claim (redmid63).

fresh69 (8cfada99, fdcf0f3c; rejected._display_cue): a "Correction:" label in the paragraph, or "was/were wrong" said of
a formula written before ("my first …", "above", "original"), turned the cue off, so the display after it was checked
as the notes' own answer. But (1) an answer key's "**Correction.** A common error is to drop the inner derivative and
write" still shows the error: the label is the paragraph's, the cue is the sentence's; (2) "My first answer was
wrong:" / "What I wrote above was wrong:" just as often shows that first answer again before fixing it: a failing
display there may be the rejected one, so a FAILED does not hold under every reading (a display that holds is the
fixed one under the other reading: green is fine). Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_KEY = """# Q1

Differentiate $f(x) = \\sin(x^2)$.

LEAD

$$\\frac{d}{dx} \\sin(x^2) = \\cos(x^2)$$
"""


@pytest.mark.parametrize("lead", [
    "**Correction.** A common error is to drop the inner derivative and write",
    "Correction: a common mistake is to write",
])
def test_a_common_error_under_a_correction_label_is_still_rejected(lead: str) -> None:
    assert verdicts_by_line(_KEY.replace("LEAD", lead))[7] == ["SKIPPED"]


@pytest.mark.parametrize("lead", [
    "My first answer was wrong:",
    "What I wrote above was wrong:",
    "The original answer was incorrect:",
    "Erratum. The formula in the first edition was wrong:",
])
def test_a_failing_display_after_owning_up_may_be_the_old_formula(lead: str) -> None:
    assert verdicts_by_line(_KEY.replace("LEAD", lead))[7] != ["FAILED"]
