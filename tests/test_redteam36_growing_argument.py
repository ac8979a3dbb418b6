r"""A macro that doubles its argument at each expansion is bounded in size, not only in count (redteam36).

``\def\a#1{\a{#1#1}}`` then ``\a{x}``: each expansion doubles the argument, so forty expansions (well inside
the count budget, iso14/review22e) build 2^40 characters. Reading the note took the whole document's budget
(TIMEOUT "reading the document took longer than 30s; no step was checked"): the wrong step after it was never
checked. The expansion now stops once what it has produced passes a size bound linear in what the note writes,
and leaves the rest as written. Every example is written here."""

from __future__ import annotations

import time

from support import doc_steps

from verifier.documents import macros

_GROWING = "\\def\\a#1{\\a{#1#1}}"


def test_a_growing_argument_stops_expanding_soon() -> None:
    start = time.process_time()
    out = macros.expand("\\a{x} = 1", macros.MacroTable(macros.read_definitions(_GROWING)).at(10**6))
    assert time.process_time() - start < 5
    assert len(out) <= macros.MAX_EXPANDED_CHARS + 100


def test_the_step_after_a_growing_macro_is_checked() -> None:
    text = f"$${_GROWING}$$\n\n$$\\a{{x}} = 1$$\n\n$$\\frac{{d}}{{dx}} x^2 = 3x$$\n"
    start = time.monotonic()
    steps = doc_steps(text)
    assert time.monotonic() - start < 20
    assert [s.verdict.value for s in steps if s.rhs_latex.replace(" ", "") == "3x"] == ["FAILED"]
