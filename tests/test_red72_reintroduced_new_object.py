r"""Words that keep a letter's old meaning count only where they are about it (red72).

red71 read "as in / as computed in Part 1" as keeping Part 1's ``q = a + b``. In "As in Part 1 we toss a coin, but
now let $q$ denote the bias of a new coin" those words are about the coin toss, and the clause that introduces q
says it is a new object's parameter: with Part 1's q kept, the right ``\frac{d}{da}(a q) = q`` was FAILED and the
wrong ``2a + b`` PROVED. Words that keep the meaning are read in the name's own clause (not across ", but"), and a
clause that names a new object ("a new coin", "another coin", "a different coin") reintroduces the name whatever
words of the sentence's other part say; "the same $q$" still keeps it, and so does red71's "Take $q$ as computed
in Part 1" (guards)."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.reintroduced import reintroduces

NOTE = r"""# Part 1

Let $q = a + b$. Then
$$\frac{d}{da} q = 1$$

# Part 2

SENTENCE Then
$$\frac{d}{da}(a q) = RIGHT$$
"""

_GREEN = {"PROVED", "PASSED"}
_NEW = [
    "As in Part 1 we toss a coin, but now let $q$ denote the bias of a new coin, a constant.",
    "As in Part 1, let $q$ denote the bias of a new coin, a constant.",
    "We toss a coin again; let $q$ be the bias of another coin, a constant.",
]


@pytest.mark.parametrize("sentence", _NEW)
def test_a_new_object_sets_the_old_letter_aside(sentence: str) -> None:
    assert verdicts_by_line(NOTE.replace("SENTENCE", sentence).replace("RIGHT", "q"))[9] != ["FAILED"]
    assert not set(verdicts_by_line(NOTE.replace("SENTENCE", sentence).replace("RIGHT", "2a + b"))[9]) & _GREEN


@pytest.mark.parametrize("sentence", [
    "Take $q$ as computed in Part 1 and differentiate the new product.",
    "As in Part 1, let $q$ denote the same sum.",
])
def test_words_that_keep_the_meaning_still_keep_it(sentence: str) -> None:
    assert verdicts_by_line(NOTE.replace("SENTENCE", sentence).replace("RIGHT", "2a + b"))[9] != ["FAILED"]


def test_reintroduces_reads_the_names_clause() -> None:
    assert reintroduces("As in Part 1 we toss a coin, but now let $q$ denote the bias.", "q") is not None
    assert reintroduces("Let $q$ denote the sum computed in Part 1.", "q") is None
