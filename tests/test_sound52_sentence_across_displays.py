r"""What a lone equation's sentence says, read across the displays it runs through (sound52).

documents.samenames reads a lone equation between undeclared names as a rewriting (a claim checked for every value)
unless its sentence writes the names with a relation first, which may be a hypothesis. Markdown sets a display off
with blank lines though the sentence runs on: "On the hyperbola\n\n$$uv = 1$$\n\nthis gives\n\n$$(u - v)^2 = u^2 +
v^2 - 2$$". The blank line was a sentence's end, so "this gives" was the sentence and the right step FAILED (it holds
under uv = 1). A blank line before a display, or after one before prose going on in lower case, is no sentence end.

And the other way: "$$(a - b)^2 = a^2 + 2ab + b^2.$$\nFor $x, y$ positive, …" — the display's sentence ends at its
full stop, and the next sentence's "For" is no condition of it (sound51's leftover: the wrong expansion was SKIPPED
"nothing says it is an identity"). A display ending with a full stop followed by a capital starts a new sentence.
"""

from __future__ import annotations

from support import doc_steps

HYPERBOLA = """
# Squares

Expanding a square,

$$(u - v)^2 = u^2 - 2uv + v^2$$

On the hyperbola

$$u v = 1$$

this gives

$$(u - v)^2 = %s.$$
"""

NEXT_SENTENCE = """
# Squares

For $a, b \\in \\mathbb{R}$,

$$(a - b)^2 = %s.$$

For $x, y$ positive the mean inequality follows from it.
"""

NEXT_SENTENCE_TEX = r"""\documentclass{article}
\begin{document}
For $a, b \in \mathbb{R}$,
\[ (a - b)^2 = %s. \]
For $x, y$ positive the mean inequality follows from it.
\end{document}
"""


def test_a_condition_display_in_the_same_sentence_is_a_hypothesis() -> None:
    step = doc_steps(HYPERBOLA % "u^2 + v^2 - 2")[-1]
    assert step.verdict.value != "FAILED", step.message


def test_a_wrong_expansion_after_a_new_paragraph_is_still_failed() -> None:
    notes = "# Squares\n\nWe expand.\n\n$$u v = 1$$\n\nThe square is next.\n\n$$(u - v)^2 = u^2 + 2uv + v^2$$\n"
    assert doc_steps(notes)[-1].verdict.value == "FAILED"


def test_a_sentence_after_the_display_is_no_condition_of_it() -> None:
    assert doc_steps(NEXT_SENTENCE % "a^2 + 2ab + b^2")[-1].verdict.value == "FAILED"
    assert doc_steps(NEXT_SENTENCE % "a^2 - 2ab + b^2")[-1].verdict.value == "PROVED"


def test_a_sentence_after_the_display_is_no_condition_of_it_in_latex() -> None:
    assert doc_steps(NEXT_SENTENCE_TEX % "a^2 + 2ab + b^2", "t.tex")[-1].verdict.value == "FAILED"


def test_a_condition_going_on_after_the_display_still_counts() -> None:
    notes = "# Powers\n\nA sign drops out:\n\n$$(-x)^n y = x^n y$$\n\nfor even $n$.\n"
    assert doc_steps(notes)[-1].verdict.value != "FAILED"
    unpunctuated = "# Powers\n\nA sign drops out:\n\n$$(-x)^n y = x^n y$$\n\nFor even $n$ only.\n"
    assert doc_steps(unpunctuated)[-1].verdict.value != "FAILED"


def test_a_condition_on_a_decorated_name_of_the_display_still_counts() -> None:  # \hat z is the reader's zhat
    notes = "# Squares\n\nExpanding,\n\n$$(\\hat y - \\hat z)^2 = \\hat y^2 - \\hat z^2$$\n\nwhen $\\hat z = 0$.\n"
    assert doc_steps(notes)[-1].verdict.value != "FAILED"
