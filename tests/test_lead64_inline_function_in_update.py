"""A display that uses a function the prose defined inline before it defines its left side.

"Start from $w_0 = 0$ with $\\eta = 0.1$ and $g(w) = 4w - 2$." then ``w_1 = w_0 - \\eta g(w_0) = 0 - 0.1
\\cdot (-2) = 0.2``: the prose's inline formulas are learned after the displays, so g was an unknown call
when the display was learned, the update was taken as written out by its last member (w_1 := 0.2), and
that, a number, is no definition. Every iterate after it was SKIPPED ("w_1 appears on one side only").
A function the prose defines inline before the display is known there: w_1 is defined by the update and
the next iterate's substitution is checked at w_1's value.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""Start from $w_0 = 0$ with $\eta = 0.1$ and $g(w) = 4w - 2$.
$$w_1 = w_0 - \eta g(w_0) = 0 - 0.1 \cdot (-2) = 0.2$$
$$w_2 = w_1 - \eta g(w_1) = 0.2 - 0.1 \cdot ({INNER}) = 0.32$$
"""


def test_each_iterate_is_defined_by_its_update_and_checked() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("{INNER}", "0.8 - 2"))
    assert verdicts[2] == ["SKIPPED", "PROVED", "PROVED"], verdicts
    assert verdicts[3] == ["SKIPPED", "PROVED", "PROVED"], verdicts


def test_a_wrong_substitution_in_the_next_iterate_is_caught() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("{INNER}", "0.8 + 2"))
    assert "FAILED" in verdicts[3], verdicts
    assert "PROVED" not in verdicts[3][1:2] and "PASSED" not in verdicts[3][1:2], verdicts
