r"""A derivative by the parameter the prose holds fixed (redteam7).

"The likelihood $\mathcal{L}(\theta|t,z) = P(t|z,\theta)$ can be written as $P(t|z)$ for fixed
$\theta$" reads ``P(t|z,\theta)`` as the notes' ``P(t|z)`` (documents/fixedparams.py). Where that
definition never writes θ, the probability read so does not depend on θ, and the wrong
``\frac{\partial}{\partial\theta}\log P(t|z,\theta) = 0`` (and the same of the likelihood) was PROVED.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Likelihood

The likelihood $\mathcal{{L}}(\theta|t,z) = P(t|z,\theta)$ can be written as $P(t|z)$ for fixed $\theta$.

$$P(t|z) = {body}$$

$${step}$$
"""


@pytest.mark.parametrize(
    "step",
    [
        r"\frac{\partial}{\partial \theta}\log P(t|z,\theta) = 0",
        r"\frac{\partial}{\partial \theta}\log \mathcal{L}(\theta|t,z) = 0",
    ],
)
def test_a_derivative_by_the_fixed_parameter_is_not_zero(step: str) -> None:
    notes = _NOTES.format(body=r"\sigma(z)^t(1 - \sigma(z))^{1-t}", step=step)
    assert doc_steps(notes, "notes.md")[-1].verdict not in _GREEN


def test_a_derivative_by_another_name_keeps_the_reading() -> None:
    notes = _NOTES.format(body=r"\sigma(z)^t(1 - \sigma(z))^{1-t}",
                          step=r"\frac{\partial}{\partial z}\log P(t|z,\theta) = t - \sigma(z)")
    assert doc_steps(notes, "notes.md")[-1].verdict in _GREEN


def test_a_definition_that_writes_the_parameter_keeps_its_derivative() -> None:
    notes = _NOTES.format(body=r"\sigma(\theta z)^t(1 - \sigma(\theta z))^{1-t}",
                          step=r"\frac{\partial}{\partial \theta}\log P(t|z,\theta) = (t - \sigma(\theta z))z")
    assert doc_steps(notes, "notes.md")[-1].verdict in _GREEN
