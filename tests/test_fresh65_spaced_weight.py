"""A letter the lead-in names by a value's role ("with weight $f$"), written spaced from its bracket, multiplies it.

GloVe notes define the weight function ``f(x) = (x/x_max)^alpha`` and then work one pair "with weight $f$":
``\\frac{\\partial}{\\partial w}\\, f\\,(w u + b - L)^2 = 2 f\\,(w u + b - L)\\, u``. The reader applied the notes' f to
the error and FAILED the right step (a false alarm); f there is the pair's weight times the bracket.
"""

from support import verdicts_by_line

NOTE = r"""The weight of a count $x$ is $f(x) = x^2 / 4$.

For a single pair with weight $f$ and log count $t$:

$$\frac{\partial}{\partial w}\, f\,(w u - t)^2 = RIGHT$$
"""


def test_the_weight_times_the_bracket_is_proved() -> None:
    assert verdicts_by_line(NOTE.replace("RIGHT", r"2 f\,(w u - t)\, u"))[5] == ["PROVED"]


def test_a_dropped_factor_still_fails() -> None:
    assert verdicts_by_line(NOTE.replace("RIGHT", r"2 f\,(w u - t)"))[5] == ["FAILED"]


def test_a_function_named_so_stays_a_call() -> None:
    # "the weight function $f$": the role names a function, and f\,(…) is its call (chain rule through f)
    note = NOTE.replace("with weight $f$ and log count $t$", "and the weight function $f$").replace(
        r"\frac{\partial}{\partial w}\, f\,(w u - t)^2 = RIGHT", r"\frac{d}{dw}\, f\,(w u) = \frac{w u^2}{2}"
    )
    assert verdicts_by_line(note)[5] == ["PROVED"]
