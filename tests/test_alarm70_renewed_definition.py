r"""A definition given anew in words after a stated value is a definition from its sentence on (alarm70, issue 8 §4).

"Let $a = 2$, $b = 1$ and $s = a + b$. Suppose instead $s = 5$. Now let $s = a - b$. Then $$2 s = 2$$" was FAILED
on the base at s = a + b (6): once the section stated a number for s, ``s = a - b`` was read as a claim about that
s (documents.claimedties.stated_in_section, sound44's "By symmetry we find $a = 2b$"), so it defined nothing and
every reader of definitions (exactdata's exact data, chainvalues, statedintermediates) went on with the first one.
A formula the prose introduces with a renewing verb ("Now let", "let … instead", "redefine") is a definition: the
right step holds at s = a − b, the wrong twins stay FAILED. sound44's claim after "By symmetry we find" stays a
claim. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

NOTES = ("# Example\n\nLet $a = 2$ and $b = 1$, and let $s = a + b$. Suppose instead $s = 5$.\n\n{words}\n\n"
         "$$2 s = {value}$$\n")


@pytest.mark.parametrize("words", [
    "Now let $s = a - b$. Then",
    "Let instead $s = a - b$. Then",
    "Now we redefine $s = a - b$. Then",
    "From now on let $s = a - b$. Then",
])  # fmt: skip
def test_a_definition_given_anew_after_a_value_is_read(words: str) -> None:
    assert verdicts_by_line(NOTES.format(words=words, value="2"))[7] == ["PROVED"]


@pytest.mark.parametrize("value", ["6", "10"])  # s = a + b, s = 5: the old meanings
def test_the_wrong_twin_at_an_old_meaning_stays_failed(value: str) -> None:
    assert verdicts_by_line(NOTES.format(words="Now let $s = a - b$. Then", value=value))[7] == ["FAILED"]


def test_a_claim_about_a_stated_name_is_still_no_definition() -> None:
    got = verdicts_by_line("# T\n\nLet $a = 0.3$ and $b = 0.1$. By symmetry we find $a = 2b$.\n\n$$a + b = 3b$$\n")
    assert "PROVED" not in got[5]


def test_a_display_after_a_renewing_verb_defines_anew() -> None:
    got = verdicts_by_line("# Example\n\nLet $a = 2$ and $b = 1$, and let $s = a + b$. Suppose instead $s = 5$.\n\n"
                           "Now let\n\n$$s = a - b.$$\n\nThen\n\n$$2 s = 2$$\n")
    assert got[11] == ["PROVED"]
