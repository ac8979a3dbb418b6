r""""Away from $\hat y_i = y_i$, …": the point the prose excludes is no definition (fresh48).

An inline equation right after "away from", "except at", "apart from" names the point where a
formula does *not* hold (the kink of an absolute value). Learned as a definition of its left member,
``\hat y_i = y_i`` made every later ``\operatorname{sign}(y_i - \hat y_i)`` zero: the derivative of
the absolute error was PROVED with either sign. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# The absolute error

The loss is

$$L = \\frac{1}{n}\\sum_{i=1}^n |y_i - \\hat y_i| .$$

Away from $\\hat y_i = y_i$, its derivative is

$$\\frac{\\partial L}{\\partial \\hat y_i} = -\\frac{1}{n}\\operatorname{sign}(y_i - \\hat y_i) .$$
"""


def test_the_right_derivative_away_from_the_kink_holds() -> None:
    assert verdicts_by_line(_NOTE)[9][-1] in ("PROVED", "PASSED")


def test_a_sign_flip_away_from_the_kink_fails() -> None:
    assert verdicts_by_line(_NOTE.replace("= -\\frac{1}{n}", "= \\frac{1}{n}"))[9] == ["FAILED"]


def test_except_at_names_the_excluded_point_too() -> None:
    text = _NOTE.replace("Away from $\\hat y_i = y_i$, its", "Except at $\\hat y_i = y_i$ its")
    assert verdicts_by_line(text.replace("= -\\frac{1}{n}", "= \\frac{1}{n}"))[9] == ["FAILED"]

