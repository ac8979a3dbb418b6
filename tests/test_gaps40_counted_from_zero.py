r"""A stated vector whose entries the notes count from 0: "$p = (0.5, 0.3, 0.2)$ … so $p_0 = 0.5$".

documents.numberedstated gave no entries where ``p_0`` is written, so ``p_1 + p_2 = 0.3 + 0.2`` FAILED at random
p₁, p₂ (review39, a false alarm). Where the notes write ``p_0``, the entries count from 0. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
SAID = "The model predicts $r = (0.6, 0.1, 0.3)$ over the labels $0, 1, 2$, so $r_0 = 0.6$.\n\n"


def test_entries_counted_from_zero_are_read() -> None:
    steps = doc_steps(SAID + "Another label has probability\n\n$$r_1 + r_2 = 0.1 + 0.3 = 0.4.$$\n")
    assert [s.verdict.value for s in steps][-2:] == ["PROVED", "PROVED"], [s.message for s in steps]


@pytest.mark.parametrize("claim", ["$$r_1 + r_2 = 0.6 + 0.1$$", "$$r_2 = 0.1$$", "$$r_0 + r_1 = 0.4$$"])
def test_entries_counted_from_one_are_not_green(claim: str) -> None:
    steps = doc_steps(SAID + claim + "\n")
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]


def test_both_ends_written_gives_no_entry() -> None:
    steps = doc_steps("Let $r = (0.6, 0.1, 0.3)$; we write $r_0$ for a baseline and $r_3$ for the last.\n\n"
                      "$$r_1 + r_2 = 0.1 + 0.3$$\n")
    assert steps and steps[0].verdict.value not in GREEN, [s.message for s in steps]
