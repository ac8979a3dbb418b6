"""A FAILED step whose counterexample has no free name (every value is the notes') reads well on its line.

A worked number checked at the values the notes state has a counterexample with an empty point; the
one-line view of ``verify doc`` printed ``at : left -0.2689, right 0.269``, a dangling "at" that names
nothing. It now prints the two sides and says where they come from (the step's message).
"""

from __future__ import annotations

from verifier.commands.doc import _why
from verifier.results import Counterexample, StepResult, Verdict


def _failed(point: tuple[tuple[str, str], ...]) -> StepResult:
    cx = Counterexample(point=point, lhs="-0.268941421369995", rhs="0.269", difference="-0.537941421369995")
    return StepResult(index=1, lhs="x*(p - y)", rhs="269/1000", lhs_latex="(p - y) x", rhs_latex="0.269",
                      verdict=Verdict.FAILED, counterexample=cx,
                      message="at the values the notes state (w = 2; x = 1): this side is -0.26894")


def test_a_counterexample_with_no_free_name_has_no_dangling_at() -> None:
    line = _why(_failed(()))
    assert not line.startswith("at :") and "at :" not in line, line
    assert "left -0.268941421369995, right 0.269" in line
    assert "values the notes state" in line


def test_a_counterexample_at_a_point_still_names_it() -> None:
    line = _why(_failed((("x", "0.5"),)))
    assert line.startswith("at x = 0.5: left -0.268941421369995, right 0.269"), line
