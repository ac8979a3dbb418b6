r"""An inline formula the notes derive for a quantity they named in words is a claim, not a definition (gaps53).

"Write $s$ for the spread and $c$ for the centre of the sample. … Then $c = (a + b)/2$ and $s = b - a$, so …": the
reader learned ``s = b - a`` as the definition of s (it is the only formula it has for s), so a wrong formula there
(``s = (b - a)/2``) made no step at all: the line printed green (fresh44's beta-moments wrong6, ``v = m(1 - m)/\nu``
for the variance). A name the prose named in words before ("$s$ for the spread", "let $s$ be the spread") and a
formula for it after a word of consequence ("Then", "so", "hence", "thus", "therefore") is what the notes claim
about the quantity: the step is reported SKIPPED, saying the words name what the checker cannot see; the lines after
it still read the name by the formula (as before, so the rest of the notes is checked as it was).
"""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Two points

Take two numbers $a < b$. Write $c$ for the centre and $s$ for the spread of the pair.
Then $c = (a + b)/2$ and $s = %s$, so

$$a + b - 2c = 0 .$$
"""


def test_a_formula_derived_for_a_name_given_in_words_is_a_step() -> None:
    steps = [s for s in doc_steps(NOTES % "(b - a)/2") if s.lhs_latex.strip() == "s"]
    assert [s.verdict.value for s in steps] == ["SKIPPED"], [(s.lhs_latex, s.verdict.value) for s in steps]
    assert "in words" in steps[0].message


def test_the_lines_after_still_read_the_name_by_the_formula() -> None:
    last = doc_steps(NOTES % "b - a")[-1]
    assert last.verdict.value in ("PROVED", "PASSED"), last.message


def test_a_formula_that_spells_out_the_words_is_still_a_definition() -> None:
    """"Write $s$ for the spread, $s = b - a$": no word of consequence, the formula says what the words mean."""
    notes = ("# Two points\n\nTake two numbers $a < b$. Write $s$ for the spread, $s = b - a$.\n\n"
             "$$a + s = b$$\n")
    assert not [s for s in doc_steps(notes) if s.lhs_latex.strip() == "s"]
    assert doc_steps(notes)[-1].verdict.value in ("PROVED", "PASSED")


def test_a_name_not_given_in_words_is_still_defined_by_then() -> None:
    notes = ("# Two points\n\nTake two numbers $a < b$.\nThen $s = b - a$, so\n\n$$a + s = b$$\n")
    assert not [s for s in doc_steps(notes) if s.lhs_latex.strip() == "s"]
