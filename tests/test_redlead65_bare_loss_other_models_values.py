"""∂L/∂w of L(w, b), L bare, read at a w and b the notes state for another model (redlead65).

"A first model uses $w = 1$ and $b = 0$. The loss is $L(w, b) = …$. With the data $x = (1, 2)$, $y = (2, 4)$, at the
origin: $$\\frac{\\partial L}{\\partial w} = \\frac{1}{2}((-1)(1) + (-2)(2)) = -2.5$$": the gradient at the origin
is -5; -2.5 is its value at the first model's w = 1. Read with L at its stated parameters (lead65's
``_reach(unapplied=…)``) the first link is PROVED under w = 1 — green for a wrong gradient. (Written as ``L = …``
without parameters, the base reads it so too: the stated-values reading takes the last value in the section,
whatever it is stated for.)
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = """# Two models

A first model uses $w = 1$ and $b = 0$.

The loss is $L(w, b) = \\frac{1}{2n}\\sum_{i=1}^n (w x_i + b - y_i)^2$.
With the data $x = (1, 2)$, $y = (2, 4)$, at the origin:

$$
\\frac{\\partial L}{\\partial w} = \\frac{1}{2}((-1)(1) + (-2)(2)) = -2.5 .
$$
"""


def test_a_gradient_at_another_models_stated_values_is_not_green() -> None:
    verdicts = verdicts_by_line(NOTE)
    assert verdicts.get(9, [""])[0] not in ("PROVED", "PASSED"), verdicts
