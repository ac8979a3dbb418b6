r"""A family the notes define by a recurrence (``$h_t = \tanh(w h_{t-1} + u x_t)$``) is not an
array of independent entries: ``h_t`` is computed from ``h_{t-1}``. The checker does not unfold
such a definition at the index a later step writes, so a step about ``h_t`` that fails with ``h``
read as free entries fails on that reading alone: SKIPPED with the recurrence named, never
FAILED. Every example is written here."""

from __future__ import annotations

from support import doc_steps

RNN = r"""
A scalar recurrent unit: $h_t = \tanh(w h_{t-1} + u x_t)$, with $a_t = w h_{t-1} + u x_t$.

One step back:

$$\frac{\partial h_t}{\partial h_{t-1}} = (1 - \tanh^2(a_t))\, w = (1 - h_t^2)\, w .$$
"""

DISPLAYED = r"""
The hidden state of the network is

$$s_k = \sigma(v s_{k-1} + c)$$

and its local derivative is $1 - s_k$ times $s_k$:

$$\sigma'(v s_{k-1} + c) = s_k (1 - s_k)$$
"""


def test_a_step_about_a_recurrently_defined_state_is_not_failed() -> None:
    steps = doc_steps(RNN)
    link = steps[-1]
    assert link.verdict.value != "FAILED", link.message
    assert link.verdict.value in {"SKIPPED", "PROVED", "PASSED"}, link.message
    if link.verdict.value == "SKIPPED":
        assert "recurrence" in link.message, link.message


def test_a_displayed_recurrence_is_not_an_array_of_free_entries() -> None:
    *_, step = doc_steps(DISPLAYED)
    assert step.verdict.value != "FAILED", step.message


def test_a_wrong_step_about_a_recurrent_state_is_not_green() -> None:
    *_, step = doc_steps(DISPLAYED.replace("s_k (1 - s_k)", "s_k (1 + s_k)"))
    assert step.verdict.value not in {"PROVED", "PASSED"}, step.message


def test_an_undefined_array_stays_checked() -> None:
    # nothing defines s: a step between its entries is the notes' claim, and it is false
    *_, step = doc_steps(r"""
    For the vector $s$:

    $$s_k (1 - s_k) = s_k - s_k s_k + 1$$
    """)
    assert step.verdict.value == "FAILED", step.message


def test_a_recurrence_claimed_of_a_defined_sequence_is_not_called_its_definition() -> None:
    # S_t is defined by the sum; the recurrence after it is the notes' claim about S, not what S is
    steps = doc_steps(r"""
    Let

    $$S_t = \sum_{i=1}^t i$$

    Then

    $$S_t = S_{t-1} + t$$
    """)
    assert all("defined by a recurrence" not in s.message for s in steps), [s.message for s in steps]
