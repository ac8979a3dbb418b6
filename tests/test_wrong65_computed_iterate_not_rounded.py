r"""A worked iterate the notes computed exactly is copied, not rounded: its box must not cover a wrong number.

``w_2 = w_1 - \eta g(w_1) = 0.2 - 0.1 \cdot (-1.6)`` where the notes computed ``w_1 = 0 - 0.1 \cdot (-2) = 0.2``
exactly (the gradient at 0.2 is -1.2: 0.32 against 0.36) was PASSED "within the rounding of the numbers written":
only the values the prose states counted as copies, so 0.2 ± 0.05 covered the slip (redlead64's leftover). A value
the notes rounded when they computed it (0.3333 for 1/3) is still a rounding where it really is one."""

from __future__ import annotations

from support import verdicts_by_line

_GD = r"""# Gradient descent

Minimise $f(w) = 2w^2 - 2w$ with gradient $g(w) = 4w - 2$, learning rate $\eta = 0.1$, starting at $w_0 = 0$.

$$w_1 = w_0 - \eta g(w_0) = 0 - 0.1 \cdot (-2) = 0.2$$

$$w_2 = w_1 - \eta g(w_1) = 0.2 - 0.1 \cdot (GRADIENT) = RESULT$$
"""


def test_a_wrong_gradient_at_a_computed_iterate_is_not_green() -> None:
    verdicts = verdicts_by_line(_GD.replace("GRADIENT", "-1.6").replace("RESULT", "0.36"))[7]
    assert verdicts[1] == "SKIPPED"
    assert "PASSED" not in verdicts


def test_the_right_gradient_at_a_computed_iterate_is_proved() -> None:
    verdicts = verdicts_by_line(_GD.replace("GRADIENT", "-1.2").replace("RESULT", "0.32"))[7]
    assert verdicts[1:] == ["PROVED", "PROVED"]


_THIRD = r"""# Iterates

Let $h(v) = 3v - 1$ with $\eta = 0.5$ and $v_0 = 1$.

$$v_1 = v_0 - \eta h(v_0) = 1 - 0.5 \cdot 2 = 0$$

$$v_2 = \frac{v_0}{3} = \frac{1}{3} = 0.3333$$

$$v_3 = v_2 + 0.1 = 0.3333 + 0.1 = 0.4333$$
"""


def test_an_iterate_the_notes_rounded_is_still_a_rounding() -> None:
    """0.3333 is the notes' rounding of 1/3: the link that carries it is within the rounding."""
    verdicts = verdicts_by_line(_THIRD)[9]
    assert verdicts[1] == "PASSED"
