r""""… gives $\hat\mu = \bar{x} = \frac1n\sum_{i=1}^n x_i$": the new name in the middle is defined too (fresh48).

An inline chain whose first two members are names and whose last is a formula ties both names to it. Only the
first was learned (``\hat\mu := \bar x``), so ``\bar x`` stayed an arbitrary number and a later step true only for
the sample mean (``\frac1n\sum_i (x_i - \bar x) = 0``, the inverse Gaussian's ``\sum_i x_i/\bar x^2 = n/\bar x``)
was FAILED. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# The sample mean

Setting the derivative to zero gives $\\hat\\mu = \\bar{x} = \\frac1n\\sum_{i=1}^n x_i$, whatever $\\lambda$ is.
Then

$$\\frac1n\\sum_{i=1}^n \\frac{(x_i - \\bar{x})^2}{\\bar{x}^2 x_i} = """ \
    """\\frac1n\\sum_{i=1}^n\\left(\\frac{1}{x_i} - \\frac{1}{\\bar{x}}\\right) .$$
"""


def test_the_middle_name_is_the_mean_for_the_lines_after() -> None:
    assert verdicts_by_line(_NOTE)[6] == ["PROVED"]


def test_a_wrong_step_with_the_mean_still_fails() -> None:
    wrong = _NOTE.replace("- \\frac{1}{\\bar{x}}\\right)", "- \\frac{2}{\\bar{x}}\\right)")
    assert verdicts_by_line(wrong)[6] == ["FAILED"]


def test_a_middle_name_the_notes_gave_before_is_not_defined_anew() -> None:
    # x̄ was set before: the chain claims something about it, and it is not read as the mean
    text = _NOTE.replace("# The sample mean\n", "# The sample mean\n\nLet $\\bar{x} = 2$.\n")
    assert verdicts_by_line(text)[8] != ["PROVED"]
