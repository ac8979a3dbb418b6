r"""A range stated for one case is not the hypothesis of a display the prose gives "for the other case"
(review31a).

"For $z > 0$ we have $\partial h/\partial w = x$. For the other case, we get: $$\partial h/\partial w = x$$"
(z = wx + b, h = max(0, z)): the display is the z < 0 branch, and its wrong value was PASSED "under z > 0, as
the notes state" — the earlier sentence's range read as the display's. ``left_for_general`` knew "in general"
and "otherwise", not "the other case" / "the remaining case".
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)


@pytest.mark.parametrize("turn", ["For the other case, we get:", "In the remaining case we have",
                                  "For the opposite case:"])
def test_the_other_cases_display_is_not_read_under_the_first_cases_range(turn: str) -> None:
    text = ("# ReLU\n\nLet $z = wx + b$ and $h = \\max(0, z)$.\n\n"
            f"For $z > 0$ we have $h = z$. {turn}\n\n$$\\frac{{\\partial h}}{{\\partial w}} = x$$\n")
    *_, r = doc_steps(text)
    assert r.verdict not in GREEN, r.message


def test_a_free_quantitys_other_case_is_not_read_under_its_range() -> None:
    text = ("# Abs\n\nFor $x > 0$ the absolute value is $x$ itself. For the other case, we get:\n\n"
            "$$\\frac{d}{dx}|x| = 1$$\n")
    *_, r = doc_steps(text)
    assert r.verdict not in GREEN, r.message


def test_the_range_still_holds_without_the_turn() -> None:
    text = ("# ReLU\n\nLet $z = wx + b$ and $h = \\max(0, z)$.\n\n"
            "Suppose $z > 0$. Then we get:\n\n$$\\frac{\\partial h}{\\partial w} = x$$\n")
    *_, r = doc_steps(text)
    assert r.verdict in GREEN, r.message
