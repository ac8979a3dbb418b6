r"""A range the prose denies or excepts is no hypothesis (trust17).

"For $x > 0$, $$\max(0, x) = x$$" states the display for positive x, and it is PROVED so. "It is not true
that for $x > 0$ …", "this does not hold for $x > 0$", "except when $x > 0$", "unless $x > 0$" say the
opposite: read as the range x > 0 they made a false ``\max(0, x) = x`` PROVED "as the prose states". A
denied range is not read; a step stated with one is never green for it, and never FAILED for the
condition the checker could not read either (a true ``\frac{d}{dx}|x| = 1`` "except when $x < 0$")."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# ReLU

Let $x$ be a real number. PROSE

$$STEP$$
"""


def _step(prose: str, step: str = r"\\max(0, x) = x") -> object:
    return doc_steps(_NOTES.replace("PROSE", prose).replace("STEP", step.replace("\\\\", "\\")))[-1]


@pytest.mark.parametrize("prose", [
    "It is not true that for $x>0$ we have",
    "This does not hold for $x > 0$:",
    "Except when $x>0$, we have",
    "Unless $x > 0$, we have",
    "It fails for $x > 0$ that",
    "Without assuming $x > 0$,",
    "Here $x \\ne 0$, but not necessarily $x > 0$, and",
])  # fmt: skip
def test_a_denied_range_makes_nothing_green(prose: str) -> None:
    r = _step(prose)
    assert not r.verdict.ok, r.message
    assert "as the prose states" not in (r.message or ""), r.message


def test_a_stated_range_is_still_read() -> None:
    r = _step("For $x > 0$ we have")
    assert r.verdict.ok and "x>0" in r.message.replace(" ", ""), r.message


def test_a_true_derivative_under_an_exception_is_not_failed() -> None:
    r = _step("Except when $x < 0$, we have", r"\\frac{d}{dx} |x| = 1")
    assert r.verdict is not Verdict.FAILED, r.message


def test_a_wrong_derivative_under_a_stated_range_is_still_failed() -> None:
    r = _step("For $x > 0$ we have", r"\\frac{d}{dx} |x| = -1")
    assert r.verdict is Verdict.FAILED, r.message


@pytest.mark.parametrize("prose", [
    "Unless stated otherwise, $x > 0$.",
    "For $x > 0$ we need not write the absolute value:",
])  # fmt: skip
def test_a_range_stated_beside_another_negation_is_still_read(prose: str) -> None:
    r = _step(prose, r"\\frac{d}{dx} |x| = -1")
    assert r.verdict is Verdict.FAILED, r.message


_AFTER_NOTES = """# ReLU

Let $x$ be a real number. Then

$$\\frac{d}{dx}\\max(0, x) = STEP$$
CLAUSE
"""


@pytest.mark.parametrize("clause", [
    "except when $x < 0$.",
    "unless $x < 0$.",
    "which does not hold for $x < 0$.",
])  # fmt: skip
def test_a_true_display_whose_sentence_excepts_a_range_is_not_failed(clause: str) -> None:
    r = doc_steps(_AFTER_NOTES.replace("STEP", "1").replace("CLAUSE", clause))[-1]
    assert r.verdict is not Verdict.FAILED, r.message


def test_a_display_whose_sentence_states_its_range_is_still_checked_under_it() -> None:
    r = doc_steps(_AFTER_NOTES.replace("STEP", "-1").replace("CLAUSE", "for $x > 0$."))[-1]
    assert r.verdict is Verdict.FAILED, r.message
