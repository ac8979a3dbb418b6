r"""``\pi_1``, ``\pi_2`` (mixture weights, class priors, the Gumbel-softmax's class probabilities) are
numbered names of their own, as ``w_1`` is: the constant π is never written with a subscript. They
were "not declared" and every step reaching them was SKIPPED; a bare ``\pi`` beside them is still the
constant. Every example is written here."""

from __future__ import annotations

from support import doc_steps

_GUMBEL = r"""
Two classes with probabilities $\pi_1$, $\pi_2$ and logits $a_1 = \log\pi_1 + g_1$, $a_2 = \log\pi_2 + g_2$.

$$y_1 = \frac{e^{a_1/\tau}}{e^{a_1/\tau} + e^{a_2/\tau}}$$

$$\frac{\partial y_1}{\partial a_1} = {rhs}$$
"""


def _last(body: str) -> str:
    return doc_steps(body)[-1].verdict.value


def test_a_derivative_through_numbered_weights_is_checked() -> None:
    assert _last(_GUMBEL.replace("{rhs}", "\\frac{1}{\\tau}y_1(1 - y_1)")) == "PROVED"


def test_a_dropped_temperature_fails() -> None:
    assert _last(_GUMBEL.replace("{rhs}", "y_1(1 - y_1)")) == "FAILED"


def test_a_numbered_weight_is_differentiated_by() -> None:
    body = "Weights $\\pi_1$.\n\n$$\\frac{\\partial}{\\partial \\pi_1}\\left(\\pi_1 \\log \\pi_1\\right) = {rhs}$$\n"
    assert _last(body.replace("{rhs}", "\\log\\pi_1 + 1")) == "PROVED"
    assert _last(body.replace("{rhs}", "\\log\\pi_1")) == "FAILED"


def test_the_constant_beside_numbered_weights_is_still_pi() -> None:
    body = "Weights $\\pi_1$ and $\\pi_2$.\n\n$$\\pi_1\\cos\\pi = {rhs}$$\n"
    assert _last(body.replace("{rhs}", "-\\pi_1")) == "PROVED"
    assert _last(body.replace("{rhs}", "\\pi_1")) != "PROVED"
