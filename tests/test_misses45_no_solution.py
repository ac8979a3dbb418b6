r"""An equation that holds for no value of its names is no condition the notes solve: its failure stands (misses45).

``documents.guesses`` leaves a lone equation between undeclared names SKIPPED, "nothing says it is an identity (it
may hold only for particular values)": an equation the notes *solve* fails as an identity and is right. But where
the two sides differ by a nonzero number, or by a nonzero number over a product of the names (``\frac{1}{4n}`` and
``\frac{1}{2n}`` differ by ``\frac{1}{4n}``, never 0), the equation holds at no value at all: it cannot be a
condition a right note solves, and every reading of it fails. "Sauer's bound $\binom{m}{0} + \binom{m}{1} = m$" and
"so $$\left(\frac{1}{2\sqrt{\lambda}}\right)^2 \frac{\lambda}{n} = \frac{1}{2n}$$" are FAILED; a difference that
vanishes somewhere (``a + b = 2b`` at a = b, ``x^2 = 1``) stays SKIPPED, and so does an equation the prose calls
impossible ("a contradiction")."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# A note

For counts we plot square roots, since

$$\\left(\\frac{1}{2\\sqrt{\\lambda}}\\right)^2 \\frac{\\lambda}{n} = RIGHT,$$

AFTER
"""


@pytest.mark.parametrize(("right", "verdict"), [("\\frac{1}{4n}", "PROVED"), ("\\frac{1}{2n}", "FAILED"),
                                                ("\\frac{3}{n}", "FAILED")])
def test_a_difference_that_is_never_zero_fails(right: str, verdict: str) -> None:
    note = _NOTE.replace("RIGHT", right).replace("AFTER", "free of $\\lambda$.")
    assert verdicts_by_line(note)[5] == [verdict]


def test_a_number_apart_fails_inline() -> None:
    note = ("# Shattering\n\nThe left point cannot be positive while the right one is negative. There are $m + 1$ "
            "labelings, which matches $\\binom{m}{0} + \\binom{m}{1} = m$.\n")  # "cannot be": another sentence's
    assert verdicts_by_line(note)[3] == ["FAILED"]


@pytest.mark.parametrize("right", ["\\frac{\\lambda}{2n}", "\\frac{1}{n^2}", "\\frac{1}{4n} + \\lambda - 1"])
def test_a_difference_that_vanishes_somewhere_stays_skipped(right: str) -> None:
    note = _NOTE.replace("RIGHT", right).replace("AFTER", "free of $\\lambda$.")
    assert verdicts_by_line(note)[5] == ["SKIPPED"]


def test_a_decimal_apart_is_a_rounding_not_read_here() -> None:
    note = _NOTE.replace("RIGHT", "\\frac{0.25}{n} + 0.0001").replace("AFTER", "free of $\\lambda$.")
    assert verdicts_by_line(note)[5] == ["SKIPPED"]


def test_a_contradiction_the_prose_names_stays_skipped() -> None:
    note = _NOTE.replace("RIGHT", "\\frac{1}{2n}").replace("AFTER", "a contradiction, so no such $n$ exists.")
    assert verdicts_by_line(note)[5] == ["SKIPPED"]
