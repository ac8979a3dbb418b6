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
