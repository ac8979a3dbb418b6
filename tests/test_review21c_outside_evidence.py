r"""review21c: the outside reading (documents.outsideindex) needs an entry written beside a sum over its
family; a sum that normalises (under a log, in a denominator: ``z_j - \log\sum_k e^{z_k}``) runs over
every entry, the lone one among them.
Read otherwise, the classic dropped k = j term of a softmax was SKIPPED instead of FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict


def _verdict(text: str) -> tuple[Verdict, str]:
    check = check_text(text, "notes.md")
    step = next(s for ch in check.chains for s in ch.result.steps if "\\partial" in s.lhs_latex)
    return step.verdict, step.message or ""


@pytest.mark.parametrize("step", [
    r"\frac{\partial}{\partial z_j} \left(z_j^2 - \log \sum_{k=1}^K e^{z_k}\right) = 2 z_j",
    r"\frac{\partial}{\partial z_j} \frac{e^{z_j}}{\sum_{k=1}^K e^{z_k}} = \frac{e^{z_j}}{\sum_{k=1}^K e^{z_k}}",
])  # fmt: skip
def test_a_dropped_term_of_a_sum_over_every_entry_fails(step: str) -> None:
    verdict, message = _verdict(f"$${step}$$\n")
    assert verdict is Verdict.FAILED and "outside" not in message


def test_the_right_softmax_step_stays_green() -> None:
    step = r"\frac{\partial}{\partial z_j} \left(z_j^2 - \log \sum_{k=1}^K e^{z_k}\right) = 2 z_j - "
    step += r"\frac{e^{z_j}}{\sum_{k=1}^K e^{z_k}}"
    assert _verdict(f"$${step}$$\n")[0] in (Verdict.PROVED, Verdict.PASSED)


def test_a_derivative_by_an_entry_of_a_sum_is_no_entry_beside_it() -> None:
    # x_k is written only as the derivative's variable: nothing suggests it lies outside 1..n
    verdict, message = _verdict("$$\\frac{\\partial}{\\partial x_k} \\sum_{i=1}^n x_i^2 = 0$$\n")
    assert verdict is not Verdict.PROVED and "outside" not in message
