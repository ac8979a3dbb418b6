r"""A range the sentence defers to later is not the hypothesis of the display after it (review31a).

"Let $z = wx + b$, $h = \max(0, z)$. We only treat $z > 0$ later; first the derivative. $$\partial h/\partial
w = x$$" was PASSED "under z > 0, as the notes state": the notes say the opposite — the display is the general
case, and the z > 0 case comes later. ``ranges._ELSEWHERE`` knew "treated later", not "we treat … later".
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("lead", [
    "We only treat $z > 0$ later; first the derivative.",
    "We return to $z > 0$ in the next section. First, in general:",
    "The case $z > 0$ comes later. In general we have",
])  # fmt: skip
def test_a_deferred_defined_condition_is_not_applied(lead: str) -> None:
    text = f"# ReLU\n\nLet $z = wx + b$ and $h = \\max(0, z)$. {lead}\n\n$$\\frac{{\\partial h}}{{\\partial w}} = x$$\n"
    *_, r = doc_steps(text)
    assert r.verdict not in GREEN, r.message


def test_a_deferred_range_of_a_free_quantity_is_not_applied() -> None:
    text = "# Abs\n\nWe discuss $x > 0$ later; first the general case.\n\n$$\\frac{d}{dx}|x| = 1$$\n"
    *_, r = doc_steps(text)
    assert r.verdict not in GREEN, r.message


def test_a_range_stated_for_the_display_is_still_its_own() -> None:
    text = ("# ReLU\n\nLet $z = wx + b$ and $h = \\max(0, z)$. For $z > 0$:\n\n"
            "$$\\frac{\\partial h}{\\partial w} = x$$\n")
    *_, r = doc_steps(text)
    assert r.verdict in GREEN, r.message
