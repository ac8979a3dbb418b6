r"""A side that is real only because two imaginary terms cancel has no real value either (gaps53).

``(1 - p)\sqrt{p/(1 - p)} + p\sqrt{(1 - p)/p} = 2\sqrt{p(1 - p)}`` holds wherever its roots are real (0 < p < 1).
Outside, the right side is imaginary and the left side is 0 — a real number, but only because its two roots of
negative numbers cancel. The checker took that point for one where a real side meets a side with no real value and
FAILED the step (fresh38's AdaBoost note, line 33, depended on which point it met first: SKIPPED on the correct note,
FAILED on a copy with a mistake elsewhere), or, where the symbolic stage proved it, reported an ERROR. A side whose
even root or logarithm takes a negative (or non-real) argument at the point is not real there: the step differs
only off the reals, SKIPPED as such (documents.offreal); a wrong step that differs at a real point stays FAILED.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.check import check_text
from verifier.engine import Settings
from verifier.results import StepResult


def _last(notes: str) -> StepResult:
    """The last step of ``notes`` at the default 200 points (at 30 no drawn weight puts p in (0, 1), where the
    sides are real and agree: a step that never agrees anywhere stays FAILED, documents.offreal)."""
    return [s for c in check_text(notes, "t.md", Settings()).chains for s in c.result.steps][-1]

WEIGHTED = r"""
# Two roots

The weighted error is $p = \sum_i w_i$ and

$$(1 - p)\sqrt{\frac{p}{1 - p}} + p\sqrt{\frac{1 - p}{p}} = %s .$$
"""

PLAIN = r"""
# Two roots

For an error rate $p$ of a weak learner,

$$(1 - p)\sqrt{\frac{p}{1 - p}} + p\sqrt{\frac{1 - p}{p}} = %s .$$
"""


def test_a_side_real_only_by_cancelling_roots_is_no_counterexample() -> None:
    step = _last(WEIGHTED % "2\\sqrt{p(1 - p)}")
    assert step.verdict.value == "SKIPPED", step.message
    assert "not real" in step.message


def test_a_proved_step_is_no_error_there() -> None:
    step = doc_steps(PLAIN % "2\\sqrt{p(1 - p)}")[-1]
    assert step.verdict.value in ("SKIPPED", "PROVED", "PASSED"), step.message


def test_a_wrong_step_of_the_same_shape_is_still_failed() -> None:
    assert _last(WEIGHTED % "\\sqrt{p(1 - p)}").verdict.value == "FAILED"

