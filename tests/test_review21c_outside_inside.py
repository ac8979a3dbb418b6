r"""review21c: where the notes state the free index lies among the sum's (``t \in \{1, \dots, M\}``), the
outside reading (documents.outsideindex) is no plausible reading: a step right only outside the sum
(the m = t term dropped) was SKIPPED "which the notes do not say" instead of FAILED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.outsideindex import Outside, said_inside
from verifier.results import Verdict

_T = Outside("t", "q", 0, "M", "m")


@pytest.mark.parametrize("prose", [
    r"Here the target $t \in \{1, \dots, M\}$ is drawn again.",
    r"We take $1 \le t \le M$.",
    "The target $t$ may be among the negatives.",
    "The target $t$ is one of the $M$ samples.",
])  # fmt: skip
def test_the_index_stated_among_the_sums_is_read(prose: str) -> None:
    assert said_inside(prose, [_T]) == [_T]


@pytest.mark.parametrize("prose", [
    r"Here $t \in \mathcal{V}$ is a word.",
    "The target $t$ is not among the negatives.",
    "Is $t$ one of the negatives?",
    r"Here $s \in \{1, \dots, M\}$.",
    "The target $t$ is one of the context words; the $M$ negatives are drawn.",
    "The target $t$ is one of the context words, and the negatives are drawn.",
    "The target $t$ is one of the $M$ context words.",
    r"Here $t \in \{1, \dots, M + 1\}$ indexes all the words.",
    r"We take $1 \le t \le M + 1$.",
])  # fmt: skip
def test_other_wordings_do_not_state_it_inside(prose: str) -> None:
    assert said_inside(prose, [_T]) == []


def test_a_step_right_only_outside_fails_where_the_notes_put_the_index_inside() -> None:
    notes = r"""Here the target $t \in \{1, \dots, M\}$ is one of the samples.
$$J = -\log\sigma(q_t^T h) - \sum_{m=1}^M \log \sigma(-q_m^T h)$$
$$\frac{\partial J}{\partial q_t} = (\sigma(q_t^T h) - 1) h$$
"""
    check = check_text(notes, "notes.md")
    step = next(s for ch in check.chains for s in ch.result.steps if "\\partial J" in s.lhs_latex)
    assert step.verdict is Verdict.FAILED
