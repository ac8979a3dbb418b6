r"""A definition of one part of the notes does not reach a part that introduces the letter again (alarm70).

"Let $q = a + b$" in one section and "Consider a coin with bias $q$" in the next made ``\frac{d}{da}(a q) = q``
FAILED on the base (read with q = a + b; red69's "Left open"). documents.reintroduced sets such a definition aside
where the step's own part introduces the name again in words ("a coin with bias $q$", "let $q$ be", "$q$ denotes",
``$q \in (0,1)$``, "for some $q$"); a definition written inside another problem or example that makes a step
FAILED where it holds without it is SKIPPED (the scope is not clear), never FAILED. Within one section a definition
still reaches the later lines, and a step wrong in both readings stays FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

TWO_PARTS = ("# Part one\n\nLet $q = a + b$. Then\n\n$$\\frac{{d}}{{da}} q = 1$$\n\n{heading}\n\n{words} Then\n\n"
             "$${step}$$\n")


@pytest.mark.parametrize("words", [
    "Consider a coin with bias $q$.",
    "Let $q$ be the probability of heads.",
    "Here $q$ denotes the bias of a coin.",
    "Take $q \\in (0, 1)$.",
    "For some fixed $q$, look at the product.",
])  # fmt: skip
def test_a_letter_introduced_again_in_another_part_is_not_the_old_definition(words: str) -> None:
    got = verdicts_by_line(TWO_PARTS.format(heading="# Part two", words=words, step="\\frac{d}{da}(a q) = q"))
    assert got[5] == ["PROVED"] and got[11] == ["PROVED"]


@pytest.mark.parametrize("heading", ["# Part two", "## Exercise 2", "\\section{Two}"])
def test_the_wrong_twin_stays_failed(heading: str) -> None:
    got = verdicts_by_line(TWO_PARTS.format(heading=heading, words="Consider a coin with bias $q$.",
                                            step="\\frac{d}{da}(a q) = 2q"))  # fmt: skip
    assert got[11] == ["FAILED"]


def test_within_one_section_the_definition_still_reaches() -> None:
    got = verdicts_by_line("# Part one\n\nLet $q = a + b$. Consider a coin with bias $q$. Then\n\n"
                           "$$\\frac{d}{da}(a q) = q$$\n")
    assert got[5] == ["FAILED"]


def test_a_later_section_that_does_not_introduce_it_again_keeps_it() -> None:
    got = verdicts_by_line(TWO_PARTS.format(heading="# Part two", words="With the same $q$ as before.",
                                            step="\\frac{d}{da}(a q) = 2a + b"))  # fmt: skip
    assert got[11] == ["PROVED"]


def test_the_old_meaning_kept_in_words_is_no_reintroduction() -> None:
    got = verdicts_by_line(TWO_PARTS.format(heading="# Part two", words="Consider a coin with bias $q$ as before.",
                                            step="\\frac{d}{da}(a q) = q"))  # fmt: skip
    assert got[11] == ["FAILED"]


def test_another_problems_definition_makes_no_failed_where_it_holds_without() -> None:
    got = verdicts_by_line("## Problem 1\n\nLet $q = a + b$.\n\n$$\\frac{d}{da} q = 1$$\n\n## Problem 2\n\n"
                           "Differentiate the product:\n\n$$\\frac{d}{da}(a q) = q$$\n")
    assert got[11] == ["SKIPPED"]


def test_another_examples_definition_makes_no_failed_where_it_holds_without() -> None:
    text = ("\\documentclass{article}\n\\newtheorem{example}{Example}\n\\begin{document}\n\\begin{example}\n"
            "Let $q = a + b$.\n\\end{example}\n\\begin{example}\nThe product rule gives\n"
            "\\[ \\frac{d}{da}(a q) = q \\]\n\\end{example}\n\\end{document}\n")
    got = verdicts_by_line(text, "notes.tex")
    assert got[9] == ["SKIPPED"]


def test_another_problems_definition_and_a_step_wrong_both_ways_stays_failed() -> None:
    got = verdicts_by_line("## Problem 1\n\nLet $q = a + b$.\n\n$$\\frac{d}{da} q = 1$$\n\n## Problem 2\n\n"
                           "Differentiate the product:\n\n$$\\frac{d}{da}(a q) = 3q$$\n")
    assert got[11] == ["FAILED"]


GENERAL = "# Problem\n\nLet $q = a + b$.\n\n$$\\frac{{\\partial q}}{{\\partial a}} = 1$$\n\n{words}\n\n$${step}$$\n"


@pytest.mark.parametrize("words", ["More generally, for any $q$ we have", "Now let $q$ be arbitrary. Then"])
def test_a_name_made_general_in_its_own_section_is_free(words: str) -> None:
    assert verdicts_by_line(GENERAL.format(words=words, step="\\frac{d}{da}(a q) = q"))[9] == ["PROVED"]
    assert verdicts_by_line(GENERAL.format(words=words, step="\\frac{d}{da}(a q) = 2q"))[9] == ["FAILED"]


def test_a_general_word_for_another_name_keeps_the_definition() -> None:
    got = verdicts_by_line(GENERAL.format(words="For any $a$ we have", step="\\frac{d}{da}(a q) = 2a + b"))
    assert got[9] == ["PROVED"]


def test_an_example_in_bold_that_introduces_the_letter_again() -> None:
    got = verdicts_by_line("**Example 1.** Let $r = x - y$. Then $$\\frac{\\partial r}{\\partial x} = 1$$\n\n"
                           "**Example 2.** Take a rate $r > 0$. Then\n\n$$\\frac{d}{dx} e^{r x} = r e^{r x}$$\n")
    assert got[5] == ["PROVED"]
