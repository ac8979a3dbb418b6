r"""A noise model holds the data fixed only in a fit: a residual that compares the data with the
model's prediction (review19a).

``documents.noisemodel`` re-read a derivative with the modelled quantity held fixed wherever a
definition on the way wrote it beside the variable. That also took a prediction with a bias (``\hat{y}
= wx + b``, "b is the bias and the error is …": the sentence says "error") or a noisy unit (``z = wx +
\epsilon`` under ``L = (z - t)^2 + \lambda w z``) for data: a dropped chain-rule term was PROVED. And a
loss written out in the derivative itself (``\frac{d}{dw}\sum_i (y_i - w x_i)^2``) was read through the
model: ``= 0`` PROVED, the correct gradient FAILED. The data are held fixed where an expression compares
them with the model's prediction (the residual ``y - Xw`` loses the variable when the model is put in).
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_BIAS = r"""
# Ridge

The prediction is $\hat{y} = w x + b$, where $b$ is the bias and the error is measured by the loss below.
We minimise $J = (\hat{y} - y)^2 + \lambda w^2$.

$$\frac{\partial J}{\partial w} = RHS$$
"""


def test_a_prediction_with_a_bias_is_not_data_held_fixed() -> None:
    step = doc_steps(_BIAS.replace("RHS", r"2\lambda w"), "notes.md")[-1]
    assert step.verdict not in _GREEN, step.message
    step = doc_steps(_BIAS.replace("RHS", r"2(\hat{y} - y)x + 2\lambda w"), "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message


_INJECTED = r"""
# A noisy unit

During training the unit computes $z = w x + \epsilon$, where $\epsilon$ is Gaussian noise, and the loss is
$L = (z - t)^2 + \lambda w z$.

$$\frac{\partial L}{\partial w} = RHS$$
"""


def test_a_noisy_unit_no_residual_compares_is_read_through() -> None:
    step = doc_steps(_INJECTED.replace("RHS", r"\lambda z"), "notes.md")[-1]
    assert step.verdict not in _GREEN, step.message
    step = doc_steps(_INJECTED.replace("RHS", r"2(z - t)x + \lambda z + \lambda w x"), "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message


_WRITTEN_OUT = r"""
# Fitting a slope

The data follow $y_i = w x_i + \epsilon_i$ where $\epsilon_i$ is noise.

$$\frac{d}{dw} \sum_i (y_i - w x_i)^2 = RHS$$
"""


@pytest.mark.parametrize(
    ("rhs", "verdicts"),
    [
        ("0", (Verdict.SKIPPED, Verdict.FAILED)),
        (r"-\sum_i x_i (y_i - w x_i)", (Verdict.FAILED,)),
        (r"-2\sum_i x_i (y_i - w x_i)", (Verdict.PROVED,)),
    ],
)
def test_a_residual_written_in_the_derivative_holds_the_data(rhs: str, verdicts: tuple[Verdict, ...]) -> None:
    step = doc_steps(_WRITTEN_OUT.replace("RHS", rhs), "notes.md")[-1]
    assert step.verdict in verdicts, step.message


_BIAS_AND_NOISE = r"""
# Fitting a line

We observe $y_i = w x_i + b + \epsilon_i$, PROSE.

$$L = \sum_i (y_i - w x_i - b)^2$$

$$\frac{\partial L}{\partial b} = RHS$$
"""


@pytest.mark.parametrize(
    "prose", [r"where $b$ is the bias and $\epsilon_i$ is noise", r"where $\epsilon_i$ is noise and $b$ is the bias"]
)
@pytest.mark.parametrize(
    ("rhs", "verdicts"),
    [("0", (Verdict.SKIPPED, Verdict.FAILED)), (r"-2\sum_i (y_i - w x_i - b)", (Verdict.PROVED,))],
)
def test_a_bias_named_beside_the_noise_is_no_noise(prose: str, rhs: str, verdicts: tuple[Verdict, ...]) -> None:
    # the sentence says "noise" of epsilon only: b, the bias, was taken as the noise term, so the
    # derivative by b was read through the model (L = Σ ε_i², ∂L/∂b = 0 PROVED)
    step = doc_steps(_BIAS_AND_NOISE.replace("PROSE", prose).replace("RHS", rhs), "notes.md")[-1]
    assert step.verdict in verdicts, step.message
