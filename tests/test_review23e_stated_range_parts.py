r"""A range stated with another condition beside it that the checker cannot read (review23e).

trust15's ``guesses._stated_range`` took "For $x > 0$ and even $n$, $$(-x)^n = x^n$$" as a range that says the
display is an identity and dropped the doubt 'an equation between undeclared quantities': checked with x > 0
only, the right display was FAILED. Where the display's sentence also states a condition on its names that is
not read, the doubt stays. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict


@pytest.mark.parametrize("text", [
    "# Powers\n\nFor $x > 0$ and even $n$,\n\n$$(-x)^n = x^n$$\n\nNext.\n",
    "# Powers\n\nFor $x > 0$ and $n$ even,\n\n$$(-x)^n = x^n$$\n\nNext.\n",
    "# Sums\n\nFor $x > 0$ and $y$ of the same sign,\n\n$$|x + y| = |x| + |y|$$\n\nNext.\n",
])
def test_a_range_beside_an_unread_condition_is_no_identity(text: str) -> None:
    r = doc_steps(text)[-1]
    assert r.verdict is Verdict.SKIPPED, r.message


def test_a_range_read_whole_still_fails_a_wrong_display() -> None:
    r = doc_steps("# Roots\n\nFor $x > 0$ and $y > 0$,\n\n$$\\sqrt{x y} = -\\sqrt{x}\\sqrt{y}$$\n\nNext.\n")[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_a_single_range_still_fails_a_wrong_display() -> None:
    r = doc_steps("# Roots\n\nFor $x > 0$,\n\n$$\\sqrt{x^2} = -x$$\n\nNext.\n")[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_a_display_right_under_the_part_read_is_still_green() -> None:
    r = doc_steps("# Roots\n\nFor $x > 0$ and even $n$,\n\n$$\\sqrt{x^2} = x$$\n\nNext.\n")[-1]
    assert r.verdict.ok, r.message


@pytest.mark.parametrize("between", [
    "but otherwise the root flips sign:",
    "while for the other values of the variable,",
    "and in general",
    "whereas for negative values",
])
def test_a_range_before_an_earlier_display_does_not_reach_past_a_contrast(between: str) -> None:
    text = f"# Roots\n\nFor $x > 0$,\n\n$$\\log x^2 = 2 \\log x$$\n\n{between}\n\n$$\\sqrt{{x^2}} = x$$\n\nNext.\n"
    r = doc_steps(text)[-1]
    assert not r.verdict.ok, r.message


def test_a_range_reaches_past_a_display_the_sentence_goes_on_from() -> None:
    text = "# Roots\n\nFor $x > 0$,\n\n$$\\log x^2 = 2 \\log x$$\n\nand hence\n\n$$\\sqrt{x^2} = x$$\n\nNext.\n"
    assert doc_steps(text)[-1].verdict.ok
