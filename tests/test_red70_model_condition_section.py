r"""A model's condition holds in its section, not in a later exercise with the same letters (red70).

alarm69's documents.modelconditions made ``a_t^2 + s_t^2 = 1``, stated beside ``x_t = a_t x_0 + s_t \epsilon`` in
"# Exercise 1", a hypothesis of every later chain of the notes writing a and s. "# Exercise 2" sets up a
variance-exploding process where a_t and s_t are free; there the wrong ``\frac{a_t^2 + s_t^2}{s_t^2} =
\frac{1}{s_t^2}`` was PROVED "under the hypothesis a_t^2 + s_t^2 = 1". The condition now ends with its section;
within it the right step that uses it stays green."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

NOTES = r"""
# Exercise 1: a variance-preserving schedule

The forward process is
$$x_t = a_t x_0 + s_t \epsilon, \qquad \epsilon \sim \mathcal{N}(0, 1), \qquad a_t^2 + s_t^2 = 1$$
and the signal-to-noise ratio satisfies
$$1 + \frac{a_t^2}{s_t^2} = \frac{a_t^2 + s_t^2}{s_t^2} = \frac{1}{s_t^2}$$

# Exercise 2: a variance-exploding schedule

Here $a_t$ and $s_t$ are free: $x_t = a_t x_0 + s_t \epsilon$ with no constraint. Then
$$\frac{a_t^2 + s_t^2}{s_t^2} = VALUE$$
"""


def test_condition_does_not_reach_the_next_exercise() -> None:
    step = doc_steps(NOTES.replace("VALUE", r"\frac{1}{s_t^2}"))[-1]
    assert step.verdict not in _GREEN, step.message


def test_next_exercise_right_step_green() -> None:
    step = doc_steps(NOTES.replace("VALUE", r"1 + \frac{a_t^2}{s_t^2}"))[-1]
    assert step.verdict in _GREEN, step.message


def test_condition_holds_in_its_own_section() -> None:
    steps = doc_steps(NOTES.replace("VALUE", r"1 + \frac{a_t^2}{s_t^2}"))
    used = [s for s in steps if s.rhs_latex.strip() == r"\frac{1}{s_t^2}"]
    assert used and all(s.verdict in _GREEN for s in used)
