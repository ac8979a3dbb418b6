r"""An RNN worked by hand reads ``h_1`` one way: the entry the notes define, also inside a family's body (alarm69).

Notes state ``a_t = W h_{t-1} + U x_t`` and ``h_t = \tanh(a_t)`` inline, then work ``h_1 = \tanh(a_1) = …`` in one
display and ``h_2 = \tanh(a_2) = \tanh(W h_1 + U x_2) = …`` in the next. The display defines h_1, and ``h_1``
written on the right read that definition, while ``a_2`` read through its family's body ``W h_{t-1} + U x_t`` at
t = 2 took h's entry 1 as a free value: the right link was FAILED ("left 0.76…, right 0.0"; gaps68, left (c)).
An entry a body names at the index it binds is now the entry the notes define, as where it is written
(documents.resolve ``_defined_entry``); a chain's own free index keeps its entries free.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Two steps of a tiny RNN

The cell computes $a_t = W h_{t-1} + U x_t$ and $h_t = \tanh(a_t)$ from $h_0 = 0$, with $W = 0.5$, $U = 1$,
$x_1 = 1$ and $x_2 = 2$. First

$$
h_1 = \tanh(a_1) = \tanh(W h_0 + U x_1) = \tanh(1) \approx 0.7616
$$

then

$$
h_2 = \tanh(a_2) = \tanh(W h_1 + U x_2) = \tanh(0.5 \cdot 0.7616 + 2) \approx 0.9830
$$

and back through the second step

$$
\frac{\partial a_2}{\partial h_1} = W
$$
"""
_SECOND, _BACK = 13, 19


def test_the_second_step_reads_h1_one_way() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert "FAILED" not in verdicts[_SECOND], verdicts
    assert verdicts[_SECOND][1] in ("PROVED", "PASSED"), verdicts[_SECOND]


def test_a_swapped_weight_in_the_second_step_is_still_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace(r"= \tanh(W h_1 + U x_2) =", r"= \tanh(U h_1 + W x_2) ="))
    assert verdicts[_SECOND][1] == "FAILED", verdicts[_SECOND]


def test_the_derivative_through_the_defined_entry_is_read_and_a_wrong_one_not_green() -> None:
    assert verdicts_by_line(_NOTE)[_BACK] == ["PROVED"]
    wrong = verdicts_by_line(_NOTE.replace(r"{\partial h_1} = W", r"{\partial h_1} = U"))
    assert wrong[_BACK][0] not in ("PROVED", "PASSED"), wrong[_BACK]
