r"""A convex objective's stationary point is its minimiser only over the whole space (redmid63, on gaps63 7ef07788).

gaps63 (documents.convexform) proves ``\arg\min_w J = b`` where J is convex by its form and ∇J(b) = 0 — unless the
prose or the members say the optimum may be constrained (optimum.CONSTRAINED: "subject to", "≥", "\in [", ...). But
a domain said in other words — "over nonnegative $w$", "over $w \in \mathbb{R}_+$", "over the positive reals", "over
the unit ball" — restricts the optimum as much: the minimiser of (w − y)² over w ≥ 0 is max(y, 0), not y, and the
step was PROVED (SKIPPED on the base: "needs the objective convex, which is not shown"). Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = """# Fit

Let $y \\in \\mathbb{R}$.

LEAD

$$\\arg\\min_w \\, (w - y)^2 = y$$
"""


@pytest.mark.parametrize("lead", [
    "We fit a nonnegative weight: over nonnegative $w$,",
    "Over $w \\in \\mathbb{R}_+$, the minimiser is",
    "Over the positive reals, the minimiser is",
    "Over the unit ball, the minimiser is",
])
def test_an_unconstrained_minimiser_claimed_over_a_set_is_not_green(lead: str) -> None:
    got = verdicts_by_line(_NOTES.replace("LEAD", lead))[7]
    assert not {"PROVED", "PASSED"} & set(got), got


def test_ridge_over_the_whole_line_with_a_stated_positive_penalty_is_still_proved() -> None:
    text = """# Ridge in one dimension

Let $\\lambda > 0$ and $y \\in \\mathbb{R}$.

$$\\arg\\min_\\beta \\, (y - \\beta)^2 + \\lambda \\beta^2 = \\frac{y}{1 + \\lambda}$$
"""
    assert verdicts_by_line(text)[5] == ["PROVED"]


@pytest.mark.parametrize("given", ["Let $k \\in \\mathbb{Z}$ and $y \\in \\mathbb{R}$.",
                                   "Let $y \\in \\mathbb{R}$ and let $k$ be an integer."])
def test_a_stationary_point_over_the_integers_is_not_green(given: str) -> None:
    # the minimiser of (k - y)^2 over integers k is y rounded, not y
    text = f"# Rounding\n\n{given}\n\n$$\\arg\\min_k \\, (k - y)^2 = y$$\n"
    got = verdicts_by_line(text)[5]
    assert not {"PROVED", "PASSED"} & set(got), got
