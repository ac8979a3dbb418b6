"""A function written bare in a worked step is read at its parameters' stated values (lead65).

"The loss is $L(w, b) = \\frac{1}{2n}\\sum_i (w x_i + b - y_i)^2$. With the data $x = (1, 2)$, $y = (2, 4)$ and $w = b =
0$, $$\\frac{\\partial L}{\\partial w} = \\frac{1}{2}((-2)(1) + (-4)(2)) = -5$$": ∂L/∂w writes L bare, so L is L at
its own parameters w and b — the point the prose states. Their stated values were not read (a function's parameters
are no names its body reaches), so the worked gradient was SKIPPED "a worked number against a definition over x, y,
whose values the notes give only in prose"; written as ``L = …`` (no parameters) it was PROVED.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

NOTE = """# Linear regression by gradient descent

The loss is $L(w, b) = \\frac{1}{2n}\\sum_{i=1}^n (w x_i + b - y_i)^2$.

With the data $x = (1, 2)$, $y = (2, 4)$ and $w = b = 0$, the residuals are $-2$ and $-4$, so

$$
\\frac{\\partial L}{\\partial w} = WORKED .
$$
"""


def test_a_right_gradient_at_the_stated_point_is_proved() -> None:
    assert verdicts_by_line(NOTE.replace("WORKED", "\\frac{1}{2}((-2)(1) + (-4)(2)) = -5")).get(8) == [
        "PROVED", "PROVED"]  # fmt: skip


@pytest.mark.parametrize("worked", [
    "\\frac{1}{2}((-2)(2) + (-4)(1)) = -4",  # x's entries swapped
    "(-2)(1) + (-4)(2) = -10",  # the 1/n dropped
])  # fmt: skip
def test_a_wrong_gradient_at_the_stated_point_is_not_green(worked: str) -> None:
    # a worked value through the notes' own L at stated values that differs is SKIPPED with both sides
    # (documents.stated: the values may be rounded on the way), never green
    assert verdicts_by_line(NOTE.replace("WORKED", worked)).get(8, [""])[0] in ("SKIPPED", "FAILED")


FORWARD = """# A training example

The forward pass gives the output

$$
y = -2.4369
$$

Suppose the label is $y^* = 1$. We use a square loss,

$$
L(y, y^*) = \\frac{1}{2}(y - y^*)^2 .
$$

Backward pass:

$$
\\frac{\\partial L}{\\partial y} = (y - y^*) = VALUE
$$
"""


def test_a_value_a_display_computed_before_the_definition_is_kept() -> None:
    # the forward pass's y (a display before L(y, y^*) is defined) and the label stated in the loss's own paragraph
    # are this example's values (a corpus step, dalby 221, lost its PASSED to a rule that kept only later values)
    assert verdicts_by_line(FORWARD.replace("VALUE", "-3.437")).get(18) == ["PROVED", "PASSED"]
    assert verdicts_by_line(FORWARD.replace("VALUE", "-1.437")).get(18, ["", ""])[1] not in ("PROVED", "PASSED")
