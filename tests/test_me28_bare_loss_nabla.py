r"""``\nabla_\theta CE`` after the notes write ``CE(y, \hat y) = -\sum_i y_i \log \hat y_i``: the loss by its name.

``\frac{\partial CE}{\partial \theta_j}`` already read the bare CE as the notes' call; the gradient
written with ∇ was refused by the parser ("function CE needs a parenthesised argument") and the summary
line of the commonest derivation, ``\nabla_\theta CE = \hat y - y``, was never checked — nor its sign
flip. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTES = r"""
Let $\hat{y} = \text{softmax}(\theta)$ and $y$ one-hot.
The loss is $CE(y, \hat y) = -\sum_i y_i \log \hat y_i$.

So $\nabla{sub} CE = {rhs}$.
"""


@pytest.mark.parametrize("sub", [r"_\theta", r"_{\theta}"])
def test_the_gradient_of_a_loss_named_by_a_registry_function_is_checked(sub: str) -> None:
    right = doc_steps(_NOTES.replace("{sub}", sub).replace("{rhs}", r"\hat y - y"))[-1]
    assert right.verdict.value in ("PROVED", "PASSED"), right.message
    wrong = doc_steps(_NOTES.replace("{sub}", sub).replace("{rhs}", r"y - \hat y"))[-1]
    assert wrong.verdict.value == "FAILED", wrong.message
