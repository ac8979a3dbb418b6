r"""A stated value copied into a worked member is no rounding: its box must not cover a wrong number beside it.

``w - \eta(4w - 2) = 0.2 - 0.1 \cdot (-1.6)`` at the stated w = 0.2, η = 0.1 (the gradient is -1.2, so the left
side is 0.32 and the right 0.36) was PASSED "within the rounding of the numbers written": the earlier member
writes names, so every decimal of the later one was taken for a possible rounding, and 0.2 ± 0.05, 0.1 ± 0.05
covered the slip. lead64's iterates defined by their updates reach such links in every gradient-descent note."""

from __future__ import annotations

from support import verdicts_by_line

_SUBSTITUTED = r"""# Step

With $\eta = 0.1$ and $w = 0.2$:

$$w - \eta (4 w - 2) = SIDE$$
"""

_ITERATE = r"""# Gradient descent

With $\eta = 0.1$ and the gradient $g(w) = 4w - 2$, start at $w_0 = 0.2$.

$$w_1 = w_0 - \eta g(w_0) = 0.2 - 0.1 \cdot (GRADIENT) = 0.36$$
"""


def test_a_wrong_number_beside_copied_stated_values_is_not_green() -> None:
    assert verdicts_by_line(_SUBSTITUTED.replace("SIDE", r"0.2 - 0.1 \cdot (-1.6)"))[5] == ["SKIPPED"]


def test_the_right_substitution_is_still_proved() -> None:
    assert verdicts_by_line(_SUBSTITUTED.replace("SIDE", r"0.2 - 0.1 \cdot (-1.2)"))[5] == ["PROVED"]


def test_a_rounded_value_beside_a_copied_stated_value_still_passes() -> None:
    notes = "# Step\n\nWith $x = 0.5$ we get\n\n$$e^{-x} + x = 0.607 + 0.5 = 1.107$$\n"
    assert verdicts_by_line(notes)[5] == ["PASSED", "PROVED"]


def test_a_wrong_gradient_in_an_iterate_is_not_green() -> None:
    verdicts = verdicts_by_line(_ITERATE.replace("GRADIENT", "-1.6"))[5]
    assert verdicts[1] == "SKIPPED"
    assert "PASSED" not in verdicts


def test_a_stated_value_written_twice_may_be_a_rounding_the_second_time() -> None:
    notes = "# Step\n\nWith $a = 0.3$ and $x = 2$ we get\n\n$$a + \\frac{\\sqrt{x}}{5} = 0.3 + 0.3 = 0.6$$\n"
    assert verdicts_by_line(notes)[5] == ["PASSED", "PROVED"]


def test_a_step_beyond_every_rounding_stays_failed() -> None:
    """The copies-are-exact look applies only where rounding every decimal would cover the gap: beyond that the step
    is FAILED as before (sound41's computation wrong at every stated value went SKIPPED under it; lead64)."""
    from support import doc_steps

    from verifier.results import Verdict

    note = ("With $u = 0.3$, $v = 0.1$, $a = -1$ and $b = 1$, let\n"
            "$h(y) = \\frac12 u (y - b)^2 + \\frac12 v (y - a)^2$.\n\n"
            "$$h(0.5) = \\tfrac12 \\cdot 0.3 \\cdot 0.5^2 + \\tfrac12 \\cdot 0.1 \\cdot 2.5^2$$\n")
    assert doc_steps(note)[-1].verdict is Verdict.FAILED
