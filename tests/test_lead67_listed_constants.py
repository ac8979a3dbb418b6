r"""Constants listed after the word: "constants $a, b$" and "constants $a$ and $b$" are deterministic, each of them.

"For a random variable $X$ and constants $a, b$, $$\mathbb{E}[aX + b] = a\mathbb{E}[X] + b$$" was SKIPPED "does not
follow from linearity of expectation alone: it also needs facts about 𝔼[b], 𝔼[X·a]": the prose's "constants" before a
list was read for its first name only when one formula followed ("constants $a$") and for none when the formula listed
two ("$a, b$"). Every name of the list is now one the prose calls deterministic (documents.expectation).
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

LISTS = [r"constants $a, b$", r"constants $a$ and $b$", r"two constants $a$, $b$", r"real constants $a,b$"]


@pytest.mark.parametrize("said", LISTS)
def test_each_listed_constant_is_taken_out_of_the_expectation(said: str) -> None:
    text = f"For a random variable $X$ and {said},\n$$\\mathbb{{E}}[aX + b] = a\\mathbb{{E}}[X] + b.$$\n"
    assert verdicts_by_line(text)[2] == ["PROVED"]


@pytest.mark.parametrize("said", LISTS[:2])
def test_a_wrong_constant_term_fails(said: str) -> None:
    # in a chain (a single display between undeclared names may be an equation to solve: SKIPPED, not FAILED)
    text = (f"For a random variable $X$ and {said},\n"
            "$$\\mathbb{E}[aX + b] = \\mathbb{E}[aX] + b = a\\mathbb{E}[X] + 2b.$$\n")
    assert verdicts_by_line(text)[2] == ["PROVED", "FAILED"]


def test_a_name_the_prose_calls_random_is_not_made_constant() -> None:
    text = ("Let $b$ be a random variable. For a random variable $X$ and constants $a, b$,\n"
            "$$\\mathbb{E}[aX + b] = a\\mathbb{E}[X] + b.$$\n")
    assert verdicts_by_line(text)[2] != ["PROVED"]
