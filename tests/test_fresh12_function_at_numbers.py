r"""``f(2) = \tfrac12(2 - 3)^2 + 1\cdot|2|`` after "numeric check with $a = 3$, $\lambda = 1$".

A note's function evaluated at numbers and worked out in numbers is a worked example at the values the
prose states (documents.numberpoints): those values were taken only for a chain with a decimal member,
and only for the names the members write, so a correct evaluation of ``f(w) = \tfrac12(w-a)^2 +
\lambda|w|`` was FAILED (read with a and λ arbitrary)."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = ("Minimise $g(w) = \\tfrac12 (w - c)^2 + \\mu w^2$ over $w$.\n\n"
          "A quick check with $c = 4$ and $\\mu = 2$:\n$$g(1) = {}$$\n")  # fmt: skip


def _verdict(right: str, notes: str = _NOTES) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(notes.replace("{}", right), "notes.md").chains for s in ch.result.steps
              if s.lhs_latex == "g(1)"]  # fmt: skip
    return step.verdict, step.message or ""


def test_the_evaluation_is_checked_at_the_stated_values() -> None:
    verdict, message = _verdict("\\tfrac12(1 - 4)^2 + 2\\cdot 1^2")
    assert verdict in GREEN, message
    assert "stated in the notes" in message


@pytest.mark.parametrize("wrong", ["\\tfrac12(1 - 4)^2 + 1^2", "\\tfrac12(1 + 4)^2 + 2\\cdot 1^2",
                                   "(1 - 4)^2 + 2\\cdot 1^2"])  # fmt: skip
def test_a_wrong_evaluation_is_failed(wrong: str) -> None:
    verdict, message = _verdict(wrong)
    assert verdict == Verdict.FAILED, message


def test_without_stated_values_the_evaluation_is_not_green() -> None:
    notes = "Minimise $g(w) = \\tfrac12 (w - c)^2 + \\mu w^2$ over $w$.\n\n$$g(1) = {}$$\n"
    verdict, message = _verdict("\\tfrac12(1 - 4)^2 + 2\\cdot 1^2", notes)
    assert verdict not in GREEN, message
