"""Momentum's two coupled update rules, worked from the starts the notes state (cover66).

Heavy-ball notes state ``v_{t+1} = \\beta v_t + \\nabla f(\\theta_t)`` and ``\\theta_{t+1} = \\theta_t - \\eta
v_{t+1}``, then, with θ_0, v_0, β and η stated, work ``\\theta_1 = 1 - 0.05 \\cdot 2 = 0.9``. Each rule writes the
other's family, so neither was unfolded (``recurrence.coupled``) and the worked iterates were SKIPPED "could not be
unfolded here", a wrong one too. Now both rules are unfolded together down to the stated starts
(``coupledworked``), and the inputs of the rule the first reads (β) take their stated values
(``recurrencestart.recurrence_inputs``).
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

NOTES = """# Momentum

Heavy-ball momentum keeps a velocity:

$$v_{t+1} = \\beta v_t + \\nabla f(\\theta_t), \\qquad \\theta_{t+1} = \\theta_t - \\eta v_{t+1}.$$

Take $f(\\theta) = \\theta^2$, so $\\nabla f(\\theta) = 2\\theta$. With $\\theta_0 = 1$, $v_0 = 0$, \
$\\beta = BETA$ and $\\eta = 0.05$:

$$v_1 = V1$$

$$\\theta_1 = THETA1$$
"""


def _notes(
    v1: str = "0.9 \\cdot 0 + 2 \\cdot 1 = 2", theta1: str = "1 - 0.05 \\cdot 2 = 0.9", beta: str = "0.9"
) -> str:
    return NOTES.replace("V1", v1).replace("THETA1", theta1).replace("BETA", beta)


def test_the_worked_velocity_and_iterate_are_proved() -> None:
    got = verdicts_by_line(_notes())
    assert got.get(9) == ["PROVED", "PROVED"]
    assert got.get(11) == ["PROVED", "PROVED"]


@pytest.mark.parametrize(
    ("theta1", "verdicts"),
    [
        ("1 - 0.05 \\cdot 4 = 0.8", ["FAILED", "PROVED"]),  # the gradient counted twice
        ("1 + 0.05 \\cdot 2 = 1.1", ["FAILED", "PROVED"]),  # the step's sign flipped
        # another step size than the stated η: 0.1 is also 1 - β (β = 0.9), a copy of a stated value that only a
        # rounding of it (0.1 ± 0.05) makes equal: SKIPPED, never green (workedrounding's policy; stop 66's merge)
        ("1 - 0.1 \\cdot 2 = 0.8", ["SKIPPED", "PROVED"]),
        ("1 - 0.05 \\cdot 2 = 0.8", ["PROVED", "FAILED"]),  # the arithmetic
    ],
)
def test_a_wrong_iterate_is_failed(theta1: str, verdicts: list[str]) -> None:
    assert verdicts_by_line(_notes(theta1=theta1)).get(11) == verdicts


def test_a_wrong_velocity_is_failed() -> None:
    assert verdicts_by_line(_notes(v1="0.9 \\cdot 1 + 2 \\cdot 1 = 2.9")).get(9) == ["FAILED", "PROVED"]


def test_the_second_iterate_unfolds_both_rules_to_the_starts() -> None:
    # θ_2 = θ_1 - η(β v_1 + ∇f(θ_1)): β is an input of the rule θ's rule reads (recurrence_inputs follows it), and
    # ∇f at the unfolded θ_1 is the derivative evaluated there
    two = _notes() + "\n$$\\theta_2 = THETA2$$\n"
    assert verdicts_by_line(two.replace("THETA2", "0.9 - 0.05 \\cdot (0.9 \\cdot 2 + 2 \\cdot 0.9) = 0.72")).get(
        13
    ) == ["PROVED", "PROVED"]
    # the velocity forgotten (plain gradient descent's step): FAILED
    assert verdicts_by_line(two.replace("THETA2", "0.9 - 0.05 \\cdot 2 \\cdot 0.9 = 0.81")).get(13) == [
        "FAILED",
        "PROVED",
    ]


def test_an_iterate_copied_from_the_line_before_is_no_rounding() -> None:
    # with β = 0.5, θ_2 = 0.9 - 0.05(0.5 · 2 + 1.8) = 0.76; a wrong gradient 1.9 is within the rounding of the 0.9
    # written only if θ_1 = 0.9 (computed exactly on line 11) were rounded: never green (shownroundings)
    two = _notes(beta="0.5") + "\n$$\\theta_2 = 0.9 - 0.05 \\cdot (0.5 \\cdot 2 + GRAD) = RESULT$$\n"
    assert verdicts_by_line(two.replace("GRAD", "1.8").replace("RESULT", "0.76")).get(13) == ["PROVED", "PROVED"]
    assert verdicts_by_line(two.replace("GRAD", "1.9").replace("RESULT", "0.755")).get(13) == ["SKIPPED", "PROVED"]


def test_no_start_stated_stays_skipped() -> None:
    # the coupled rules without the starts: no reading, the worked iterate is not green
    text = _notes().replace("With $\\theta_0 = 1$, $v_0 = 0$, ", "With ")
    assert verdicts_by_line(text).get(11, ["SKIPPED"])[0] not in ("PROVED", "PASSED")
    text = _notes(theta1="1 - 0.05 \\cdot 4 = 0.8").replace("$v_0 = 0$, ", "")
    assert verdicts_by_line(text).get(11, ["SKIPPED"])[0] not in ("PROVED", "PASSED")


def test_a_derivative_through_the_coupled_rules_stays_unread() -> None:
    # ∂θ_1/∂θ_0 = 1 - η∇²f: the coupled unfolding reads worked entries only, never a derivative by one
    text = _notes() + "\n$$\\frac{\\partial \\theta_1}{\\partial \\theta_0} = 1$$\n"
    assert verdicts_by_line(text).get(13, ["SKIPPED"])[0] not in ("PROVED", "PASSED")
