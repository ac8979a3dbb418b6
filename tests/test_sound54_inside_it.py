r""""… outside $|x| \le 1$; inside it is" before a display: the display is about the inside (sound54).

regions reads a region whose cue opens the sentence before a display ("Outside $|x| \le 1$,") or closes it ("… for
$|x| < 1$:"). A sentence that names the region with one cue and then turns to the other side in words — "The
derivative vanishes outside $|x| \le 1$; inside it is", "… outside $|x| \le 1$, while inside the interval" — was
read as nothing: the right derivative of the clip inside, 1, was FAILED at x = -1.56 (outside), a false alarm. The
turn in words ("inside it", "inside the interval/region/set", "outside it" after an inside cue) now names the
display's side of that region. Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_CLIP = """# A clip

{lead}

$$
\\frac{{d}}{{dx}}\\min(\\max(x, -1), 1) = {rhs} .
$$
"""

_LEADS = ["The derivative vanishes outside $|x| \\le 1$; inside it is",
          "The derivative vanishes outside $|x| \\le 1$, while inside the interval"]


@pytest.mark.parametrize("lead", _LEADS)
def test_the_right_inside_derivative_is_not_failed(lead: str) -> None:
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="1"))[6][-1] in ("PROVED", "PASSED")


@pytest.mark.parametrize("lead", _LEADS)
def test_a_wrong_inside_derivative_is_failed_and_the_outside_one_not_green(lead: str) -> None:
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="2"))[6][-1] == "FAILED"
    # "= 0" is also read as an equation the notes solve (SKIPPED so); never green inside
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="0"))[6][-1] not in ("PROVED", "PASSED")


def test_inside_then_outside_it_is_the_other_side() -> None:
    lead = "The derivative is one inside $|x| < 1$; outside it"
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="0"))[6][-1] in ("PROVED", "PASSED")
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="1"))[6][-1] == "FAILED"
