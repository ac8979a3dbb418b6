"""The capital of an index letter (H for h) is, in index notation, how many values the index takes.

Layer-norm notes write ``m_b = \\frac{1}{H} x_{bh}`` and then use ``\\sum_h (x_{bh} - m_b) = 0``,
which holds only when H is the number of values of h. Read as an arbitrary scalar, H made two correct
steps of such notes FAILED; such a failure is a doubt, not a verdict.
"""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
Indices repeated in a term are summed. The mean of the $H$ hidden units is

$$ m = \frac{1}{H} x_{h} $$

$$ \frac{\partial}{\partial x_{q}} (x_{h} - m)(x_{h} - m) = {rhs} $$
"""


def _step(rhs: str):
    (step,) = [s for s in doc_steps(NOTES.replace("{rhs}", rhs)) if "partial" in s.lhs_latex]
    return step


def test_a_failure_that_needs_h_to_count_the_index_is_not_failed() -> None:
    step = _step(r"2(x_{q} - m)")  # true when H is the number of values of h
    assert step.verdict.name != "FAILED", step.message
    if step.verdict.name == "SKIPPED":
        # H is now read as the number of values of h (documents.counts); what may still leave the step
        # open is the index h of m's definition, free on one side
        assert "number of values of the index h" in step.message or "free on one side only" in step.message


def test_a_capital_that_counts_no_index_still_fails_a_dropped_factor() -> None:
    (step,) = doc_steps(r"$$ \frac{d}{dz} H z^2 = H z $$")
    assert step.verdict.name == "FAILED", step.message
