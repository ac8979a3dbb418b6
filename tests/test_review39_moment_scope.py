r"""A moment the prose states as a number (``\mathbb{E}[X] = 2``, gaps39) holds in its own section, not in the next
problem's (review39).

Problem 1 states $\mathbb{E}[X] = 2$; Problem 2 lets X be another variable (uniform on {0, 1}, said in words). The
wrong ``\mathbb{E}[2X + 1] = 2\mathbb{E}[X] + 1 = 5`` of Problem 2 (its value is 2) was PROVED under Problem 1's
moment — a false PROVED. A stated value of a name holds in its section only (documents.valuescope); a stated
moment now does the same. Every example is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Moments

## Problem 1

Let $X$ be a random variable with $\mathbb{E}[X] = 2$ and $\mathbb{E}[X^2] = 5$.

$$
\mathbb{E}[X^2] - \mathbb{E}[X]^2 = 5 - 4 = 1
$$

## Problem 2

Let $X$ be uniform on $\{0, 1\}$.

$$
LEFT = RIGHT
$$
"""


def _verdicts(left: str, right: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("LEFT", left).replace("RIGHT", right))]


def test_another_problems_moment_makes_no_step_green() -> None:
    got = _verdicts(r"\mathbb{E}[2X + 1]", r"2\mathbb{E}[X] + 1 = 5")
    assert got[:2] == ["PROVED", "PROVED"]  # Problem 1's variance, at its own moments
    assert got[2] == "PROVED"  # linearity
    assert got[3] not in ("PROVED", "PASSED")  # 5 is Problem 1's E[X] = 2, not this X's


def test_the_moment_holds_in_its_own_section() -> None:
    notes = NOTES.replace("## Problem 2\n\nLet $X$ be uniform on $\\{0, 1\\}$.\n", "Then:\n")
    got = [s.verdict.value for s in doc_steps(notes.replace("LEFT", r"\mathbb{E}[2X + 1]")
                                              .replace("RIGHT", r"2\mathbb{E}[X] + 1 = 5"))]
    assert got == ["PROVED", "PROVED", "PROVED", "PROVED"]


def test_the_moment_reaches_its_sections_subsections() -> None:
    notes = NOTES.replace("## Problem 2\n\nLet $X$ be uniform on $\\{0, 1\\}$.\n", "### Part (b)\n")
    got = [s.verdict.value for s in doc_steps(notes.replace("LEFT", r"\mathbb{E}[2X + 1]")
                                              .replace("RIGHT", r"2\mathbb{E}[X] + 1 = 5"))]
    assert got == ["PROVED", "PROVED", "PROVED", "PROVED"]
