r"""A point the cases single out where the other side is 0/0 and tends to the same value is no unexamined point.

``\int_0^\Delta e^{cs}\,ds = \frac{e^{c\Delta} - 1}{c}`` (fresh49) is computed by cases, Δ at c = 0: redcat67's
backstop for a point the cases single out (a ``Ne`` row now too) made it SKIPPED "the cases single out c = 0, a point
no random sample reaches", though the right side is undefined there and tends to Δ. Such a removable point is no point
of the claim the numbers miss (engine._removable); a row whose value differs from that limit still is.
"""

from __future__ import annotations

from support import verdicts_by_line


def test_the_integral_by_cases_is_green_where_the_other_side_is_its_limit() -> None:
    text = "$$\n\\int_0^{\\Delta} e^{c s}\\, ds = \\frac{e^{c \\Delta} - 1}{c} .\n$$\n"
    assert verdicts_by_line(text)[2][0] in ("PROVED", "PASSED")


def test_a_row_that_differs_from_the_limit_is_not_green() -> None:
    text = ("$$\n\\begin{cases} 5 & x = 0 \\\\ \\frac{\\sin x}{x} & x \\ne 0 \\end{cases} = \\frac{\\sin x}{x}\n$$\n")
    assert verdicts_by_line(text)[2][0] not in ("PROVED", "PASSED")
