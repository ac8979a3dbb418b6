r"""redteam23: a name the display quantifies over (``\forall c \in \mathbb{R}:``) is no hidden relation.

``\forall c \in \mathbb{R}:\ \operatorname{softmax}(c z) = \operatorname{softmax}(z)`` (a planted slip: the
shift written as a scale) was SKIPPED "c appear(s) on one side only … in a way the checker cannot
see": the quantifier says the equation holds for every c, so c on one side is what the step claims."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = "# Shift invariance\n\nFor $z \\in \\mathbb{R}^n$,\n\n$$\\forall c \\in \\mathbb{R}:\\ {claim}$$\n"


def _last(claim: str) -> Verdict:
    check = check_text(_NOTES.replace("{claim}", claim), "notes.md")
    return [s.verdict for ch in check.chains for s in ch.result.steps][-1]


def test_a_quantified_name_on_one_side_of_a_failing_step_is_failed() -> None:
    assert _last("\\operatorname{softmax}(c z) = \\operatorname{softmax}(z)") is Verdict.FAILED


def test_the_shift_is_proved() -> None:
    assert _last("\\operatorname{softmax}(z + c\\mathbf{1}) = \\operatorname{softmax}(z)") is Verdict.PROVED
