r"""A symbolic stage cut short must not let a value at a single point turn green (redteam9).

``\max(0, x)`` written by cases with 1 at x = 0 differs from the other side only at that point, which no
random sample reaches; the proof by cases sees it and the step is SKIPPED. When the symbolic budget ran
out before the proof by cases (a loaded machine), nothing looked at the point and the step was PASSED on
the numbers alone: a verdict that depended on the load. A step that holds numerically only, whose cases
single out a point, is now SKIPPED. The budget is made tiny here (no timing): the symbolic stage never
runs."""

from __future__ import annotations

from dataclasses import replace

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.results import Verdict

_CUT = replace(Settings(), symbolic_budget=1e-9)


def _step(rhs: str, settings: Settings) -> tuple[Verdict, str]:
    text = f"# Relu\n\n$$\\max(0, x) = {rhs}$$\n"
    (step,) = [s for c in check_text(text, "t.md", settings).chains for s in c.result.steps]
    return step.verdict, step.message or step.method or ""


def test_a_wrong_value_at_the_cases_point_is_not_green_when_the_symbolic_stage_is_cut() -> None:
    verdict, message = _step(r"\begin{cases} x & x > 0 \\ 1 & x = 0 \\ 0 & x < 0 \end{cases}", _CUT)
    assert verdict not in (Verdict.PROVED, Verdict.PASSED), message


def test_the_cases_without_a_point_of_their_own_stay_passed_when_cut() -> None:
    verdict, message = _step(r"\begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases}", _CUT)
    assert verdict is Verdict.PASSED, message


def test_the_right_value_at_the_point_is_proved_with_the_symbolic_stage() -> None:
    verdict, message = _step(r"\begin{cases} x & x > 0 \\ 0 & x = 0 \\ 0 & x < 0 \end{cases}", Settings())
    assert verdict is Verdict.PROVED, message
