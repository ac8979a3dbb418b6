r"""A repeating decimal as notes typeset it: ``0.\overline{3}`` is 1/3, ``0.1\overline{6}`` is 1/6.

A worked value such as ``\frac{4}{3.75} \cdot \frac12 = 0.5\overline{3}`` was unread ("\overline over something
that is not a letter"), so the whole line was SKIPPED and a wrong half of it could not be told from the right
one. An overline over digits right after a decimal (or after ``0.``) repeats them: the exact rational.
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.latex import parse_latex

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize(("text", "num", "den"), [
    ("0.\\overline{3}", 1, 3), ("0.1\\overline{6}", 1, 6), ("0.5\\overline{3}", 8, 15),
    ("1.\\overline{09}", 12, 11),
])
def test_a_repeating_decimal_is_its_rational(text: str, num: int, den: int) -> None:
    value = parse_latex(text)
    assert value * den == num, value


def test_right_worked_value_with_repeating_decimal_is_green() -> None:
    steps = doc_steps("$$\\frac{1}{2} \\cdot \\frac{4}{3.75} = 0.5\\overline{3}$$\n")
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]


def test_wrong_worked_value_with_repeating_decimal_is_failed() -> None:
    steps = doc_steps("$$0.32 - 0.5\\overline{3} = -0.35$$\n")
    assert steps and steps[-1].verdict.value == "FAILED", [s.message for s in steps]


def test_an_overline_over_a_letter_is_still_a_bar() -> None:
    assert str(parse_latex("\\overline{x} + 1")) != str(parse_latex("x + 1"))
