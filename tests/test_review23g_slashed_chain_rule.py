r"""``dy/du\, du/dx``: the chain rule written with slashed derivatives side by side (review23g).

fresh12 reads ``dy/dx`` as ``\frac{dy}{dx}`` only where the numerator starts an operand, so the second
factor of ``dy/du\, du/dx`` (after the first one's closing brace) stayed ``d\cdot u/(d\cdot x)``: the
correct chain rule was FAILED. A slashed derivative right after another is one too."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = "Let $u = x^2$ and $y = \\sin u$.\n\n$$dy/dx = dy/du{sep}du/dx = {}$$\n"


def _verdicts(sep: str, right: str) -> list[tuple[Verdict, str]]:
    notes = _NOTES.replace("{sep}", sep).replace("{}", right)
    return [(s.verdict, s.message or "") for ch in check_text(notes, "notes.md").chains for s in ch.result.steps]


@pytest.mark.parametrize("sep", ["\\, ", " ", "\\;"])
def test_slashed_derivatives_side_by_side_are_both_read(sep: str) -> None:
    for verdict, message in _verdicts(sep, "2x\\cos(x^2)"):
        assert verdict in GREEN, message


@pytest.mark.parametrize("wrong", ["x\\cos(x^2)", "2x\\sin(x^2)", "\\cos(x^2)"])
def test_a_wrong_chain_rule_is_failed(wrong: str) -> None:
    [first, last] = _verdicts("\\, ", wrong)
    assert first[0] in GREEN, first[1]
    assert last[0] == Verdict.FAILED, last[1]
