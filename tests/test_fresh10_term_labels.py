r"""A subscripted name written once in each of several terms of a definition without indices
(``\log q(z \mid a) = \frac{z^2}{a + \tau_r^2} + \log(a + \tau_r^2)``) is one name, a label, as when it is written once:
no summation convention repeats an index across added terms, and q has no index for it to be free in.
Every example is written here (fresh10)."""

from __future__ import annotations

from support import doc_steps

_NOISE = r"""
With observation noise $\tau_r^2$ and prior variance $a > 0$,

$$\log q(z \mid a) = \frac{z^2}{a + \tau_r^2} + \log\left(a + \tau_r^2\right)$$

$$\frac{\partial}{\partial a}\log q(z \mid a) = {rhs}$$
"""


def test_a_label_written_in_two_terms_is_one_name() -> None:
    *_, step = doc_steps(_NOISE.replace("{rhs}", r"-\frac{z^2}{(a + \tau_r^2)^2} + \frac{1}{a + \tau_r^2}"))
    assert step.verdict.value == "PROVED"


def test_a_sign_flip_beside_the_label_fails() -> None:
    *_, step = doc_steps(_NOISE.replace("{rhs}", r"\frac{z^2}{(a + \tau_r^2)^2} + \frac{1}{a + \tau_r^2}"))
    assert step.verdict.value == "FAILED"


def test_a_wrong_power_beside_the_label_fails() -> None:
    *_, step = doc_steps(_NOISE.replace("{rhs}", r"-\frac{z^2}{a + \tau_r^2} + \frac{1}{a + \tau_r^2}"))
    assert step.verdict.value == "FAILED"


def test_two_names_sharing_the_letter_across_a_function_are_not_made_labels() -> None:
    # x_k e^{y_k}: two names indexed by k (a product over k's entries), not one label written twice
    text = r"""
$$W = x_k \exp\left(y_k\right)$$

$$\frac{\partial W}{\partial y_1} = x_1 \exp\left(y_1\right)$$
"""
    *_, step = doc_steps(text)
    assert "read as one name" not in (step.message or "")
    assert "inferred x_k" not in (step.message or "")
