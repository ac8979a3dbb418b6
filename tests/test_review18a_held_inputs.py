r"""Soundness review of ownvariable.held_inputs: a held input the prose names on its own right before
the step ("minimising over $u_1$ first", "with $w_1$ set to its optimal value") may be what the step
varies or eliminates, so a right side without it is not FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

STAGES = r"""
Let $J = a u_1^2 + 2b u_1 u_2 + c u_2^2$ with $a > 0$.

Minimising over $u_1$ first and substituting the minimiser back,

$$\frac{\partial J}{\partial u_2} = 2\left(c - \frac{b^2}{a}\right) u_2$$
"""

PLAIN = r"""
Let $J = a u_1^2 + 2b u_1 u_2 + c u_2^2$ with $a > 0$.

Its partial derivative is

$$\frac{\partial J}{\partial u_2} = 2b u_2 + 2c u_2$$
"""


def test_an_input_the_prose_eliminates_first_is_not_held() -> None:
    (step,) = doc_steps(STAGES)
    assert step.verdict.value == "SKIPPED", step.message


def test_a_dropped_held_input_without_such_prose_still_fails() -> None:
    (step,) = doc_steps(PLAIN)
    assert step.verdict.value == "FAILED", step.message
    (right,) = doc_steps(PLAIN.replace("2b u_2 + 2c u_2", "2b u_1 + 2c u_2"))
    assert right.verdict.value == "PROVED", right.message


CONSTRAINED = r"""
Let $J = u_1^2 + 3u_2^2$. On the line where $u_1 + u_2 = 1$ the total derivative is

$$\frac{d J}{d u_2} = 8u_2 - 2$$
"""


def test_an_input_the_prose_ties_to_the_variable_is_not_held() -> None:
    # u_1 = 1 - u_2 on the line the prose names: the derivative along it drops u_1 rightly
    (step,) = doc_steps(CONSTRAINED)
    assert step.verdict.value == "SKIPPED", step.message
    (wrong,) = doc_steps(CONSTRAINED.replace("8u_2 - 2", "8u_2 + 2"))
    assert wrong.verdict.value not in {"PROVED", "PASSED"}, wrong.message
