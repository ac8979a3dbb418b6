r"""``f'(1) = 2(1 - 3)`` after "$f(w) = (w - a)^2$, with $a = 3$": a derivative at numbers is worked too.

documents.numberpoints read ``f(2)`` worked out in numbers at the values the prose states, but not
``f'(1)``; the value was taken only by documents.specialcases from the eight lines before, and once that
is kept to the sentence leading in to the chain (review23g) a correct evaluation was FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = "Let $f(w) = (w - a)^2 + w$, with $a = 3$.\n\nThe first display.\n\n$$f(2) = 2$$\n\n$$f'(1) = {}$$\n"


def _verdict(right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.replace("{}", right), "notes.md").chains for s in ch.result.steps
              if s.lhs_latex == "f'(1)"]  # fmt: skip
    return step.verdict, step.message or ""


def test_a_derivative_at_numbers_is_checked_at_the_stated_values() -> None:
    verdict, message = _verdict("2(1 - 3) + 1")
    assert verdict in GREEN, message


@pytest.mark.parametrize("wrong", ["2(1 - 3)", "(1 - 3) + 1", "2(1 + 3) + 1"])
def test_a_wrong_derivative_at_numbers_is_failed(wrong: str) -> None:
    verdict, message = _verdict(wrong)
    assert verdict == Verdict.FAILED, message
