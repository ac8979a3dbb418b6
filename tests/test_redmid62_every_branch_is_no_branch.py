r"""An inline claim said to hold "in every case" / "on every piece" is about every branch: wrong on one, FAILED.

redmid62 (red team of stop 62; fresh67 00fd91d1, branchcases reads the words after an inline claim): the words
"case", "piece", "regime", "segment" after the claim made the step a claim on one branch, so a slope that holds
only on the middle piece of a definition by cases was SKIPPED "holds on the case 0 < z < 1", though the sentence
says it holds on every piece (FAILED on the base). Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_HINGE = """# A smoothed hinge

The loss of a margin $z = y\\,w^\\top x$ is

$$
g(z) = \\begin{cases} \\frac12 - z & z \\le 0, \\\\ \\frac12(1 - z)^2 & 0 < z < 1, \\\\ 0 & z \\ge 1. \\end{cases}
$$

The chain rule gives the gradient, with $g'(z) = z - 1$ AFTER.
"""


@pytest.mark.parametrize("after", ["in every case", "on every piece", "whatever the case", "in any regime",
                                   "in each case", "on the whole segment"])
def test_a_slope_of_one_piece_claimed_for_every_piece_fails(after: str) -> None:
    got = verdicts_by_line(_HINGE.replace("AFTER", after))
    assert got[9] == ["FAILED"], got


def test_a_slope_claimed_on_its_own_piece_is_not_failed() -> None:
    got = verdicts_by_line(_HINGE.replace("AFTER", "on the middle piece"))
    assert got[9] == ["SKIPPED"], got
