"""The held-inverse reading is not offered where the prose says the other name is held fixed (review65 S2).

"costs $C = 3wh$ … For a fixed cost, substituting $h = C/(3w)$ …" then "With the height $h$ held fixed instead,
$$\\frac{\\partial P}{\\partial w} = 2 - \\frac{2C}{3w^2}$$" (wrong: with h fixed it is 2) was PROVED "when read with C
held fixed and h defined from it".
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# A pen

A pen of width $w$ and height $h$ has perimeter $P = 2w + 2h$ and costs $C = 3wh$.

For a fixed cost, substituting $h = C/(3w)$, the perimeter is a function of $w$ alone.

## Which is fixed

LEAD, the perimeter grows with the width at the rate

$$
\\frac{\\partial P}{\\partial w} = 2 - \\frac{2C}{3w^2}
$$
"""


def test_the_solved_name_said_fixed_keeps_the_literal_reading() -> None:
    assert verdicts_by_line(NOTE.replace("LEAD", "With the height $h$ held fixed instead")).get(12) == ["FAILED"]


def test_the_cost_held_fixed_keeps_the_held_inverse_reading() -> None:
    assert verdicts_by_line(NOTE.replace("LEAD", "With the cost held fixed")).get(12) == ["PROVED"]
