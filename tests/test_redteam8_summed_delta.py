r"""``\delta_{ii}`` in notes that sum repeated indices is no 1 (redteam8).

The parser reads ``\delta_{ii}`` as its diagonal value 1 before any reading sees the repeated index, so
in notes that say "repeated indices are summed" the wrong ``\delta_{ii} = 1`` was PROVED and the right
``\delta_{ii} = 3`` (three dimensions) FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_SUMMED = r"""
# Index notation

We use Einstein summation: repeated indices are summed.

$$LINE$$
"""
_PLAIN = r"""
# Kronecker delta

$$LINE$$
"""


@pytest.mark.parametrize("line", [r"\delta_{ii} = 1", r"\delta_{ii} = 3", r"\delta_{i i} = 1"])
def test_a_summed_delta_is_never_decided_by_its_diagonal_value(line: str) -> None:
    (step,) = doc_steps(_SUMMED.replace("LINE", line), "notes.md")
    assert step.verdict is Verdict.SKIPPED, step.message


def test_without_a_convention_the_delta_is_read_entry_by_entry() -> None:
    (step,) = doc_steps(_PLAIN.replace("LINE", r"\delta_{ii} = 1"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_other_deltas_keep_their_reading_in_summed_notes() -> None:
    (step,) = doc_steps(_SUMMED.replace("LINE", r"\delta_{ij}x_j = x_i"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
