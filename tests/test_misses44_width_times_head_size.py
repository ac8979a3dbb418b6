r"""``d^2 + 2\,d\,d_h``: the width d times d_h = d/h, neither a differential nor entry h of a vector d (misses44).

fresh33's MQA note: "width $d$ with $h$ heads of size $d_h = d/h$" then ``d^2 + 2\,d\,d_h + d^2 = 2d^2 + d\,d_h`` was
SKIPPED "a differential (d before a name) is not read": ``d_h`` made d a vector (a name written with a subscript), and
an italic d before a name was taken for a possible differential though the step writes d as a value (d^2). A
subscript the notes compute the name from (d_h = d/h, h never summed nor ranged) names a quantity; a step writing the
notes' d as a value reads ``d\,d_h`` as a product."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Widths

A layer of width $d$ with $h$ heads of size $d_h = d/h$ has

$$P = d^2 + 2\\,d\\,d_h + d^2 = 2d^2 + RIGHT .$$
"""


@pytest.mark.parametrize(("right", "verdict"), [("2d\\,d_h", "PROVED"), ("d\\,d_h", "FAILED")])
def test_width_times_head_size_is_a_product(right: str, verdict: str) -> None:
    assert verdicts_by_line(_NOTE.replace("RIGHT", right))[5][-1] == verdict


def test_a_differential_where_the_step_writes_no_d_value_stays_unread() -> None:
    note = "# Differentials\n\nThe data have $d$ features and $f = x^2$, so\n\n$$df = 2x\\,dx .$$\n"
    assert verdicts_by_line(note)[5] == ["SKIPPED"]


def test_a_family_computed_from_its_index_keeps_its_entries() -> None:
    note = ("# Grid\n\nFor $i = 1, \\dots, n$ let $x_i = i/n$.\n\n"
            "$$\\sum_{i=1}^n x_i = \\frac{n + 1}{2}$$\n")
    assert verdicts_by_line(note)[5] == ["PROVED"]
