r"""Var and Cov of a number times a quantity plus a number; a gap of a positive moment (gaps55).

``\operatorname{Var}(aX + b) = a^2\operatorname{Var}(X)`` and
``\operatorname{Cov}(aX + b, cY + d) = ac\operatorname{Cov}(X, Y)`` hold for numbers a, b, c, d and every random
variable: Var and Cov (opaque atoms of their arguments in documents.expectation) now take the numbers out.
A symbol is still never taken out (nothing says it is not random).

A step whose sides write the same variance (or the expectation of a square) with different atom-free factors —
``\operatorname{Var}(2X) = 2\operatorname{Var}(X)`` once read so — differs by that factor times a quantity positive
for every non-degenerate distribution: FAILED. A side that writes no atom (``\operatorname{Var}(c) = 0``, right for a
constant c) is not read so: that step states what the atom is, and stays SKIPPED.
"""

from __future__ import annotations

import pytest
from support import display_step

GREEN = ("PROVED", "PASSED")


def _one(latex: str, prose: str = "Let $X$ and $Y$ be random variables.") -> object:
    return display_step(latex, prose)


@pytest.mark.parametrize(
    "latex",
    [
        r"\operatorname{Var}(3X + 2) = 9\operatorname{Var}(X)",
        r"\operatorname{Var}(-X) = \operatorname{Var}(X)",
        r"\operatorname{Var}(X - Y) = \operatorname{Var}(Y - X)",
        r"\operatorname{Var}\left(\frac{X + Y}{2}\right) = \frac{1}{4}\operatorname{Var}(X + Y)",
        r"\operatorname{Cov}(2X + 1, 3Y) = 6\operatorname{Cov}(X, Y)",
        r"\operatorname{Var}(5) = 0",
    ],
)
def test_numbers_are_taken_out_of_var_and_cov(latex: str) -> None:
    step = _one(latex)
    assert step.verdict.value in GREEN, step.message


@pytest.mark.parametrize(
    "latex",
    [
        r"\operatorname{Var}(2X) = 2\operatorname{Var}(X)",  # the square dropped
        r"\operatorname{Var}\left(\frac{X}{\sqrt{3}}\right) = \frac{1}{\sqrt{3}}\operatorname{Var}(X)",
        r"\operatorname{Var}(X + 1) + \operatorname{Var}(X) = 3\operatorname{Var}(X)",
        r"\mathbb{E}[(2X)^2] = 2\mathbb{E}[X^2]",  # the expectation of a square
    ],
)
def test_a_gap_of_a_positive_moment_times_a_nonzero_factor_is_failed(latex: str) -> None:
    step = _one(latex)
    assert step.verdict.value == "FAILED", step.message
    assert "non-degenerate" in step.message, step.message


@pytest.mark.parametrize(
    ("latex", "prose"),
    [
        # "For a constant $c$," makes c deterministic since gaps56 (Var(c) = 0 and Var(aX) = a²Var(X) are green:
        # tests/test_gaps56_constant_prose.py); a name the prose says nothing of stays in
        (r"\operatorname{Var}(c) = 0", "Let $X$ be random."),  # one side writes no atom: it says what Var(c) is
        (r"\operatorname{Var}(a X) = a^2 \operatorname{Var}(X)", "Let $X$ be random."),  # a symbol: not taken out
        (r"\operatorname{Var}(X + Y) = \operatorname{Var}(X) + \operatorname{Var}(Y)", "Let $X$, $Y$ be random."),
        (r"\mathbb{E}[X^2] = 2\mathbb{E}[X]^2", "Let $X$ be random."),  # two different atoms
    ],
)
def test_other_gaps_stay_skipped(latex: str, prose: str) -> None:
    step = _one(latex, prose)
    assert step.verdict.value == "SKIPPED", step.message
