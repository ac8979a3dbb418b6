r"""``$m_0 = v_0 = 0$`` states 0 for each name (gaps69, item 1): not a definition of m₀ by v₀.

Adam's start written as one chain of names ending with a number was learned as ``m_0 := v_0``, so the worked
steps' hypotheses read v₀ = 0 only and a bias-corrected estimate through m₁ was SKIPPED "a worked number against a
definition over … whose values the notes give only in prose". Read as ``$m_0 = 0$, $v_0 = 0$`` it is checked."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.tiednames import states_each

ADAM = r"""
# Adam's first step

With $\beta_1 = 0.5$, $\beta_2 = 0.75$, $m_0 = v_0 = 0$ and a gradient $g_1 = 4$:

$$m_1 = \beta_1 m_0 + (1 - \beta_1) g_1 = 2$$

$$v_1 = \beta_2 v_0 + (1 - \beta_2) g_1^2 = 4$$

The bias-corrected estimates are

$$\hat m_1 = \frac{m_1}{1 - \beta_1} = MHAT$$
"""


def _verdicts_of_line(body: str, line: int) -> list[str]:
    return verdicts_by_line(body.strip() + "\n").get(line, [])


def test_a_chain_of_names_ending_in_a_number_states_each() -> None:
    assert states_each(["m_0", "v_0", "0"])
    assert states_each(["a", "b", "c", "-1.5"])
    assert not states_each(["m_0", "0"])  # one name: a plain value, read by documents.stated
    assert not states_each(["w_1", "w_2", "w"])  # a tie of names (tiednames)
    assert not states_each(["m_0", "m_0", "0"])
    assert not states_each(["m_0", "v_0", "x + 1"])


def test_the_worked_estimate_through_m0_is_proved() -> None:
    # failed on the base: SKIPPED "a worked number against a definition over g_1, v_0, …" (m_0 read as v_0)
    verdicts = _verdicts_of_line(ADAM.replace("MHAT", "4"), 11)
    assert "PROVED" in verdicts or "PASSED" in verdicts, verdicts


def test_a_wrong_estimate_through_m0_is_not_green() -> None:
    verdicts = _verdicts_of_line(ADAM.replace("MHAT", "3"), 11)
    assert "FAILED" in verdicts, verdicts


def test_a_wrong_first_moment_is_still_failed() -> None:
    verdicts = _verdicts_of_line(ADAM.replace("MHAT", "4").replace("g_1 = 2$$", "g_1 = 3$$"), 5)
    assert "FAILED" in verdicts, verdicts
