r"""A backward pass worked by hand, ``\frac{\partial L}{\partial w_1} = (\hat y - y) w_2 x = 24``, is FAILED where
the number is wrong at the stated inputs (documents.statedintegers).

A worked backward pass states its inputs ("take $x = 2$, $w_1 = 0.5$, $w_2 = -3$ … target $y = 1$") and writes each
gradient as the derivative it computes, its formula and its value. Right, the value was PROVED under the stated
values; wrong (``= 12`` for 24), it was SKIPPED "another value meant, or a slip": a link to an exact number was
green only unless the chain opens by naming a new quantity (lead63's ``q = x + y = 3``). A chain that opens with
the derivative it computes names that quantity just as well: the number can only be the derivative's value at the
stated inputs. A gradient set to zero is an equation the values need not satisfy (the first-order condition), so a
written 0 stays green only, as does a value the prose says is sought or imposed.
"""

from __future__ import annotations

from support import verdicts_by_line

NET = (
    "Take $x = 2$, $w_1 = 0.5$, $w_2 = -3$ and the network $h = \\max(0, w_1 x)$, $\\hat y = w_2 h$, with the\n"
    "loss $L = \\frac{{1}}{{2}}(\\hat y - y)^2$ and target $y = 1$.\n\n"
    "Backward:\n\n$$\n\\frac{{\\partial L}}{{\\partial w_1}} = (\\hat y - y)\\, w_2\\, x = {v}\n$$\n"
)


def test_a_wrong_backward_value_at_stated_inputs_is_failed() -> None:
    assert verdicts_by_line(NET.format(v="12"))[7][1] == "FAILED"


def test_the_right_backward_value_stays_green() -> None:
    assert verdicts_by_line(NET.format(v="24"))[7][1] in ("PROVED", "PASSED")


def test_an_ordinary_derivative_head_is_read_the_same_way() -> None:
    note = "With $a = 3$ and $t = 2$, the position is $s = a t^2$.\n\n$$\n\\frac{{ds}}{{dt}} = 2 a t = {v}\n$$\n"
    assert verdicts_by_line(note.format(v="12"))[4][1] in ("PROVED", "PASSED")
    assert verdicts_by_line(note.format(v="10"))[4][1] == "FAILED"


def test_a_gradient_set_to_zero_stays_green_only() -> None:
    note = "With $a = 3$ and $t = 2$, the position is $s = a t^2$.\n\n$$\n\\frac{ds}{dt} = 2 a t = 0\n$$\n"
    assert verdicts_by_line(note)[4][1] != "FAILED"


def test_a_derivative_value_the_prose_imposes_stays_green_only() -> None:
    note = ("With $a = 3$ and $t = 2$, the position is $s = a t^2$. The constraint requires\n\n"
            "$$\n\\frac{ds}{dt} = 2 a t = 10\n$$\n")
    assert verdicts_by_line(note)[4][1] != "FAILED"
