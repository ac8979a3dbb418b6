r"""What a binding of a definition's constant becomes when the notes go on (lead60, after red60's report).

boundconstants reads "Let $q(x) = 3(x - x_0)^2$ where $x_0 = 0$ is the vertex" as q = 3x² for the steps after it,
and red59 ended the binding where a later formula takes x₀ general again. Two of those endings left a FAILED that
does not hold under every plausible reading:

* "Now take $x_0 = 2$. Then $q(3 + h) = 3(1 + h)^2$." — right at the value the notes take, and FAILED at x₀ = 0:
  the step is now read at the value taken.
* another definition writing the constant ("Let $r(x) = (x - x_0)^2$", "… where $c = 2$ is its centre"): q may keep
  its value or not, and a step that holds at one of the values and fails at the other was FAILED. It is SKIPPED,
  saying which values it holds and fails at; never green (red59's and red60's tests keep the wrong readings out).

Every note is written here.
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

_DEF = "# A parabola\n\nLet $q(x) = 3(x - x_0)^2$ where $x_0 = 0$ is the vertex.\n\n"
_TWO = "# Two parabolas\n\nLet $q(x) = 3(x - c)^2$ where $c = 1$ is the vertex.\n\n" \
       "Let $r(x) = (x - c)^4$ where $c = 2$ is its centre.\n\n"  # fmt: skip


def _step(text: str) -> list[str]:
    return verdicts_by_line(text)[line_of(text, "Then ")]


def test_a_step_after_a_value_taken_is_read_at_that_value() -> None:
    assert _step(_DEF + "Now take $x_0 = 2$. Then $q(3 + h) = 3(1 + h)^2$.\n") == ["PROVED"]


def test_a_wrong_step_after_a_value_taken_is_failed() -> None:
    assert _step(_DEF + "Now take $x_0 = 2$. Then $q(3 + h) = 3h^2$.\n") == ["FAILED"]


@pytest.mark.parametrize("between", [
    "Let $r(x) = (x - x_0)^2$ be the other one.\n\n",
    "For a general centre $x_0$ let $r(x) = (x - x_0)^2$.\n\n",
])  # fmt: skip
def test_a_step_right_at_its_binding_after_another_definition_is_skipped(between: str) -> None:
    assert _step(_DEF + between + "Then $q(1 + h) = 3(1 + h)^2$.\n") == ["SKIPPED"]


@pytest.mark.parametrize("step", ["$q(1 + h) = 3h^2$", "$q(2 + h) = 3h^2$"])
def test_a_step_right_at_one_of_two_bindings_is_skipped(step: str) -> None:
    assert _step(_TWO + "Then " + step + ".\n") == ["SKIPPED"]


def test_a_step_wrong_at_both_bindings_is_failed() -> None:
    assert _step(_TWO + "Then $q(3 + h) = 3h^2$.\n") == ["FAILED"]
