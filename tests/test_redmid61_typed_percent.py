r"""A percent sign in Unicode math typed in a code span is no LaTeX comment.

redmid61 (red team of stop 61): fresh64's typedmath (b245c8a1) reads ```50% × 2 = 100%``` as ``$50% × 2 = 100%$``,
and LaTeX's ``%`` starts a comment: the step became ``50 = 100``, FAILED (and ``10% · 3 = 0.3`` became ``10 = 3/10``).
A right percentage must never be FAILED; its slip (``50% × 2 = 150%``) may be FAILED or SKIPPED, never green.
Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_RIGHT = ["`50% × 2 = 100%`", "`10% · 3 = 0.3`", "`0.3 = 30% · 1`"]


@pytest.mark.parametrize("span", _RIGHT)
def test_a_right_typed_percentage_is_not_failed(span: str) -> None:
    verdicts = verdicts_by_line(f"# Rates\n\nThe rate: {span} here.\n")
    assert "FAILED" not in verdicts.get(3, []), verdicts


def test_a_wrong_typed_percentage_is_not_green() -> None:
    verdicts = verdicts_by_line("# Rates\n\nThe rate: `50% × 2 = 150%` here.\n")
    assert not {"PROVED", "PASSED"} & set(verdicts.get(3, [])), verdicts
