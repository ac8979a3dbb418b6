r"""A sentence before a rewriting that writes its names without saying anything of them (misses45).

``documents.samenames`` reads a lone equation between undeclared names whose sides write the same names as a
rewriting (checked, FAILED where wrong) unless the sentence before it calls it a condition or writes its names —
"For $x > 0$ and even $n$," may hold a hypothesis the checker cannot read. But a sentence writes the names for other
reasons too, and then says nothing that could make a failing rewriting hold:

* an inline step's own span: "it is Dice again: $\frac{a}{a + \frac12(b + c)} = \frac{a}{2a + b + c}$" wrote its
  names in the sentence that was read as its hypothesis;
* a span defining another name: "For $f(x) = x^3$ the central difference is", "so $\theta_k = (1 - \eta)^k \phi$
  and one outer step is" (a definition of f or θ restricts none of x, η, φ);
* a span naming a quantity: "keeps an $h^2$ term".

Such spans no longer keep the step SKIPPED; a relation on the names ("For $x > 0$"), a word that restricts them
("For positive $x$", "even $n$", "up to the $h^2$ term": what a series leaves out), and a sentence that asks for
the equation ("we need") still do."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


@pytest.mark.parametrize(("right", "verdict"), [("\\frac{2a}{2a + b + c}", "PROVED"),
                                                ("\\frac{a}{2a + b + c}", "FAILED")])
def test_an_inline_steps_own_span_is_no_hypothesis(right: str, verdict: str) -> None:
    note = ("# Scores\n\nWith $w = \\frac12$ it is the other score: "
            f"$\\frac{{a}}{{a + \\frac{{1}}{{2}}(b + c)}} = {right}$.\n")
    assert verdicts_by_line(note)[3] == [verdict]


_CUBE = """# Differences

SENTENCE

$$\\frac{(x + h)^3 - (x - h)^3}{2h} = 3x^2 + RIGHT .$$

That is all.
"""


@pytest.mark.parametrize("sentence", ["For $f(x) = x^3$ the central difference keeps an $h^2$ term:",
                                      "Each step multiplies by $1 - h$, so $g_k = (1 - h)^k x$ and the difference is"])
@pytest.mark.parametrize(("right", "verdict"), [("h^2", "PROVED"), ("2h^2", "FAILED")])
def test_spans_defining_other_names_or_naming_a_term(sentence: str, right: str, verdict: str) -> None:
    note = _CUBE.replace("SENTENCE", sentence).replace("RIGHT", right)
    assert verdicts_by_line(note)[5] == [verdict]


@pytest.mark.parametrize("sentence", [
    "For $x \\neq 2h$ the difference is",  # a relation on the names
    "For positive $x$ and small $h$ the difference is",  # words restricting them
    "For the two to agree at $x$ we need $h$ with",  # the sentence asks for the equation
    "For $x$ even the difference is",  # a word restricting a name
    "For $f(x) = x^3$ the central difference is exact up to the $h^2$ term:",  # what a series leaves out
    "When $f(x) = x^3$ the difference is",  # a condition word
])
def test_what_the_sentence_says_of_the_names_keeps_it_skipped(sentence: str) -> None:
    note = _CUBE.replace("SENTENCE", sentence).replace("RIGHT", "2h^2")
    assert verdicts_by_line(note)[5] == ["SKIPPED"]
