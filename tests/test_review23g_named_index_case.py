r""""The first output is the case $i = 1$" stays a condition: i is an index of the notes (review23g).

fresh12 (proseconditions._NAMED_CASE) read "X is the case $\beta = 1$" as naming a member of a family, no
condition, for any name at a number; for an index the notes write as a subscript the case restricts the
chain as before: ``\partial p_i/\partial z_1 = p_1(1 - p_1)`` after "the case $i = 1$" was PROVED, and
SKIPPED once the condition was dropped ("a case split the notes may assume")."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = ("Let $q_a = e^{u_a} / \\sum_{b=1}^K e^{u_b}$. The first output is the case $a = 1$:\n\n"
          "$$\\frac{\\partial q_a}{\\partial u_1} = {}$$\n")  # fmt: skip


def _verdict(right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.replace("{}", right), "notes.md").chains for s in ch.result.steps]
    return step.verdict, step.message or ""


def test_a_named_case_of_an_index_is_a_condition() -> None:
    verdict, message = _verdict("q_1(1 - q_1)")
    assert verdict in GREEN, message


def test_a_wrong_entry_in_that_case_is_not_green() -> None:
    verdict, message = _verdict("q_1(1 + q_1)")
    assert verdict not in GREEN, message
