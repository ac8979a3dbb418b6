r"""An arbitrary function differentiated on both sides to different orders: an ODE, no rule (fresh53).

``f''(x) = -f(x) + f'(x)`` for an f the notes never define is an equation its solutions satisfy, not an identity
for every f; it was FAILED at an f of the sampler's choosing. A rule for every g has the same highest derivative
on both sides (``\frac{d}{dx} g'(x)^2 = 2g'(x)g''(x)``) and stays checked. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTES = r"""
# Two facts

The unknown $f$ solves

$$f''(x) = -f(x) + f'(x)$$

and for any $g$, by the chain rule,

$$\frac{d}{dx} g'(x)^2 = RULE$$
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_an_ode_for_an_undefined_function_is_not_failed() -> None:
    text = _NOTES.replace("RULE", r"2 g'(x) g''(x)")
    verdicts = verdicts_by_line(text)[_line_of(text, "f''(x) =")]
    assert verdicts == ["SKIPPED"], verdicts


def test_a_rule_with_equal_orders_is_proved() -> None:
    text = _NOTES.replace("RULE", r"2 g'(x) g''(x)")
    verdicts = verdicts_by_line(text)[_line_of(text, "g'(x)^2 =")]
    assert verdicts == ["PROVED"], verdicts


def test_a_wrong_rule_with_equal_orders_is_failed() -> None:
    text = _NOTES.replace("RULE", r"2 g'(x)^2 g''(x)")
    verdicts = verdicts_by_line(text)[_line_of(text, "g'(x)^2 =")]
    assert verdicts == ["FAILED"], verdicts
