r"""A vector given in words holds until the prose introduces the name anew (review18c).

``statedentries`` made "Let $v$ denote the vector with $i$-th coordinate $a_i b_i$" a definition for
the rest of the notes, so after "Now let $v$ be any vector with positive entries." a later exercise's
wrong ``\sum_i v_i = \sum_i a_i b_i`` was still PROVED. A name the prose introduces again later ("let
$v$ be …") is not read from the earlier sentence. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedentries import stated_entries
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_FIRST = r"""
# Products

Let $v$ denote the vector with $i$-th coordinate $a_i b_i$.

$$\sum_i v_i = \sum_i a_i b_i$$
"""

_LATER = r"""
## A different exercise

Now let $v$ be any vector with positive entries.

$$\sum_i v_i = \sum_i a_i b_i$$
"""


def test_a_name_introduced_again_is_not_read_from_the_earlier_sentence() -> None:
    steps = doc_steps(_FIRST + _LATER, "notes.md")
    assert steps[-1].verdict not in _GREEN, steps[-1].message
    assert not stated_entries(_FIRST + _LATER)


def test_a_name_given_once_is_still_read() -> None:
    (step,) = doc_steps(_FIRST, "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
