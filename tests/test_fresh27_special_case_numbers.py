r"""A link of numbers alone is judged as arithmetic, whatever recurrence its chain starts from.

"$m_t = \beta m_{t-1} + (1 - \beta) g_t$, started at zero … $$m_1 = 0.1 \cdot 0.5 = 0.5$$": the second link writes
no name, yet it was SKIPPED "a special case the prose states (zero) may be meant", the excuse for a step that
reads the recurrence unfolded, so 0.1 · 0.5 = 0.5 was never FAILED (fresh27's AdaMax note). The excuse now holds
only for a link that reaches the recurrence's name (documents.guesses).
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# EMA

The average is $m_t = \beta m_{t-1} + (1 - \beta) g_t$, started at zero.

With $\beta = 0.9$ and $g_1 = 0.5$:

$$m_1 = 0.1 \cdot 0.5 = 0.05$$
"""


def test_wrong_arithmetic_after_a_recurrence_fails() -> None:
    assert verdicts_by_line(NOTE.replace("= 0.05$$", "= 0.5$$")).get(7, [])[-1] == "FAILED"


def test_right_arithmetic_after_a_recurrence_is_proved() -> None:
    assert verdicts_by_line(NOTE).get(7, [])[-1] == "PROVED"
