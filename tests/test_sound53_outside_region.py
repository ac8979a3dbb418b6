r""""Outside $|x| \le 1$, …" before a display: the region the display is stated in is the *other* side (sound53).

fresh47 made *inside*, *within* and *outside* cues of a region (documents.regions) so that "Inside $|r| \le c$" and
"Outside, for $|x| > 1$," are read. Written right before its formula, "outside" names the region the display is
NOT about: read as "for $|x| \le 1$", a wrong derivative of the clip's inner piece was PASSED "under $|x| \le 1$, as
the notes state" and the right one FAILED with a counterexample inside; documents.ranges read "Outside $x \le 1$"
as the range x ≤ 1 alike. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_CLIP = """# A clipped magnitude

{lead} the derivative is

$$
\\frac{{d}}{{dx}}\\max(|x|, 1) = {rhs} .
$$
"""

_HINGE = """\\section{{Hinge}}

{lead} the derivative is
\\[
\\frac{{d}}{{dx}}\\max(0, 1 - x) = {rhs} .
\\]
"""


@pytest.mark.parametrize("lead", ["Outside $|x| \\le 1$,", "Outside of $|x| \\le 1$", "Outside the region $|x| < 1$,"])
def test_a_wrong_step_outside_a_region_is_not_green(lead: str) -> None:
    # 0 is the derivative inside |x| < 1, not outside it
    verdicts = verdicts_by_line(_CLIP.format(lead=lead, rhs="0"))[6]
    assert verdicts[-1] not in ("PROVED", "PASSED")


@pytest.mark.parametrize("lead", ["Outside $|x| \\le 1$,", "Outside of $|x| \\le 1$"])
def test_a_right_step_outside_a_region_is_not_failed(lead: str) -> None:
    verdicts = verdicts_by_line(_CLIP.format(lead=lead, rhs="\\operatorname{sign}(x)"))[6]
    assert verdicts[-1] != "FAILED"


def test_outside_a_one_sided_range_is_not_that_range() -> None:
    # "Outside $x \le 1$" is x > 1, where the hinge is flat: -1 is the slope of the other side
    verdicts = verdicts_by_line(_HINGE.format(lead="Outside $x \\le 1$,", rhs="-1"), "notes.tex")[5]
    assert verdicts[-1] == "FAILED"  # checked for x > 1, where it fails: not excused as a range denied
    verdicts = verdicts_by_line(_HINGE.format(lead="Outside $x \\le 1$,", rhs="0"), "notes.tex")[5]
    assert verdicts[-1] != "FAILED"


def test_inside_and_outside_for_keep_their_region() -> None:
    # the region named by "inside", and by "for" after "Outside,", is the display's (fresh47)
    assert verdicts_by_line(_CLIP.format(lead="Inside $|x| \\le 1$,", rhs="0"))[6][-1] in ("PROVED", "PASSED")
    assert verdicts_by_line(_CLIP.format(lead="Inside $|x| \\le 1$,", rhs="1"))[6][-1] == "FAILED"
    text = _CLIP.format(lead="Outside, for $|x| > 1$,", rhs="\\operatorname{sign}(x)")
    assert verdicts_by_line(text)[6][-1] in ("PROVED", "PASSED")
