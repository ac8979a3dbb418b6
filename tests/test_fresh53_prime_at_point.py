r"""A prime at a named point: ``g'(u_1)`` after ``g(u) = …`` is the derivative evaluated at u_1 (fresh53).

A homework's Newton step writes ``$$u_1 = 0 - \frac{3}{-6} = \frac12$$`` and then "the slope there is
``g'(u_1) = -2.25``". The notes define g by its own parameter u; u_1 is a point, and the step states g' there, a
number. It was FAILED "at u_1 = 1": u_1 was read as the variable of the derivative (the ``\frac{d}{dx} x^3 = 3``
case, where a right side without the variable is wrong under every reading), so any value of u_1 refuted it.
Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NEWTON = r"""
# Q2

Let $g(u) = u^3 - 3u$.

One Newton step from $u_0 = 0$ gives

$$u_1 = 0 - \frac{3}{-6} = \frac12$$

and the slope there is $g'(u_1) = VALUE$.
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_derivative_at_a_named_point_is_not_failed_for_other_points() -> None:
    text = _NEWTON.replace("VALUE", "-2.25")
    verdicts = verdicts_by_line(text)[_line_of(text, "the slope there")]
    assert "FAILED" not in verdicts, verdicts


def test_an_approximate_value_at_a_named_point_is_not_failed() -> None:
    text = _NEWTON.replace("VALUE", "-2.25").replace("= -2.25", r"\approx -2.25")
    verdicts = verdicts_by_line(text)[_line_of(text, "the slope there")]
    assert "FAILED" not in verdicts, verdicts


def test_the_derivative_by_the_own_parameter_is_still_an_identity() -> None:
    text = _NEWTON.replace("VALUE", "-2.25").replace("the slope there is $g'(u_1) = -2.25$",
                                                 "the slope is $g'(u) = 3u^2$")
    verdicts = verdicts_by_line(text)[_line_of(text, "the slope is")]
    assert verdicts == ["FAILED"], verdicts
