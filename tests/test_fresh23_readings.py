r"""Readings added by fresh23 (homework solutions on optimisers, boosting, calibration): each with
a wrong variant. Every example is written here."""

from __future__ import annotations

from support import doc_steps

_WARMUP = r"""
The peak rate is $\eta_{\max}$, reached after $W$ warm-up steps.

$$\sum_{t=1}^{W} \eta_{\max} \frac{t}{W} = {rhs}$$
"""


def test_a_max_labelled_name_before_brackets_may_multiply() -> None:
    # \eta_{\max}(W + 1): the label max reads a call (\lambda_{\max}(A)); the product is as plausible
    (step,) = doc_steps(_WARMUP.replace("{rhs}", r"\frac{\eta_{\max}(W + 1)}{2}"))
    assert step.verdict.value != "FAILED"


def test_a_max_labelled_name_times_a_wrong_bracket_fails() -> None:
    (step,) = doc_steps(_WARMUP.replace("{rhs}", r"\frac{\eta_{\max}(W - 1)}{2}"))
    assert step.verdict.value == "FAILED"


_START = r"""
The update is $\theta_t = \theta_{t-1} - \eta g_t$ on $f(\theta) = \theta^2$. Start at $\theta_0 = 1$ with $\eta = 0.1$.

Step 1: $g_1 = 2\theta_0 = {rhs}$.
"""


def test_the_start_of_a_recurrence_is_the_value_the_prose_states() -> None:
    # θ_0 is no entry the recurrence defines: the prose gives it, and 2θ_0 = 2 there
    steps = doc_steps(_START.replace("{rhs}", "2"))
    assert all(s.verdict.value != "FAILED" for s in steps)


def test_a_wrong_number_at_the_start_of_a_recurrence_is_not_green() -> None:
    steps = doc_steps(_START.replace("{rhs}", "3"))
    assert steps[-1].verdict.value not in ("PROVED", "PASSED")


def test_a_wrong_intermediate_times_an_exact_input_is_not_equal_to_that_inputs_decimals() -> None:
    # 0.4 (one decimal, on both sides) is an input, not the precision of 0.226: 0.0888 is not 0.0904
    (step,) = doc_steps(r"$$(0.3 \cdot 0.7 + 0.04 \cdot 0.3) \cdot 0.4 = 0.226 \cdot 0.4$$" + "\n")
    assert step.verdict.value == "FAILED"


def test_a_one_decimal_factor_is_no_licence_for_a_wrong_one() -> None:
    (step,) = doc_steps(r"$$0.2 \cdot 0.4 = 0.3 \cdot 0.4$$" + "\n")
    assert step.verdict.value == "FAILED"


def test_a_rounded_intermediate_in_a_formula_of_numbers_still_passes() -> None:
    (step,) = doc_steps(r"$$(0.3 \cdot 0.7 + 0.04 \cdot 0.4) \cdot 0.4 = 0.226 \cdot 0.4$$" + "\n")
    assert step.verdict.value in ("PROVED", "PASSED")
    (step,) = doc_steps(r"$$1 - \frac{0.2}{\sqrt{0.4}} = 1 - 0.3162$$" + "\n")
    assert step.verdict.value in ("PROVED", "PASSED")


_RMS = r"""
RMSProp keeps $s_t = \rho s_{t-1} + (1 - \rho) g_t^2$. Start at $s_0 = 0$ with $\rho = 0.9$.

$$s_1 = 0.9 \cdot 0 + 0.1 \cdot 2^2 = {rhs}$$
"""


def test_a_link_of_numbers_alone_needs_none_of_the_stated_values() -> None:
    # s_0 = 0 cannot be read at the sizes of s_1 ("index 0 is outside 1..2"): no matter for 0.1 · 2² = 0.4
    steps = doc_steps(_RMS.replace("{rhs}", "0.4"))
    assert steps[-1].verdict.value in ("PROVED", "PASSED")


def test_a_wrong_link_of_numbers_alone_fails_beside_an_unreadable_stated_value() -> None:
    steps = doc_steps(_RMS.replace("{rhs}", "0.04"))
    assert steps[-1].verdict.value == "FAILED"
