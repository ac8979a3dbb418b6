r"""A recurrence unfolded down to the start the prose states (fresh54).

Momentum notes state ``v_t = \beta v_{t-1} + g_t`` "with $v_0 = 0$" and unroll ``v_3``. Unfolded only down to the
lowest entry the chain writes, v_1 was a free value, and the right ``\beta(\beta v_1 + g_2) + g_3 = \beta^2 g_1 +
\beta g_2 + g_3`` was FAILED; it holds because the notes start from v_0 = 0. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_MOMENTUM = r"""
# Momentum

The velocity obeys $u_t = \gamma u_{t-1} + d_t$ with $u_0 = START$. Unrolling,

$$u_3 = \gamma u_2 + d_3 = \gamma\left(\gamma u_1 + d_2\right) + d_3 = RESULT$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _verdicts(start: str, result: str) -> list[str]:
    text = _MOMENTUM.replace("START", start).replace("RESULT", result)
    return verdicts_by_line(text)[_line_of(text, "u_3 =")]


def test_the_unrolled_velocity_from_a_zero_start_is_proved() -> None:
    assert _verdicts("0", r"\gamma^2 d_1 + \gamma d_2 + d_3")[-1] == "PROVED"


def test_a_wrong_power_in_the_unrolled_velocity_is_failed() -> None:
    assert _verdicts("0", r"\gamma^3 d_1 + \gamma d_2 + d_3")[-1] == "FAILED"


def test_the_start_value_is_used_as_stated() -> None:
    assert _verdicts("1", r"\gamma^3 + \gamma^2 d_1 + \gamma d_2 + d_3")[-1] == "PROVED"
    assert _verdicts("1", r"\gamma^2 d_1 + \gamma d_2 + d_3")[-1] == "FAILED"


_NEWTON = r"""
# Newton's method

Newton's method for $f(x) = x^2 - 3$ iterates $x_{k+1} = x_k - f(x_k)/f'(x_k)$. Start at $x_0 = 2$:

$$x_1 = 2 - \frac{1}{4} = \frac{7}{4}$$

$$x_2 = \frac{7}{4} - \frac{49/16 - 3}{7/2} = RESULT$$
"""


def test_a_start_the_recurrence_differentiates_at_is_no_internal_error() -> None:
    # f'(x_k) unfolded down to x_0 is a derivative by x_0: the start's value is not put in place of a variable
    right = _NEWTON.replace("RESULT", r"\frac{97}{56}")
    wrong = _NEWTON.replace("RESULT", r"\frac{97}{28}")
    assert verdicts_by_line(right)[_line_of(right, "x_2 =")][-1] == "PROVED"
    assert verdicts_by_line(wrong)[_line_of(wrong, "x_2 =")][-1] == "FAILED"
