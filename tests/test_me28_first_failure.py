"""The step a report shows for a chain that is not green is the step that made it so.

A chain of notes often opens with a definition (``\\delta_1 = \\frac{\\partial J}{\\partial z_1} = …``: its
first link SKIPPED "defines delta_1") and fails at its second link. The report's "first failing step",
its detail block and the GitHub annotation showed the SKIPPED definition — "step verdict: SKIPPED",
no counterexample — so the one thing the user needs, where the wrong step is and the point where its
sides differ, was not shown at all. A FAILED step comes first, then a step with the chain's verdict."""

from __future__ import annotations

from verifier.results import IdentityResult, StepResult, Verdict


def _step(index: int, verdict: Verdict) -> StepResult:
    return StepResult(index, "a", "b", "a", "b", verdict)


def _result(*verdicts: Verdict, overall: Verdict) -> IdentityResult:
    steps = tuple(_step(k + 1, v) for k, v in enumerate(verdicts))
    return IdentityResult("doc.md:7", "t", "a = b", overall, steps)


def test_a_failed_chain_shows_its_failed_step_not_the_definition_before_it() -> None:
    result = _result(Verdict.SKIPPED, Verdict.FAILED, overall=Verdict.FAILED)
    assert result.first_failure is not None and result.first_failure.index == 2


def test_a_failed_step_is_shown_before_a_later_timeout() -> None:
    result = _result(Verdict.PROVED, Verdict.FAILED, Verdict.TIMEOUT, overall=Verdict.TIMEOUT)
    assert result.first_failure is not None and result.first_failure.index == 2


def test_without_a_failed_step_the_first_step_that_is_not_green_is_shown() -> None:
    result = _result(Verdict.PROVED, Verdict.SKIPPED, Verdict.SKIPPED, overall=Verdict.SKIPPED)
    assert result.first_failure is not None and result.first_failure.index == 2
    assert _result(Verdict.PROVED, overall=Verdict.PROVED).first_failure is None
