r"""Numbered entries a chain writes fix the size: it is not moved to another size (othersizes, sizes36).

``\sum_c w_c = w_1 + w_2 + w_3`` sums the three entries it writes; at a fourth size the sum has a term the
right side does not, so the check at the other size refuted it and the step was SKIPPED ("w on one side
only") where it had been PROVED."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_numbered_entries_the_chain_writes_fix_the_size_it_is_not_moved() -> None:
    # the right side writes w_1, w_2, w_3: the sum over c is of those three (sizes36 moved the size to 4, where
    # the sum has a fourth term, and the step came out SKIPPED "w on one side only" instead of PROVED)
    steps = doc_steps("# S\n\n$$\\sum_c w_c = w_1 + w_2 + w_3$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED], [s.message for s in steps]
