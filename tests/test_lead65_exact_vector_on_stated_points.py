"""An exact vector of numbers against stated vectors: a worked computation (lead65).

"Take the points $x_1 = (0, 0)$ and $x_2 = (1, 0)$. Their mean is $$\\frac{x_1 + x_2}{2} = \\left(\\tfrac{1}{2},
0\\right)$$": written with decimals (``(0.5, 0)``) the line was read at the stated points and PROVED; written exactly
it was no worked line, so the points were not read, x_1 was inferred a scalar and the step SKIPPED "the shapes do not
fit" — a wrong centroid too. An exact list of numbers against names whose vectors the notes state is worked data, as
an exact number against stated scalars already was (documents.datasums). A wrong one is SKIPPED with both sides, as
a closed form at stated values is (it was SKIPPED for its shapes before: never green either way).
"""

from __future__ import annotations

import pytest
from support import doc_steps, verdicts_by_line

NOTE = """# One step of k-means

Take the points $x_1 = (0, 0)$, $x_2 = (1, 0)$ and $x_3 = (4, 4)$. The new centroid of the first cluster is

$$
\\mu_1 = \\frac{x_1 + x_2}{2} = MEAN .
$$
"""


@pytest.mark.parametrize("mean", ["\\left(\\tfrac{1}{2}, 0\\right)", "(\\frac{1}{2}, 0)"])
def test_an_exact_mean_of_stated_points_is_proved(mean: str) -> None:
    assert verdicts_by_line(NOTE.replace("MEAN", mean)).get(6, [])[-1:] == ["PROVED"]


@pytest.mark.parametrize("mean", ["\\left(1, 0\\right)", "(\\frac{1}{2}, \\frac{1}{2})"])
def test_a_wrong_exact_mean_of_stated_points_is_not_green_and_shows_both_sides(mean: str) -> None:
    # a closed form at stated values that differs is SKIPPED with both sides (documents.stated's policy: an input
    # may have been rounded before the closed form was written), never green
    last = doc_steps(NOTE.replace("MEAN", mean))[-1]
    assert last.verdict.value == "SKIPPED" and "at the values the notes state" in (last.message or "")
