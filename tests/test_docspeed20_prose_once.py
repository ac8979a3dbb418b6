"""The prose scans a document's chains ask again read the notes once (docspeed20).

``kronecker.stacking_said``, ``rowsoftmax.columnwise_said`` (asked by ``lineconventions.line_conventions`` for
every chain's scope) and ``explicitsums.denies_a_convention`` (asked by the implied sums' reading of every chain)
are functions of the notes' text alone; ``partscope``'s part starts are a function of the notes' lines, asked by
``docsubscripts.subscripted_for`` per chain, name and line (each call joined the lines into one text again);
``Iterates.member`` is a function of the member, its line and the declared labelled names, asked by every
``parse``. Each is now computed once for the same input, with the same answers."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from support import CountedScans

from verifier.documents import explicitsums, iterates, kronecker, partscope, rowsoftmax
from verifier.documents.explicitsums import denies_a_convention
from verifier.documents.iterates import Iterates
from verifier.documents.kronecker import stacking_said
from verifier.documents.rowsoftmax import columnwise_said


def test_what_the_notes_say_vec_stacks_is_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountedScans(kronecker._ROWS, ("search", "finditer"))
    monkeypatch.setattr(kronecker, "_ROWS", counting)
    text = "Here vec stacks the rows of a matrix.\n% docspeed20 vec\n"
    assert stacking_said(text) == "rows"
    assert stacking_said(text) == "rows"
    assert counting.scans == 1
    assert stacking_said("Here vec stacks the columns.\n% docspeed20 vec\n") == "columns"
    assert counting.scans == 2


def test_a_column_wise_softmax_is_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountedScans(rowsoftmax._SOFTMAX, ("search", "finditer"))
    monkeypatch.setattr(rowsoftmax, "_SOFTMAX", counting)
    text = "The softmax is applied to each column of $Z$. Then we sum.\n% docspeed20 softmax\n"
    assert columnwise_said(text)
    scans = counting.scans
    assert columnwise_said(text)
    assert counting.scans == scans  # the second answer from the first scan
    assert not columnwise_said("The softmax is applied to each row of $Z$.\n% docspeed20 softmax\n")
    assert counting.scans > scans


def test_a_denied_summation_convention_is_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountedScans(explicitsums._CONVENTION, ("search", "finditer"))
    monkeypatch.setattr(explicitsums, "_CONVENTION", counting)
    text = "We do not use the summation convention.\n% docspeed20 sums\n"
    assert denies_a_convention(text)
    assert denies_a_convention(text)
    assert counting.scans == 1
    assert not denies_a_convention("We use the Einstein summation convention.\n% docspeed20 sums\n")
    assert counting.scans == 2


NOTES = [
    "# Setup", "The labels are $y_i \\in \\{-1, +1\\}$.", "", "## Problem 1", "(a) Show that", "$$x_n$$",
    "(b) Now", "Now consider the case", "", "**Q2.** Another", "$$x$$", "### Notation", "text", "## Later", "end",
]


def _reference_relation(lines: list[str], stated: int, at: int) -> str:
    """The relation as written before docspeed20: every part start scanned."""
    starts, depths = partscope._starts("\n".join(lines))
    lo, hi = sorted((stated, at))
    between = [d for ln, d in zip(starts, depths, strict=True) if lo < ln <= hi]
    if not between:
        return partscope.SAME
    if stated > at:
        return partscope.OTHER
    first, own = partscope.part_start(lines, stated)
    if own < 8 and all(d > own for d in between):
        return partscope.SETUP
    if 0 < own <= 6 and partscope._SETUP_TITLE.search(lines[first - 1]) and all(d >= own for d in between):
        return partscope.SETUP
    return partscope.OTHER


def _reference_across(lines: list[str], a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    starts, depths = partscope._starts("\n".join(lines))
    return any(lo < ln <= hi and (d == 7 or partscope._PROBLEM_HEADING.match(lines[ln - 1].lstrip()))
               for ln, d in zip(starts, depths, strict=True))


def test_the_part_starts_of_one_list_of_lines_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    found = []
    original = partscope._starts

    def counting(text: str) -> Any:
        found.append(text)
        return original(text)

    lines = [*NOTES, "% docspeed20 parts"]
    monkeypatch.setattr(partscope, "_starts", counting)
    for s, c in itertools.product(range(1, len(lines) + 1), repeat=2):
        partscope.relation(lines, s, c)
        partscope.across_problems(lines, s, c)
        partscope.part_start(lines, c)
    assert len(found) == 1
    lines[4] = "text"  # the same list changed: its parts found again
    got = partscope.relation(lines, 4, 6)
    assert len(found) == 2
    assert got == _reference_relation(lines, 4, 6)
    assert partscope.relation(list(lines), 4, 6) == partscope.relation(lines, 4, 6)  # an equal list: the same parts


def test_the_part_relations_are_those_every_start_scanned_gives() -> None:
    for lines in (NOTES, NOTES[3:], ["no parts at all", "$$x$$"], ["\\section{A}", "\\item x", "\\subsection{B}"]):
        for s, c in itertools.product(range(1, len(lines) + 1), repeat=2):
            assert partscope.relation(lines, s, c) == _reference_relation(list(lines), s, c)
            assert partscope.across_problems(lines, s, c) == _reference_across(list(lines), s, c)


def test_a_member_is_read_as_iterates_once_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = iterates.as_iterates

    def counting(*args: Any) -> str:
        calls.append(args[0])
        return original(*args)

    monkeypatch.setattr(iterates, "as_iterates", counting)
    text = "Step\n$$x^{(t+1)} = x^{(t)} - \\eta g^{(t)}$$\nthen\n$$f(x^{(t)})$$\n"
    reading = Iterates(text, [(2, 2), (4, 4)], [])
    reading._displays = {2: "x^{(t+1)} = x^{(t)} - \\eta g^{(t)}", 4: "f(x^{(t)})"}
    first = reading.member("f(x^{(t)})", 4, frozenset())
    assert first == original("f(x^{(t)})", *reading.at(4, frozenset()))
    assert reading.member("f(x^{(t)})", 4, frozenset()) == first
    assert len(calls) == 1
    reading.member("f(x^{(t)})", 4, frozenset({"x"}))  # other declared names: read again
    reading.member("f(x^{(t)})", 2, frozenset())  # another line: read again
    assert len(calls) == 3


def test_the_sign_statements_of_one_text_are_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier.documents import signlabels

    counting = CountedScans(signlabels._MEMBER, ("search", "finditer"))
    monkeypatch.setattr(signlabels, "_MEMBER", counting)
    text = ("The labels are $y_i \\in \\{-1, +1\\}$, then $t \\in \\{\\pm 1\\}$ and $y \\in \\mathbb{R}$.\n"
            "% docspeed20\n")
    first = signlabels.sign_statements(text)
    assert first == {"t": text.index("$t")}
    scans = counting.scans
    first.clear()  # a caller's change to its dict is its own
    assert signlabels.sign_statements(text) == {"t": text.index("$t")}
    assert counting.scans == scans
    assert signlabels.signed_names(text + " ") == {"t"}  # another text: scanned
    assert counting.scans > scans
