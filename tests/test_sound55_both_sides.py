r"""A sentence that opens with one side of a region and goes on to the other names no side for the display (sound55).

regions reads "Outside $|x| \le 1$ …" opening the sentence before a display as the display's side (|x| > 1).
"Outside $|x| \le 1$ the clip is flat, and inside it is the identity, so $$\frac{d}{dx}\,c(x) = 0$$" names both
sides; the display after "so" may be about either, or both. It was PASSED "outside $|x| \le 1$, as the notes state"
— the inside reading fails. A sentence that goes on to the other side in words ("inside it", "within it", "outside
the interval", "elsewhere") after its opening region is now read as a condition the checker cannot settle: a failing
step is SKIPPED, naming both sides. A sentence that names one side only reads as before. Every note is written here."""

from __future__ import annotations

from support import verdicts_by_line

_CLIP = """# A clip

{lead}

$$
\\frac{{d}}{{dx}}\\min(\\max(x, -1), 1) = {rhs} .
$$
"""


def test_both_sides_named_is_not_green() -> None:
    lead = "Outside $|x| \\le 1$ the clip is flat, and inside it is the identity, so"
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="0"))[6][-1] == "SKIPPED"


def test_both_sides_named_is_not_failed_either() -> None:
    lead = "When $|x| < 1$ the clip is the identity, and outside it is flat, so"
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="0"))[6][-1] == "SKIPPED"


def test_one_side_named_reads_as_before() -> None:
    lead = "Outside $|x| \\le 1$ the clip is flat, so"
    assert verdicts_by_line(_CLIP.format(lead=lead, rhs="0"))[6][-1] in ("PROVED", "PASSED")
