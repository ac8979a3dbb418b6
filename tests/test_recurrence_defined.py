r"""A family the notes define by a recurrence (``$h_t = \tanh(w h_{t-1} + u x_t)$``) is not an
array of independent entries: ``h_t`` is computed from ``h_{t-1}``. Read with the recurrence
unfolded down to the lowest entry the chain writes (documents.recurrence), a correct step of
backprop through time is PROVED and a wrong one FAILED; where the unfolding is refused, a step
that fails with the entries read as free values is SKIPPED with the recurrence named, never
FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

RNN = r"""
A scalar recurrent unit: $h_t = \tanh(w h_{t-1} + u x_t)$, with $a_t = w h_{t-1} + u x_t$.

One step back:

$$\frac{\partial h_t}{\partial h_{t-1}} = (1 - \tanh^2(a_t))\, w = (1 - h_t^2)\, w .$$
"""

TWO_BACK = r"""
A scalar recurrent unit: $h_t = \tanh(w h_{t-1} + u x_t)$.

Two steps back:

$$\frac{\partial h_t}{\partial h_{t-2}} = (1 - h_t^2)\, w\, (1 - h_{t-1}^2)\, w$$
"""

EMA = r"""
We keep the running average $m_k = \beta m_{k-1} + (1-\beta) g_k$.

Unrolling once,

$$m_k = \beta^2 m_{k-2} + \beta(1-\beta) g_{k-1} + (1-\beta) g_k$$
"""

DISPLAYED = r"""
The hidden state of the network is

$$s_k = \sigma(v s_{k-1} + c)$$

and its local derivative is $1 - s_k$ times $s_k$:

$$\sigma'(v s_{k-1} + c) = s_k (1 - s_k)$$
"""


def _verdicts(text: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(text)]


def test_one_step_back_is_proved_with_the_recurrence_unfolded() -> None:
    first, second = doc_steps(RNN)
    for step in (first, second):
        assert step.verdict.value == "PROVED", step.message
        assert "unfolded by the notes' recurrence" in step.message


def test_two_steps_back_is_the_derivative_through_the_state_between() -> None:
    (step,) = doc_steps(TWO_BACK)
    assert step.verdict.value == "PROVED", step.message


def test_a_dropped_factor_two_steps_back_is_failed() -> None:
    (step,) = doc_steps(TWO_BACK.replace(r"\, w\, (1 - h_{t-1}^2)\, w", r"\, w\, (1 - h_{t-1}^2)"))
    assert step.verdict.value == "FAILED", step.message
    assert "unfolded by the notes' recurrence" in step.message


def test_an_unrolled_average_is_proved_and_a_dropped_beta_failed() -> None:
    (step,) = doc_steps(EMA)
    assert step.verdict.value == "PROVED", step.message
    (wrong,) = doc_steps(EMA.replace(r"\beta(1-\beta) g_{k-1}", r"(1-\beta) g_{k-1}"))
    assert wrong.verdict.value == "FAILED", wrong.message


def test_a_derivative_by_another_variable_is_not_failed_on_the_direct_reading_alone() -> None:
    # ∂h_t/∂u may be the total derivative through every earlier state, which is not computed: the
    # unfolded (direct) reading failing is no FAILED; nor is a wrong one green
    steps = doc_steps(RNN + "\n$$\\frac{\\partial h_t}{\\partial u} = (1 - h_t^2)\\, h_{t-1}$$\n")
    assert steps[-1].verdict.value not in {"PROVED", "PASSED", "FAILED"}, steps[-1].message


def test_a_displayed_recurrence_is_not_an_array_of_free_entries() -> None:
    *_, step = doc_steps(DISPLAYED)
    assert step.verdict.value == "PROVED", step.message


def test_a_wrong_step_about_a_recurrent_state_is_not_green() -> None:
    *_, step = doc_steps(DISPLAYED.replace("s_k (1 - s_k)", "s_k (1 + s_k)"))
    assert step.verdict.value == "FAILED", step.message


def test_the_family_at_another_index_letter_is_not_unfolded() -> None:
    # x_{k+1} = x_k - … are iterates; x_i below are other quantities written with the same letter
    *_, step = doc_steps(r"""
    Gradient descent iterates $x_{k+1} = x_k - \eta (x_k - 3)$.

    For the data,

    $$\sum_{i=1}^n x_i = n x_i$$
    """)
    assert "unfolded" not in step.message, step.message


def test_a_recurrence_claimed_of_a_defined_sequence_is_not_called_its_definition() -> None:
    # S_t is defined by the sum; the recurrence after it is the notes' claim about S, not what S is
    steps = doc_steps(r"""
    Let

    $$S_t = \sum_{i=1}^t i$$

    Then

    $$S_t = S_{t-1} + t$$
    """)
    assert all("defined by a recurrence" not in s.message and "unfolded" not in s.message for s in steps), [
        s.message for s in steps
    ]


def test_an_undefined_array_stays_checked() -> None:
    # nothing defines s: a step between its entries is the notes' claim, and it is false
    *_, step = doc_steps(r"""
    For the vector $s$:

    $$s_k (1 - s_k) = s_k - s_k s_k + 1$$
    """)
    assert step.verdict.value == "FAILED", step.message


def test_the_displayed_recurrence_itself_is_its_definition_not_proved_by_itself() -> None:
    first, _ = doc_steps(DISPLAYED)
    assert first.verdict.value == "SKIPPED", first.message
    assert first.message.startswith("defines s by a recurrence"), first.message


LOSS_OF_STATE = r"""
    The state is $h_t = \tanh(w h_{t-1} + u x_t)$ and the loss is $L_t = \frac{1}{2}(h_t - y_t)^2$.

    $$\frac{\partial L_t}{\partial h_{t-1}} = (h_t - y_t)(1 - h_t^2)\, w$$
    """


def test_a_loss_defined_from_the_state_is_not_read_half_unfolded() -> None:
    # L_t's body writes h_t: read half unfolded (the chain's h_t computed, L_t's free) the correct derivative
    # through h_t would fail. Since fresh61 L_t is written out before the unfolding (recurrence.through_definitions),
    # so the h_t it brings in is unfolded too: the whole reading, and the step holds in it
    *_, step = doc_steps(LOSS_OF_STATE)
    assert step.verdict.value in {"PROVED", "PASSED"}, step.message
    assert "unfolded" in step.message, step.message


def test_a_loss_defined_from_the_state_with_the_weight_lost_is_not_green() -> None:
    *_, step = doc_steps(LOSS_OF_STATE.replace("(1 - h_t^2)\\, w$$", "(1 - h_t^2)$$"))
    assert step.verdict.value not in {"PROVED", "PASSED"}, step.message


GD = r"""
For $f(w) = \lambda w^2$ we iterate $w_{t+1} = w_t - \eta f'(w_t)$.

After two steps

$$w_{t+2} = (1 - 2\eta\lambda)^2 w_t$$
"""


def test_an_update_rule_unfolded_twice_is_proved() -> None:
    *_, step = doc_steps(GD)
    assert step.verdict.value == "PROVED", step.message
    assert "unfolded by the notes' recurrence" in step.message


def test_a_wrong_two_step_contraction_is_failed() -> None:
    *_, step = doc_steps(GD.replace(r"(1 - 2\eta\lambda)^2 w_t", r"(1 - 4\eta\lambda) w_t"))
    assert step.verdict.value == "FAILED", step.message


def test_the_update_rule_itself_keeps_its_reason() -> None:
    steps = doc_steps(GD)
    assert all(s.verdict.value != "FAILED" for s in steps), [s.message for s in steps]
