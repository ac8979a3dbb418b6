"""A bracket after a slash derivative's variable that holds more than one other name is a factor (review65 L1).

fresh71 read ``\\partial L/\\partial z(t)`` as the derivative by the state at t; the same rule made
``\\partial f/\\partial x(x - 1)`` a derivative "with respect to the expression x(x - 1)": the right product step
SKIPPED, the wrong one too (FAILED before). Only a lone name other than the variable's own is a point.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# Product

Let $f = x^3$. Then

$$
\\partial f/\\partial x(x - 1) = RIGHT
$$
"""


def test_a_product_after_a_slash_derivative_is_checked() -> None:
    assert verdicts_by_line(NOTE.replace("RIGHT", "3x^3 - 3x^2")).get(6) == ["PROVED"]
    assert verdicts_by_line(NOTE.replace("RIGHT", "3x^2")).get(6) == ["FAILED"]
