"""A step a reading takes back (FAILED → SKIPPED) carries no counterexample: every reporter prints a
step's counterexample as "Falsifying example:", which a step not called FAILED must not show."""

from __future__ import annotations

from dataclasses import replace

import pytest

from verifier.documents import datalength, pointcases, samples, squares
from verifier.results import Counterexample, Curve, StepResult, Verdict
from verifier.stepverdict import TOO_FEW_POINTS

_CX = Counterexample(point=(("x", "1"),), lhs="2", rhs="3", difference="-1", coordinates=(("x", 1.0),))
_CURVE = Curve(x=(0.0, 1.0), lhs=(0.0, 2.0), rhs=(0.0, 3.0), variable="x", note="", others_fixed=True,
               x0=1.0, lhs0=2.0, rhs0=3.0, lhs_latex="a", rhs_latex="b", lhs_text="a", rhs_text="b")


def _step(verdict: Verdict, message: str) -> StepResult:
    return StepResult(index=1, lhs="a", rhs="b", lhs_latex="a", rhs_latex="b", verdict=verdict,
                      counterexample=_CX, curve=_CURVE, message=message)


@pytest.mark.parametrize(
    ("demote", "verdict", "marker"),
    [
        (samples.unsure, Verdict.FAILED, samples.SAMPLE),
        (datalength.unsure, Verdict.FAILED, datalength.GENERAL_LENGTH),
        (squares.unsure, Verdict.FAILED, squares.INVERSE),
        (pointcases.unsure_cases, Verdict.ERROR, "no " + TOO_FEW_POINTS),
    ],
    ids=["samples", "datalength", "squares", "pointcases"],
)
def test_a_step_taken_back_to_skipped_shows_no_falsifying_example(demote, verdict, marker) -> None:
    before = _step(verdict, f"fails at x = 1 ({marker})")
    if demote is pointcases.unsure_cases:
        before = replace(before, lhs_latex=r"\begin{cases} 1 & x = 0 \\ 0 & x = 1 \end{cases}")
    after = demote(before)
    assert after.verdict is Verdict.SKIPPED
    assert after.counterexample is None and after.curve is None
    assert marker in after.message  # the reason keeps what the check found


def test_skipped_says_why_first_and_keeps_the_message() -> None:
    after = _step(Verdict.FAILED, "fails at x = 1").skipped("a reading the notes may not mean")
    assert after.message == "a reading the notes may not mean; fails at x = 1"
    assert after.counterexample is None and after.curve is None


def test_a_failure_held_only_under_a_restriction_shows_no_falsifying_example() -> None:
    from verifier.documents.restrictions import held_only_restricted

    after = held_only_restricted(_step(Verdict.FAILED, "fails at x = 1"), "x > 0")
    assert after.verdict is Verdict.SKIPPED
    assert "x = 1" in after.message  # the point is said in the reason
    assert after.counterexample is None and after.curve is None
