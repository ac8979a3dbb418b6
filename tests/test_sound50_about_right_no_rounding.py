r""""about" says a rounding only before a quantity: "Take $w = 0.5$, which is about right" states w exactly.

documents.exactdata and documents.exactslips read a stated value as a rounding (never FAILED at it, PASSED within
its last digit) where its sentence holds a rounding word. "about" was one wherever it stood, so "Take $w = 0.5$,
which is about right." (or "about the size we want") then ``4w = 2.1`` was PASSED "within the rounding of w" — a
false green: the sentence judges the choice, it does not round the number. "about" is a rounding word now where a
quantity follows it ("about $0.5$", "about 0.33", "about a third", "about half", "about the same"); "roughly",
"approximately" and ``\approx`` are as before. Every example is my own.
"""

from __future__ import annotations

import pytest
from support import last_verdict

from verifier.results import Verdict


@pytest.mark.parametrize("words", ["which is about right", "which is about the size we want", "just about right"])
def test_about_a_judgement_is_no_rounding(words: str) -> None:
    assert last_verdict(f"# W\n\nTake $w = 0.5$, {words}.\n\nThen\n$$4w = 2.1$$\n") is Verdict.FAILED


@pytest.mark.parametrize("words", ["about a third", "which is about 0.33", "about the same as before"])
def test_about_a_quantity_is_a_rounding(words: str) -> None:
    assert last_verdict(f"# W\n\nWe find $w = 0.33$, {words}.\n\nThen\n$$3w = 1.0$$\n") is not Verdict.FAILED
