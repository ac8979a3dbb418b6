r"""A name the section states with two values is read with the value stated last before each computation (sound41).

"With $a = 0$ … $h(0.75) = …$. With $a = -1$ … $h(0.5) = … = 0.15$": the name stated with two values was dropped and
left free, so the second computation (right at a = −1) FAILED at a random a — a false alarm (gaps40's LSGAN note).
A stated value holds from its statement to the next statement of the name; a computation is read with the value
stated last before it. Where it fails there but holds at another value the section states ("the first coding"),
which one is meant is not decided: SKIPPED, never FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

NOTES = r"""
# Two codings

The loss is $h(y) = \frac12 u (y - b)^2 + \frac12 v (y - a)^2$ with weights $u = 0.3$ and $v = 0.1$.

With $a = 0$ and $b = 1$ the minimum is at $y = 0.75$:

$$h(0.75) = \tfrac12 \cdot 0.3 \cdot 0.25^2 + \tfrac12 \cdot 0.1 \cdot 0.75^2$$

With $a = -1$ and $b = 1$ the minimum is at $y = 0.5$:

$$h(0.5) = \tfrac12 \cdot 0.3 \cdot 0.5^2 + \tfrac12 \cdot 0.1 \cdot SECOND$$
"""


def _last(notes: str) -> Verdict:
    return doc_steps(notes)[-1].verdict


def test_a_computation_is_read_with_the_value_stated_last_before_it() -> None:
    assert _last(NOTES.replace("SECOND", "1.5^2")) is Verdict.PROVED
    assert _last(NOTES.replace("SECOND", "1.5^2")) is Verdict.PROVED


def test_the_first_computation_is_read_with_the_first_value() -> None:
    steps = doc_steps(NOTES.replace("SECOND", "1.5^2"))
    first = [s for s in steps if "0.75^2" in s.rhs_latex]
    assert first and first[0].verdict is Verdict.PROVED


def test_a_computation_wrong_at_every_stated_value_is_failed() -> None:
    assert _last(NOTES.replace("SECOND", "2.5^2")) is Verdict.FAILED


def test_a_computation_right_only_at_an_earlier_value_is_not_failed() -> None:
    # after both statements, a computation at the first coding (a = 0): wrong at a = -1, right at a = 0
    notes = NOTES.replace("SECOND", "1.5^2") + r"""
The loss at the first coding's optimum is

$$h(0.75) = \tfrac12 \cdot 0.3 \cdot 0.25^2 + \tfrac12 \cdot 0.1 \cdot 0.75^2$$
"""
    assert _last(notes) is Verdict.SKIPPED
