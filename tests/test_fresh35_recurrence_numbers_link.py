r"""A link of numbers alone after a worked entry of a recurrence is checked: ``s_2 = 0.9 \cdot 0.5 + 0.1 \cdot
(1 - 0.2)^2 = 0.45 + 0.0049`` (fresh35).

A chain working an entry of a recurrence by hand (``s_2 = …``) whose first link cannot be unfolded has its FAILED
steps that sample the family as free values made SKIPPED (documents.recurrenceworked.free_entries). The chain's
counterexample lists every name of the chain, so the second link — numbers only, no entry of s — was SKIPPED too,
and a wrong product in it (AdaBelief's ``(1 - 0.2)^2`` for ``(1 - 0.28)^2``) went unflagged. Only a step that writes
an entry of the family is now taken back; a link of numbers stands on its own."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = r"""# Running variance

The running second moment is

$$s_t = \beta s_{t-1} + (1-\beta)\,(g_t - m_t)^2 + \epsilon$$

With $\beta = 0.9$:

$$s_2 = 0.9 \cdot 0.5 + 0.1 \cdot (1 - 0.28)^2 = 0.45 + RIGHT$$
"""


def test_a_wrong_product_in_the_numbers_link_fails() -> None:
    lines = verdicts_by_line(_NOTE.replace("RIGHT", "0.0049"))
    assert lines[9][-1] == "FAILED", lines


def test_the_right_numbers_link_is_proved() -> None:
    lines = verdicts_by_line(_NOTE.replace("RIGHT", "0.05184"))
    assert lines[9][-1] == "PROVED", lines
    assert "FAILED" not in lines[9], lines
