r"""A root the prose gives after words that solve or set to zero is checked (misses42; fresh30, redteam41).

"$$f'(w) = zw - \rho + \lambda a + \lambda(1-a)w,$$ and setting it to zero gives $w = \frac{\rho + \lambda a}{z +
\lambda(1-a)}$" (the sign flipped) and "Its derivative $g'(x) = 2x - 4$ vanishes at $x = 3$" were never checked:
documents.solvedprose read a number after "so", "gives" … that follows an inline equation only. Now a value (a
number or a formula of the other names, for a plain or subscripted name) after "setting … to zero gives", "solving
… gives", "vanishes at", "is zero at" is linked to the sentence's formula, or to the display before the sentence,
set to 0; documents.solvedvalues substitutes it."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.solvedprose import solved_in_prose

_DISPLAY = (
    "# Coordinate step\n\n"
    "For one coordinate the objective is\n\n"
    "$$f(w) = \\frac{z}{2} w^2 - \\rho w + \\lambda a w + \\frac{\\lambda(1-a)}{2} w^2 .$$\n\n"
    "For $w > 0$ the derivative is\n\n"
    "$$f'(w) = z w - \\rho + \\lambda a + \\lambda(1-a) w ,$$\n\n"
    "and WORDS $NAME = \\frac{\\rho SIGN \\lambda a}{z + \\lambda(1-a)}$, valid when $\\rho > \\lambda a$.\n"
)


def _display(words: str = "setting it to zero gives", sign: str = "-") -> str:
    return _DISPLAY.replace("WORDS", words).replace("SIGN", sign).replace("NAME", "w")


def test_the_words_and_the_equation_are_read() -> None:
    display = "is\n\n$$f'(w) = 2w - 6 ,$$\n\nand setting it to zero gives "
    assert solved_in_prose(display[-300:], "w = 3", display, len(display))[:4] == ("w", "3", "2w - 6", "0")
    said = "Its derivative $g'(x) = 2x - 4$ vanishes at "
    assert solved_in_prose(said, "x = 3", said, len(said))[:4] == ("x", "3", "2x - 4", "0")
    solving = "We need $2w - 6 = 0$, and solving for $w$ gives "
    assert solved_in_prose(solving, "w = 3", solving, len(solving))[:4] == ("w", "3", "2w - 6", "0")
    # "so" after a definition keeps its old reading: a number only, never a formula
    defined = "We have $z = wx + b$, so "
    assert solved_in_prose(defined, "z = 2x + 1", defined, len(defined)) is None
    # a sentence between the display and the words: "it" is not the display
    far = "$$f'(w) = 2w - 6$$\n\nThis is linear. Then setting it to zero gives "
    assert solved_in_prose(far, "w = 3", far, len(far)) is None


@pytest.mark.parametrize("words", ["setting it to zero gives", "setting the derivative equal to zero, we get"])
def test_a_right_root_after_a_display_is_proved(words: str) -> None:
    lines = verdicts_by_line(_display(words))
    assert lines[11] == ["PROVED"], lines  # was no step at all


@pytest.mark.parametrize("words", ["setting it to zero gives", "setting the gradient to zero yields"])
def test_a_wrong_root_after_a_display_is_failed(words: str) -> None:
    lines = verdicts_by_line(_display(words, sign="+"))
    assert lines[11] == ["FAILED"], lines  # was no step at all: the sign flip left the notes green


@pytest.mark.parametrize(("root", "verdict"), [("2", "PROVED"), ("3", "FAILED")])
def test_a_root_said_to_make_a_derivative_vanish_is_checked(root: str, verdict: str) -> None:
    lines = verdicts_by_line(f"# Root\n\nIts derivative $g'(x) = 2x - 4$ vanishes at $x = {root}$.\n")
    assert lines[3][-1] == verdict, lines


def test_a_formula_root_after_an_arrow_in_a_display_is_checked() -> None:
    right = verdicts_by_line("# Solve\n\n$$a w - b = 0 \\Rightarrow w = \\frac{b}{a}$$\n")
    wrong = verdicts_by_line("# Solve\n\n$$a w - b = 0 \\Rightarrow w = \\frac{a}{b}$$\n")
    assert right[3][-1] == "PROVED", right
    assert wrong[3][-1] == "FAILED", wrong


def test_a_parameter_set_to_zero_is_no_root() -> None:
    notes = ("# Momentum\n\nThe velocity is\n\n$$v = \\beta v + g$$\n\nand setting the momentum to zero gives $v = g$; "
             "solving for $v$ instead gives $v = \\frac{g}{1 - \\beta}$.\n")
    lines = verdicts_by_line(notes)
    assert "FAILED" not in [v for vs in lines.values() for v in vs], lines  # β = 0 is a case, not a root
    said = "$$v = \\beta v + g$$\n\nand setting the momentum to zero gives "
    assert solved_in_prose(said, "v = g", said, len(said)) is None


@pytest.mark.parametrize(("value", "verdict"),
                         [("\\frac{g}{1 - \\beta}", "PROVED"), ("\\frac{g}{1 + \\beta}", "FAILED")])
def test_a_value_solved_for_is_checked(value: str, verdict: str) -> None:
    notes = f"# Momentum\n\nAt the fixed point\n\n$$v = \\beta v + g ,$$\n\nand solving for $v$ gives $v = {value}$.\n"
    lines = verdicts_by_line(notes)
    assert lines[7][-1] == verdict, lines
