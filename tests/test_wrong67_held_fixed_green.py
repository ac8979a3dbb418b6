r"""A slope green only with the solved name held fixed, where the notes substitute it: SKIPPED, not PROVED.

"A pen … costs $C = 3wh$. For a fixed cost, substituting $h = C/(3w)$, the perimeter is $$P(w) = 2w +
\frac{2C}{3w}$$" then ``\frac{dP}{dw} = 2``: read literally (C := 3wh, h free) P is 2w + 2h and its slope 2, so the
step was PROVED (cover65 and wrong66 left it) — but the notes say h depends on w there, and 2 is the student's
slope with h forgotten. documents.heldinverse's reading (C held fixed, h := C/(3w)) is now also asked of a green
step that differentiates: where the step fails under it, it is SKIPPED saying it holds only with h held fixed.
"""

from __future__ import annotations

from support import PEN_FENCE as FENCE
from support import doc_steps, verdicts_by_line

GREEN = ("PROVED", "PASSED")


def test_the_slope_with_the_substituted_height_held_fixed_is_not_green() -> None:
    step = doc_steps(FENCE.replace("SLOPE", "2"))[-1]
    assert step.verdict.value not in GREEN, step.message
    assert "h held fixed" in step.message and "line 3" in step.message, step.message


def test_the_slope_at_a_fixed_cost_stays_green() -> None:
    step = doc_steps(FENCE.replace("SLOPE", r"2 - \frac{2C}{3w^2}"))[-1]
    assert step.verdict.value in GREEN, step.message


SAID = """# A pen

A pen of width $w$ and height $h$ has perimeter $P = 2w + 2h$ and costs $C = 3wh$.

For a fixed cost, substituting $h = C/(3w)$, the perimeter is a function of $w$ alone.

## Which is fixed

With the height $h$ held fixed instead, the perimeter grows with the width at the rate

$$
\\frac{\\partial P}{\\partial w} = 2
$$
"""


def test_the_height_said_held_fixed_keeps_the_slope_green() -> None:
    assert verdicts_by_line(SAID).get(12) == ["PROVED"]


INVERSE = r"""
The line is $y = sx + b$, and its inverse is $x = (y - b)/s$. Then

$$\frac{dy}{dx} = s$$
"""


def test_a_derivative_by_a_name_of_the_pair_stays_green() -> None:
    step = doc_steps(INVERSE)[-1]
    assert step.verdict.value in GREEN, step.message
