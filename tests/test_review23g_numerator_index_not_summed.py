r"""``\partial h_i/\partial w = h_j(1 - h_j)x_j``: the entry differentiated names the index asked for (review23g).

The ``lone`` implied-summation reading summed an index free on one side only, on each side: i on the
left (the entry ``h_i`` differentiated) and j on the right, so a step with its index swapped held as
``\sum_i \partial h_i/\partial w = \sum_j h_j(1 - h_j)x_j`` and was PROVED. The index of the entry a
derivative is taken of is asked for, as that of the variable it is taken by."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)
_NOTES = "Let $h_i = \\sigma(w x_i)$.\n\n$$\\frac{\\partial h_i}{\\partial w} = {}$$\n"


def _verdict(right: str) -> tuple[Verdict, str]:
    [step] = [s for ch in check_text(_NOTES.replace("{}", right), "notes.md").chains for s in ch.result.steps]
    return step.verdict, step.message or ""


def test_the_entry_differentiated_is_checked() -> None:
    verdict, message = _verdict("h_i(1 - h_i) x_i")
    assert verdict in GREEN, message


@pytest.mark.parametrize("wrong", ["h_j(1 - h_j) x_j", "h_k(1 - h_k) x_k"])
def test_a_swapped_index_is_not_green(wrong: str) -> None:
    verdict, message = _verdict(wrong)
    assert verdict not in GREEN, message
