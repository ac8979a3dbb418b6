"""A family's value stated at the update rule's own index letter: "the gradient is constant, $g_t = 1$" (cover66).

"Gradient descent updates $\\theta_{t+1} = \\theta_t - \\eta g_t$ … Suppose the gradient is constant, $g_t = 1$ for
every t, with $\\eta = 0.1$ and $\\theta_0 = 2$. $$\\theta_1 = 2 - 0.1 \\cdot 1 = 1.9$$" was SKIPPED "read so the step
fails only at values of g the reader does not hold": the stated ``g_t = 1`` named no entry the unfolded iterate reads
(g_0, g_1). A value stated at the letter of a rule that reads the family there states every such entry
(``recurrencestart.every_entry``), and the family the rule reads is one of its inputs (``recurrence_inputs``).
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

NOTES = """# A constant gradient

Gradient descent updates $\\theta_{t+1} = \\theta_t - \\eta g_t$ where $g_t$ is the gradient at step t.
Suppose the gradient is constant, $g_t = 1$ for every t, with $\\eta = 0.1$ and $\\theta_0 = 2$.

$$\\theta_1 = THETA1$$

$$\\theta_2 = THETA2$$
"""


def _notes(theta1: str = "2 - 0.1 \\cdot 1 = 1.9", theta2: str = "1.9 - 0.1 \\cdot 1 = 1.8") -> str:
    return NOTES.replace("THETA1", theta1).replace("THETA2", theta2)


def test_the_worked_iterates_are_proved() -> None:
    got = verdicts_by_line(_notes())
    assert got.get(6) == ["PROVED", "PROVED"]
    assert got.get(8) == ["PROVED", "PROVED"]


@pytest.mark.parametrize(
    ("theta2", "verdicts"),
    [
        ("1.9 - 0.1 \\cdot 5 = 1.4", ["FAILED", "PROVED"]),  # another gradient than the stated constant
        # (the prose's "Suppose" names no other case: every input of the rule is read at its stated value)
        ("1.9 - 0.1 \\cdot 2 = 1.7", ["SKIPPED", "PROVED"]),  # within 1.9's rounding only: never green
        ("1.9 + 0.1 \\cdot 1 = 2", ["FAILED", "PROVED"]),  # the sign of the step
        ("2 - 0.1 \\cdot 1 = 1.9", ["FAILED", "PROVED"]),  # from θ_0 again, not θ_1
    ],
)
def test_a_wrong_iterate_is_failed(theta2: str, verdicts: list[str]) -> None:
    assert verdicts_by_line(_notes(theta2=theta2)).get(8) == verdicts


def test_a_numbered_entry_stated_keeps_its_own_value() -> None:
    # "g_t = 1", then "$g_1 = 3$": θ_2 = 1.9 - 0.1 · 3 reads g_1 at 3, not at the constant
    text = _notes(theta2="1.9 - 0.1 \\cdot 3 = 1.6").replace("for every t,", "for every t but $g_1 = 3$,")
    assert verdicts_by_line(text).get(8) == ["PROVED", "PROVED"]


def test_a_letter_given_a_value_states_no_constant() -> None:
    # "at $t = 0$, $g_t = 1$": one entry, at a step the prose names, not every entry
    text = _notes(theta2="1.9 - 0.1 \\cdot 1 = 1.8").replace("constant, $g_t = 1$ for every t", "$g_t = 1$ at $t = 0$")
    assert verdicts_by_line(text).get(8, ["SKIPPED"])[0] not in ("PROVED", "PASSED")


ADAM = """# Adam's first moment

Adam keeps $m_{t+1} = \\beta_1 m_t + (1 - \\beta_1) g_t$ from $m_0 = 0$, with $\\beta_1 = 0.9$ and GRADIENTS.

$$m_1 = 0.9 \\cdot 0 + 0.1 \\cdot 2 = 0.2$$

$$m_2 = M2$$
"""


@pytest.mark.parametrize("gradients", ["$g_t = 2$ for every t", "$g_0 = 2$, $g_1 = 2$"])
def test_one_minus_a_stated_rate_is_no_rounding(gradients: str) -> None:
    # m_2 = 0.9 · 0.2 + 0.1 · 2 = 0.38; written with 0.1 · 4, 0.58 was PASSED "within the rounding of the numbers
    # written" (0.1 ± 0.05, times 4), on the base too with the entries stated by number: 0.1 is 1 - β_1, exact
    text = ADAM.replace("GRADIENTS", gradients)
    assert verdicts_by_line(text.replace("M2", "0.9 \\cdot 0.2 + 0.1 \\cdot 2 = 0.38")).get(7) == ["PROVED", "PROVED"]
    wrong = verdicts_by_line(text.replace("M2", "0.9 \\cdot 0.2 + 0.1 \\cdot 4 = 0.58")).get(7, ["SKIPPED"])
    assert wrong[0] not in ("PROVED", "PASSED")
