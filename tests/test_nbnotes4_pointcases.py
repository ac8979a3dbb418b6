r"""A member defined by cases at points (``\text{if } t = 1``) has no value at a random sample point: the
step is SKIPPED with that reason, not an ERROR "narrow the declared domain" (documents.pointcases); a
case split on inequalities is still sampled and checked."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.engine import Settings
from verifier.results import Verdict

PER_CLASS = r"""
    The loss of one sample, per class:

    $$-t \log(y) - (1-t) \log(1-y) = \begin{cases} -\log(y) & \text{if } t = 1 \\
    -\log(1-y) & \text{if } t = 0 \end{cases}$$
    """

RAMP = r"""
    A ramp: $$\max(0, x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{if } x \leq 0 \end{cases}$$
    """


def _steps(tmp_path: Path, notes: str) -> list:
    doc = tmp_path / "notes.md"
    doc.write_text(textwrap.dedent(notes).strip() + "\n", encoding="utf-8")
    return [s for c in check_document(doc, Settings()).chains for s in c.result.steps]


def test_cases_at_points_are_skipped_with_the_reason(tmp_path: Path) -> None:
    # checked case by case since nbnotes5 (documents.pointcases.each_case): a wrong case keeps the reason
    (step,) = _steps(tmp_path, PER_CLASS.replace(r"-\log(1-y) & \text{if } t = 0", r"-\log(y) & \text{if } t = 0"))
    assert step.verdict is Verdict.SKIPPED
    assert "cases that hold at points" in step.message
    (right,) = _steps(tmp_path, PER_CLASS)
    assert right.verdict is Verdict.PROVED
    assert "each case checked at its point" in right.message


def test_cases_on_inequalities_are_still_checked(tmp_path: Path) -> None:
    (step,) = _steps(tmp_path, RAMP)
    assert step.verdict is Verdict.PROVED
    (wrong,) = _steps(tmp_path, RAMP.replace(r"x & \text{if } x > 0", r"2x & \text{if } x > 0"))
    assert wrong.verdict in (Verdict.FAILED, Verdict.SKIPPED)
    assert "cases that hold at points" not in wrong.message
