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
