r"""A derivative by a quantity the notes name only after using it keeps the other inputs fixed.

Notes write ``\hat y = \sigma(w^\top x + b)`` and the loss from ``\hat y`` and ``y``, then, in one
sentence, ``\frac{\partial L}{\partial z} = \hat y - y`` "with $z = w^\top x + b$". The derivative by z is
taken where z's value occurs in L (the reading exists); the label y, which the definitions hold beside
that value, is an input of L held fixed by ∂ — as it is when z is defined first. A sign flip there
(``y - \hat y``, the commonest slip of this derivation) was SKIPPED "y may depend on the variable of the
derivative" while the right answer was PROVED under the same reading. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
The model is $\hat y = \sigma(w^\top x + b)$ and the loss is
$$L = -y\log\hat y - (1-y)\log(1-\hat y).$$
Since $\frac{\partial \hat y}{\partial z} = \hat y(1-\hat y)$ with $z = w^\top x + b$,
$$\frac{\partial L}{\partial z} = {rhs}.$$
"""


def _last(rhs: str) -> tuple[str, str]:
    step = doc_steps(_NOTES.replace("{rhs}", rhs))[-1]
    return step.verdict.value, step.message


def test_the_gradient_by_a_quantity_named_after_its_use_is_proved() -> None:
    verdict, message = _last(r"\hat y - y")
    assert verdict in GREEN, message


def test_a_sign_flip_of_that_gradient_is_failed() -> None:
    verdict, message = _last(r"y - \hat y")
    assert verdict == "FAILED", message


def test_a_label_the_definitions_never_connect_still_may_depend_on_it() -> None:
    # t is written only in the step: nothing says it is held fixed by ∂/∂z
    verdict, message = _last(r"\hat y - y + t")
    assert verdict not in GREEN, message
