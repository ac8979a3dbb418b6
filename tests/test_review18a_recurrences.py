r"""Soundness review of the recurrence readings (documents.recurrence): an implicit update, whose
body writes the new iterate itself (backward Euler ``y_{n+1} = y_n + h\lambda y_{n+1}``, the proximal
point step), is no recurrence that can be unfolded. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

IMPLICIT = r"""
Backward Euler for the test equation steps $y_{n+1} = y_n + h \lambda y_{n+1}$.

Solving for the new value,

$$y_{n+1} = \frac{y_n}{1 - h\lambda}$$
"""


def test_an_implicit_update_is_no_unfoldable_recurrence() -> None:
    # unfolding y_{n+1} by a body that writes y_{n+1} never ends: it was an internal error
    step = doc_steps(IMPLICIT)[-1]
    assert step.verdict.value != "ERROR", step.message
    assert "unfolded" not in (step.message or ""), step.message


def test_a_wrong_solution_of_an_implicit_update_is_not_green() -> None:
    step = doc_steps(IMPLICIT.replace(r"1 - h\lambda", r"1 + h\lambda"))[-1]
    assert step.verdict.value not in {"PROVED", "PASSED", "ERROR"}, step.message


SPECIAL_CASE_LATER = r"""
The state is $h_t = \tanh(w h_{t-1} + u x_t)$. One step back,

$$\frac{\partial h_t}{\partial h_{t-1}} = (1 - \tanh^2(w h_{t-1} + u x_t))\, w$$

Without input the state would decay as

$$h_t = \tanh(w h_{t-1})$$

In general, one step back,

$$\frac{\partial h_t}{\partial h_{t-1}} = (1 - \tanh^2(w h_{t-1} + u x_t))\, w$$
"""


@pytest.mark.slow(3)
def test_the_recurrence_is_the_earliest_one_the_notes_state_not_a_later_special_case() -> None:
    # displays are learned before inline formulas: the special case at a later display was taken for
    # the notes' recurrence, and a derivative that drops the input was PROVED by it
    dropped = SPECIAL_CASE_LATER.replace(r"w h_{t-1} + u x_t))", r"w h_{t-1}))")
    before, *_, after = doc_steps(dropped)
    assert before.verdict.value == "FAILED", before.message
    assert after.verdict.value not in {"PROVED", "PASSED"}, after.message
    before, *_, after = doc_steps(SPECIAL_CASE_LATER)
    assert before.verdict.value == "PROVED", before.message
    # after a second rule for h, which one the line follows is not said: neither decides
    assert after.verdict.value == "SKIPPED", after.message


CONSTANT_GRADIENT = r"""
The average is $m_t = \beta m_{t-1} + (1 - \beta) g_t$. For a constant gradient, unrolling twice gives

$$m_t = \beta^2 m_{t-2} + (1 - \beta^2) g_t$$
"""

NO_INPUT = r"""
The state is $h_t = \tanh(w h_{t-1} + u x_t)$.

Without input (all inputs zero) the state decays:

$$\frac{\partial h_t}{\partial h_{t-1}} = w (1 - \tanh^2(w h_{t-1}))$$
"""


def test_a_special_case_the_prose_states_is_not_failed_by_the_general_recurrence() -> None:
    # true for a constant gradient (g_{t-1} = g_t), which the unfolded reading cannot know: not FAILED
    step = doc_steps(CONSTANT_GRADIENT)[-1]
    assert step.verdict.value == "SKIPPED", step.message
    assert "special case" in step.message, step.message
    step = doc_steps(NO_INPUT)[-1]
    assert step.verdict.value == "SKIPPED", step.message


def test_a_wrong_special_case_is_not_green_and_plain_unrolling_still_fails() -> None:
    wrong = doc_steps(CONSTANT_GRADIENT.replace(r"(1 - \beta^2) g_t", r"(1 - \beta) g_t"))[-1]
    assert wrong.verdict.value not in {"PROVED", "PASSED"}, wrong.message
    plain = CONSTANT_GRADIENT.replace("For a constant gradient, unrolling", "Unrolling")
    assert doc_steps(plain)[-1].verdict.value == "FAILED"


def test_a_sequence_defined_inline_first_is_no_recurrence_of_a_later_display() -> None:
    text = r"""
Let $S_t = \sum_{i=1}^{t} i$ be the partial sums.

$$S_t = S_{t-1} + t$$
"""
    (step,) = doc_steps(text)
    assert "by a recurrence" not in (step.message or ""), step.message


TWO_METHODS = r"""
Take $f(x) = x^2$.

Gradient descent iterates $x_{k+1} = x_k - \eta f'(x_k)$, so

$$x_{k+1} = (1 - 2\eta) x_k$$

Damped Newton iterates $x_{k+1} = x_k - \eta \frac{f'(x_k)}{f''(x_k)}$, so

$$x_{k+2} = (1 - \eta)^2 x_k$$
"""


def test_a_second_update_rule_for_the_same_iterates_is_not_read_by_the_first() -> None:
    # the damped Newton step is right; read with gradient descent's rule unfolded it was FAILED
    steps = doc_steps(TWO_METHODS)
    assert steps[-1].verdict.value != "FAILED", steps[-1].message
    wrong = doc_steps(TWO_METHODS.replace(r"(1 - \eta)^2 x_k", r"(1 - 2\eta) x_k"))[-1]
    assert wrong.verdict.value not in {"PROVED", "PASSED"}, wrong.message
    # before the second rule, the first one is the notes' recurrence (the same check as above)
    first = steps[1]
    assert first.verdict.value == "PROVED", first.message
