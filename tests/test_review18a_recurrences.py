r"""Soundness review of the recurrence readings (documents.recurrence): an implicit update, whose
body writes the new iterate itself (backward Euler ``y_{n+1} = y_n + h\lambda y_{n+1}``, the proximal
point step), is no recurrence that can be unfolded. Every example is written here."""

from __future__ import annotations

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
The state is $h_t = \tanh(w h_{t-1} + u x_t)$.

Without input the state would decay as

$$h_t = \tanh(w h_{t-1})$$

In general, one step back,

$$\frac{\partial h_t}{\partial h_{t-1}} = (1 - \tanh^2(w h_{t-1} + u x_t))\, w$$
"""


def test_the_recurrence_is_the_earliest_one_the_notes_state_not_a_later_special_case() -> None:
    # displays are learned before inline formulas: the special case at a later display was taken for
    # the notes' recurrence, and a derivative that drops the input was PROVED by it
    wrong = doc_steps(SPECIAL_CASE_LATER.replace(r"w h_{t-1} + u x_t))", r"w h_{t-1}))"))[-1]
    assert wrong.verdict.value not in {"PROVED", "PASSED"}, wrong.message
    right = doc_steps(SPECIAL_CASE_LATER)[-1]
    assert right.verdict.value == "PROVED", right.message


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
