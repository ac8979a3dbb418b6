r""""At the minimiser, where $\hat s^2 = b$," right before a display: a hypothesis of the display's steps (fresh46).

documents.proseconditions read "where $A x = 0$" only in the prose right *after* a display. A sentence that
names the condition first and runs on into the display ("…, and at the estimate, where $\sum_i x_i^2 =
2n\hat\sigma^2$, $$\ell''(\hat\sigma) = …$$") states it just as well; read without it, a step true only at the
optimum was FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# A minimiser

The function is $g(s) = s^2 - 2b\\log s$ for $s > 0$ and $b > 0$.
Its slope $2s - 2b/s$ vanishes at a point $\\hat s$, and at the minimiser, where $\\hat s^2 = b$,

$$g''(\\hat s) = 2 + \\frac{2b}{\\hat s^2} = \\frac{4b}{\\hat s^2} .$$

The curvature there is positive.
"""


def test_a_where_clause_before_the_display_is_its_hypothesis() -> None:
    assert verdicts_by_line(_NOTE)[6][-1] == "PROVED"


def test_a_wrong_value_under_it_still_fails() -> None:
    assert "FAILED" in verdicts_by_line(_NOTE.replace("= \\frac{4b}{", "= \\frac{3b}{"))[6]


def test_a_where_clause_of_an_earlier_sentence_is_no_hypothesis() -> None:
    # since stop 62 (fresh66) the inline "$\\hat s^2 = b$" of an earlier sentence defines the estimate, ŝ = √b (as
    # σ² = … defines σ): the right display holds through that definition, and a wrong value still fails through it
    text = _NOTE.replace("and at the minimiser, where $\\hat s^2 = b$,", "where $\\hat s^2 = b$. Next,")
    assert "FAILED" not in verdicts_by_line(text)[6]
    assert "FAILED" in verdicts_by_line(text.replace("= \\frac{4b}{", "= \\frac{3b}{"))[6]


def test_a_where_naming_the_place_the_display_finds_is_no_hypothesis() -> None:
    # "largest where $g'(s) = 0$:" (no comma: where the display's result vanishes) says what the display looks
    # for; read as a hypothesis it would hold every step of the derivative there
    lead = "and the curvature is largest where $\\hat s^2 = b$:"
    text = _NOTE.replace("and at the minimiser, where $\\hat s^2 = b$,", lead)
    # no hypothesis; the estimate's definition ŝ = √b (fresh66, stop 62) decides: a wrong value fails through it
    assert "FAILED" in verdicts_by_line(text.replace("= \\frac{4b}{", "= \\frac{3b}{"))[6]
