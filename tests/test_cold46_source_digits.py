"""A result's source ``path:LINE`` whose line is a digit ``int`` cannot read is a bare path (cold46).

``str.isdigit`` is true of superscripts and circled digits (``²``, ``①``), which ``int`` rejects, so a report
of an entry or a chain whose source ended so raised ValueError (test_reporters' property test found it).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("digit", ["²", "①", "⁴"])
def test_a_source_ending_in_a_digit_int_cannot_read_is_a_bare_path(digit: str) -> None:
    from verifier.paths import parse_location
    from verifier.reporters.github import split_source

    assert parse_location(f"notes.md:{digit}").path == f"notes.md:{digit}"
    assert split_source(f"notes.md:{digit}") == (f"notes.md:{digit}", 0)
    assert parse_location("notes.md:12").line == 12 and split_source("notes.md:12") == ("notes.md", 12)
