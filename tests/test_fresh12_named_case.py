r""""SiLU is the case $\beta = 1$" names a member of a family: no condition on the chains after it.

The prose's "case $…$" makes a condition of the next chain ("Case $x > 0$:" restricts it). Said of a
family ("X is the case $\beta = 1$", "… reduces to the special case $k = 2$") it is no condition: the
general derivative after it was SKIPPED ("the condition … is not about indices")."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = ("The scaled softplus is $g(t) = \\frac{1}{k}\\log(1 + e^{k t})$; the plain softplus {phrase} $k = 1$.\n\n"
          "$$g'(t) = {right}$$\n")  # fmt: skip


def _verdict(phrase: str, right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.replace("{phrase}", phrase).replace("{right}", right), "notes.md").chains
              for s in ch.result.steps]  # fmt: skip
    return step.verdict, step.message or ""


@pytest.mark.parametrize("phrase", ["is the case", "is the special case", "corresponds to the case"])
def test_a_named_case_is_no_condition(phrase: str) -> None:
    verdict, message = _verdict(phrase, "\\frac{e^{k t}}{1 + e^{k t}}")
    assert verdict in GREEN, message


@pytest.mark.parametrize("phrase", ["is the case", "is the special case"])
def test_a_wrong_derivative_after_a_named_case_is_failed(phrase: str) -> None:
    verdict, message = _verdict(phrase, "\\frac{k e^{k t}}{1 + e^{k t}}")
    assert verdict == Verdict.FAILED, message


def test_a_named_case_between_indices_stays_a_condition() -> None:
    """"… is the case $i = j$" still restricts the chain after it to i = j."""
    notes = ("Let $p_i = e^{z_i} / \\sum_{k=1}^K e^{z_k}$. The diagonal is the case $i = j$:\n\n"
             "$$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_i)$$\n")  # fmt: skip
    [step] = [s for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]
    assert step.verdict in GREEN, step.message
