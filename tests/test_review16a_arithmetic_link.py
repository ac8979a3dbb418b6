r"""A link of a worked chain that is arithmetic alone (``(-2.4369 + 1) = -3.4369``) uses none of the
values the notes state: a wrong sum there is FAILED, not SKIPPED as "a value computed from rounded
inputs" (documents.stated.rounded_at_values is about links whose names take the stated values).
Small notes written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import StepResult, Verdict

_NOTES = (
    "The forward pass gives\n\\[\ny = -2.4369\n\\]\n"
    "The loss is $L = \\frac{1}{2}(y - y^*)^2$ with the label $y^* = 1$.\n"
    "\\[\n\\frac{\\partial L}{\\partial y} = (y - y^*) = (-2.4369 - 1) = VALUE\n\\]\n"
)


def _last(value: str) -> StepResult:
    return [s for c in check_text(_NOTES.replace("VALUE", value), "notes.tex").chains for s in c.result.steps][-1]


def test_a_wrong_sum_of_numbers_in_a_worked_chain_fails() -> None:
    r = _last("-1.4369")
    assert r.verdict is Verdict.FAILED, r.message


def test_a_right_sum_of_numbers_in_a_worked_chain_holds() -> None:
    r = _last("-3.4369")
    assert r.verdict in (Verdict.PROVED, Verdict.PASSED), r.message
