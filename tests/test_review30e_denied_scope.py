r"""What a denial of a range governs (review30e, of trust17's deniedranges).

* "No matter whether $x > 0$ or not, $$\sqrt{x^2} = x$$" says the display holds for every x: the range is
  no hypothesis, and the wrong display was PROVED "when read with x > 0 as the prose states".
* A negation in a clause of its own before a colon ("We do not need a separate case: for $x > 0$,", "This
  is not hard to see: for $x > 0$,") denies nothing of the range after the colon: a wrong derivative
  stated for positive x escaped as SKIPPED "a negated or excepted condition".
* "For $x > 0$ (we exclude $x \le 0$)" excludes the range it writes: read as the range, the true
  ``\frac{d}{dx}|x| = 1`` was FAILED at negative x."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = """# Note

Let $x \\in \\mathbb{R}$. PROSE

$$STEP$$
"""


def _step(prose: str, step: str) -> object:
    return doc_steps(_NOTES.replace("PROSE", prose).replace("STEP", step))[-1]


@pytest.mark.parametrize("prose", [
    "No matter whether $x > 0$ or not,",
    "Regardless of whether $x > 0$,",
    "Whether or not $x > 0$,",
])  # fmt: skip
def test_a_range_the_prose_says_does_not_matter_is_no_hypothesis(prose: str) -> None:
    r = _step(prose, r"\sqrt{x^2} = x")
    assert not r.verdict.ok and "as the prose states" not in (r.message or ""), r.message
    assert "negated or excepted" not in (r.message or ""), r.message


@pytest.mark.parametrize(("prose", "step"), [
    ("We do not need a separate case: for $x > 0$,", r"\frac{d}{dx}|x| = -1"),
    ("This is not hard to see: for $x > 0$,", r"\frac{d}{dx}\log x = \frac{2}{x}"),
])  # fmt: skip
def test_a_negation_before_a_colon_does_not_excuse_the_range_after_it(prose: str, step: str) -> None:
    r = _step(prose, step)
    assert r.verdict is Verdict.FAILED, r.message


def test_a_range_the_prose_excludes_is_not_the_range_checked() -> None:
    r = _step("For $x > 0$ (we exclude $x \\le 0$),", r"\frac{d}{dx}|x| = 1")
    assert r.verdict.ok, r.message


@pytest.mark.parametrize(("prose", "step"), [
    ("This is not hard, and for $x > 0$ we get", r"\frac{d}{dx}\log x = \frac{2}{x}"),
    ("We won't prove it here, but for $x > 0$,", r"\frac{d}{dx}|x| = -1"),
    ("It is easy to check, though not obvious, that for $x > 0$", r"\frac{d}{dx}\log x = \frac{2}{x}"),
    ("For $x > 0$, where the naive formula fails,", r"\frac{d}{dx}\log x = \frac{2}{x}"),
])  # fmt: skip
def test_a_negation_of_another_clause_does_not_excuse_the_range(prose: str, step: str) -> None:
    r = _step(prose, step)
    assert r.verdict is Verdict.FAILED, r.message


def test_a_range_set_against_another_is_not_the_range_checked() -> None:
    r = _step("For $x > 0$, the formula below, unlike the one for $x < 0$, is simple:", r"\frac{d}{dx}|x| = -1")
    assert r.verdict is Verdict.FAILED, r.message


def test_a_step_failed_under_the_range_it_is_stated_for_is_not_excused_by_a_denied_one() -> None:
    r = _step("Not for $x < 0$, but for $x > 0$, we have", r"\frac{d}{dx}|x| = -1")
    assert r.verdict is Verdict.FAILED, r.message
