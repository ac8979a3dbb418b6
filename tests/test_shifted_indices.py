r"""An entry written at a shifted index (``x_{k+1}``, ``h_{t-1}``) does not exist at the ends of its
index's range (k = n, t = 1): there the notes' formula does not apply, and the assignment is left
out instead of making the whole step SKIPPED. Every example is written here."""

from __future__ import annotations

from support import doc_steps


def test_a_forward_difference_is_checked_where_both_entries_exist() -> None:
    (step,) = doc_steps(r"""
    For the sequence $x$:

    $$(x_{k+1} - x_k)^2 = x_{k+1}^2 - 2x_{k+1}x_k + x_k^2$$
    """)
    assert step.verdict.value == "PROVED", step.message


def test_a_wrong_expansion_with_a_shifted_entry_is_failed() -> None:
    (step,) = doc_steps(r"""
    For the sequence $x$:

    $$(x_{k+1} - x_k)^2 = x_{k+1}^2 - x_{k+1}x_k + x_k^2$$
    """)
    assert step.verdict.value == "FAILED", step.message


def test_an_index_beyond_an_unshifted_entry_still_skips() -> None:
    # y_{ij} read at sizes where j runs past a family of another length: no shift, no reading to drop
    (step,) = doc_steps(r"""
    $$\sum_{j=1}^{m} y_j = \sum_{j=1}^{m} y_j + 0$$
    """)
    assert step.verdict.value in {"PROVED", "PASSED", "SKIPPED"}, step.message


def test_a_derivative_by_an_earlier_state_of_a_recurrence_is_not_green_when_read_independent() -> None:
    steps = doc_steps(r"""
    The state is $h_t = \tanh(w h_{t-1} + u x_t)$ and the loss is $L_t = \frac{1}{2}(h_t - y_t)^2$.

    $$\frac{\partial h_t}{\partial h_{t-1}} = 0$$

    $$\frac{\partial L_t}{\partial h_{t-1}} = 0$$

    $$\frac{\partial L_t}{\partial h_t} = h_t - y_t$$
    """)
    first, second, third = steps
    for wrong in (first, second):
        assert wrong.verdict.value not in {"PROVED", "PASSED"}, wrong.message
    assert third.verdict.value == "PROVED", third.message
