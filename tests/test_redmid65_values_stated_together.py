r"""Values the notes state together for several names are tried together (redmid65; on the base too, and cover65's
tuples "(w_0, w_1) = (0.5, -1)" reach it).

"Start at $w_0 = 0.5$, $w_1 = -1$ and take one step to $w_0 = 0.4$, $w_1 = -0.8$." states two points on one line.
A step right at the first, `w_0 + w_1 = -0.5`, was FAILED at the values stated last (-0.4): documents.latestvalues
tried the other values one name at a time (0.5 with -0.8, 0.4 with -1), never the pair the notes stated together,
so no reading held. A FAILED must hold under every plausible reading: the start point is one. Every note is written
here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_TEXT = (
    "# Two steps\n\nStart at $w_0 = 0.5$, $w_1 = -1$ and take one step to $w_0 = 0.4$, $w_1 = -0.8$.\n\n"
    "$$w_0 + w_1 = {value}$$\n"
)


def test_a_step_right_at_the_first_point_stated_is_not_failed() -> None:
    by_line = verdicts_by_line(_TEXT.format(value="-0.5"))
    assert "FAILED" not in by_line[5], by_line


@pytest.mark.parametrize("value", ["-0.7", "-0.9"])
def test_a_step_wrong_at_both_points_still_fails(value: str) -> None:
    by_line = verdicts_by_line(_TEXT.format(value=value))
    assert by_line[5] == ["FAILED"], by_line
