"""The prose scans every chain of a document asked again read its text once (docspeed19).

``familyorientation.orientation_statements`` (asked by ``orientations_at`` for every chain's line) and
``vectorconvention.stated_vectors`` (asked by ``scope_for`` for every chain) are functions of the notes' text
alone; the reader asked them again per chain, scanning the whole document each time."""

from __future__ import annotations

import pytest
from support import CountedScans

from verifier.documents import familyorientation, vectorconvention
from verifier.documents.familyorientation import orientation_statements
from verifier.documents.vectorconvention import stated_vectors

TEXT = (
    "Let the columns $a_j$ of $A$ be given. In this section $b_i$ denotes the $i$-th row.\n\n"
    "All vectors are column vectors.\n"
)


def test_the_orientation_statements_of_one_text_are_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountedScans(familyorientation._MATH)
    monkeypatch.setattr(familyorientation, "_MATH", counting)
    text = TEXT + "\n% docspeed19 once\n"  # a text no other test scanned
    first = orientation_statements(text)
    assert [(s[0], s[1], s[4]) for s in first] == [
        ("a", familyorientation.COLUMN, False), ("b", familyorientation.ROW, True),
    ]
    first.clear()  # a caller's change to its list is its own
    again = orientation_statements(text)
    assert [(s[0], s[1], s[4]) for s in again] == [
        ("a", familyorientation.COLUMN, False), ("b", familyorientation.ROW, True),
    ]
    assert counting.scans == 1
    orientation_statements(text + " ")  # another text: scanned
    assert counting.scans == 2


def test_the_stated_vectors_of_one_text_are_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountedScans(vectorconvention._STATED)
    monkeypatch.setattr(vectorconvention, "_STATED", counting)
    text = TEXT + "\n% docspeed19 vectors\n"
    assert stated_vectors(text) == "columns"
    assert stated_vectors(text) == "columns"
    assert counting.scans == 1
    assert stated_vectors("We write vectors as rows.") == "rows"
    assert counting.scans == 2
