"""One test of the prose for "these notes sum repeated indices": the reader's Einstein reading and
the implied-sum readings that explicitsums keeps must agree on which notes name the convention (they
were two regular expressions, and "summed implicitly" named it for one of them only)."""

from __future__ import annotations

import pytest

from verifier.documents.context import DocumentContext
from verifier.documents.explicitsums import names_a_convention, written_sum_indices
from verifier.documents.reader import _Reader
from verifier.engine import Settings

SUMS = r"Loss $L = \sum_n \ell_n$. "


@pytest.mark.parametrize(
    ("prose", "named"),
    [
        ("We use Einstein notation.", True),
        ("Repeated indices are summed.", True),
        ("The index j is summed implicitly.", True),
        ("Context says summation: einstein.", True),
        ("We sum over the samples.", False),
    ],
)
def test_the_reader_and_the_implied_sums_read_the_convention_alike(prose: str, named: bool) -> None:
    text = SUMS + prose
    reader = _Reader("notes.md", text, [], DocumentContext("notes.md"), Settings(), None)
    assert names_a_convention(text) is named
    assert reader.einstein is named
    assert written_sum_indices(text) == (frozenset() if named else frozenset({"n"}))

