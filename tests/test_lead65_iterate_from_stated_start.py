"""A worked iterate of an update rule from a start the prose states (lead65).

"Gradient descent updates $w_{t+1} = w_t - \\eta f'(w_t)$. With $\\eta = 0.1$ and $w_0 = 0$: … $$w_1 = 0 - 0.1 \\cdot
(-6) = 0.6$$": the display writes only ``w_1``, so the family w was built indexed from 1 and the stated ``w_0 = 0``
was "index 0 is outside 1..3 for w" — the worked iterate SKIPPED, a wrong one too. And read with the rule unfolded,
η (written only in the rule) was sampled, not read at its stated 0.1. Now the stated entry 0 indexes the family from 0
(``recurrencestart.stated_starts``) and the rule's inputs take their stated values (``recurrence_inputs``).
"""

from __future__ import annotations

import pytest
from support import doc_steps, verdicts_by_line

GD = """# Gradient descent

Let $f(w) = (w - 3)^2$, so $f'(w) = 2(w - 3)$. Gradient descent updates

$$
w_{t+1} = w_t - \\eta f'(w_t).
$$

With $\\eta = 0.1$ and $w_0 = 0$: $f'(0) = -6$, so

$$
w_1 = WORKED .
$$
"""

NEWTON = """# Newton's method

Let $f(w) = (w - 3)^2 + w^4$. A Newton step is $w_{t+1} = w_t - \\frac{f'(w_t)}{f''(w_t)}$.
From $w_0 = 1$: $f'(1) = 0$ and $f''(1) = 14$, so

$$
w_1 = WORKED .
$$
"""


def test_a_right_iterate_from_the_stated_start_is_proved() -> None:
    assert verdicts_by_line(GD.replace("WORKED", "0 - 0.1 \\cdot (-6) = 0.6")).get(12) == ["PROVED", "PROVED"]


@pytest.mark.parametrize(
    ("worked", "verdicts"),
    [
        ("0 + 0.1 \\cdot (-6) = -0.6", ["FAILED", "PROVED"]),  # the sign of the step flipped
        ("0 - 0.2 \\cdot (-6) = 1.2", ["FAILED", "PROVED"]),  # another step size than the stated η
        ("0 - 0.1 \\cdot (-6) = 0.7", ["PROVED", "FAILED"]),  # the arithmetic
    ],
)
def test_a_wrong_iterate_from_the_stated_start_is_failed(worked: str, verdicts: list[str]) -> None:
    assert verdicts_by_line(GD.replace("WORKED", worked)).get(12) == verdicts


def test_a_newton_iterate_with_the_rule_in_the_prose() -> None:
    assert verdicts_by_line(NEWTON.replace("WORKED", "1 - \\frac{0}{14} = 1")).get(7) == ["PROVED", "PROVED"]
    assert verdicts_by_line(NEWTON.replace("WORKED", "1 + \\frac{0}{14} - 1 = 0")).get(7)[0] == "FAILED"


MOMENTUM = """# Momentum, worked

Heavy-ball momentum keeps a velocity: $v_{t+1} = \\beta v_t + g_t$ and $\\theta_{t+1} = \\theta_t - \\eta v_{t+1}$.
Take $\\beta = 0.9$, $\\eta = 0.1$, $v_0 = 0$, $\\theta_0 = 1$ and gradients $g_0 = 2$, $g_1 = 1$. Then

$$
v_1 = 0.9 \\cdot 0 + 2 = 2, \\qquad \\theta_1 = 1 - 0.1 \\cdot 2 = 0.8,
$$

$$
v_2 = V2 .
$$
"""


def test_a_velocity_iterate_of_momentum_is_checked_at_the_stated_inputs() -> None:
    right = verdicts_by_line(MOMENTUM.replace("V2", "0.9 \\cdot 2 + 1 = 2.8"))
    assert right.get(11) == ["PROVED", "PROVED"]
    assert right.get(7, [])[:2] == ["PROVED", "PROVED"]  # v_1 (θ_1 beside it reads v's recurrence in its own)
    wrong = verdicts_by_line(MOMENTUM.replace("V2", "0.9 \\cdot 2 + 2 = 3.8"))  # g_1 = 1 taken as 2
    assert wrong.get(11) == ["FAILED", "PROVED"]
    # θ's rule reads v: v's stated v_0 indexes v from 0 there too (no "index 0 is outside 1..3 for v")
    assert all("index 0 is outside" not in (s.message or "") for s in doc_steps(MOMENTUM.replace("V2", "2.8")))
