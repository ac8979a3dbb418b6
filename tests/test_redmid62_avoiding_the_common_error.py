r"""A display after "Avoiding the common error:" is the notes' own answer: wrong, it is FAILED.

redmid62 (red team of stop 62; fresh66 eeb6eb3c and lead62 dc54a382, rejected._DISPLAY_BEFORE takes "common
error/slip/pitfall", "wrong sign", "incorrect derivative" at the end of the prose as the notes rejecting the display):
prose that turns away from the error ("Avoiding the common error:", "Instead of the wrong gradient,", "Correcting
the wrong sign:", "After fixing the incorrect derivative:") introduces
the right answer, so a wrong display there was SKIPPED "the notes reject this formula … and it does fail" (FAILED on
the base). Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_KEY = """# Q1

Differentiate $f(x) = \\sin(x^2)$.

LEAD

$$\\frac{d}{dx} \\sin(x^2) = RIGHT$$
"""


@pytest.mark.parametrize("lead", ["Avoiding the common error:", "Instead of the common error,",
                                  "Without the common pitfall:", "Correcting the typical error,",
                                  "Correcting the wrong sign:", "After fixing the incorrect derivative:",
                                  "Instead of the wrong gradient,", "Replacing the incorrect step:"])
def test_a_wrong_answer_after_turning_from_the_common_error_fails(lead: str) -> None:
    got = verdicts_by_line(_KEY.replace("LEAD", lead).replace("RIGHT", "\\cos(x^2)"))
    assert got[7] == ["FAILED"], got


def test_the_common_error_itself_is_still_rejected() -> None:
    got = verdicts_by_line(_KEY.replace("LEAD", "A common error is to drop the inner derivative and write")
                           .replace("RIGHT", "\\cos(x^2)"))
    assert got[7] == ["SKIPPED"], got
