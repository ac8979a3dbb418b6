r"""A quantity the notes model with a noise term is observed data when the loss is differentiated (redteam8).

Notes that state ``y = Xw + \epsilon`` learned it as y's definition, so the loss ``\|y - Xw\|^2`` was
``\|\epsilon\|^2`` and did not depend on w: the wrong ``\partial J/\partial w = 0`` was PROVED and the
correct gradient FAILED (or SKIPPED as a dropped path). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_MODEL = r"""
# Linear regression

{prose}

$$J = \frac{{1}}{{2n}}\|\mathbf{{y}} - X\mathbf{{w}}\|^2$$

$$\frac{{\partial J}}{{\partial \mathbf{{w}}}} = {rhs}$$
"""

_SAID = "The model is $\\mathbf{y} = X\\mathbf{w} + \\epsilon$, where $\\epsilon$ is noise."
_BARE = "We have data $\\mathbf{y} = X\\mathbf{w} + \\epsilon$."


@pytest.mark.parametrize("prose", [_SAID, _BARE])
def test_a_zero_gradient_through_the_model_is_not_green(prose: str) -> None:
    step = doc_steps(_MODEL.format(prose=prose, rhs="0"), "notes.md")[-1]
    assert step.verdict not in _GREEN, step.message


def test_the_gradient_with_the_data_observed_is_proved_where_the_prose_says_noise() -> None:
    step = doc_steps(_MODEL.format(prose=_SAID, rhs=r"\frac{1}{n}X^T(X\mathbf{w} - \mathbf{y})"), "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message
    wrong = doc_steps(_MODEL.format(prose=_SAID, rhs=r"\frac{1}{n}X^T(X\mathbf{w} + \mathbf{y})"), "notes.md")[-1]
    assert wrong.verdict is Verdict.FAILED, wrong.message


def test_without_the_word_noise_the_gradient_is_not_failed() -> None:
    step = doc_steps(_MODEL.format(prose=_BARE, rhs=r"\frac{1}{n}X^T(X\mathbf{w} - \mathbf{y})"), "notes.md")[-1]
    assert step.verdict is not Verdict.FAILED, step.message


_SCALAR = r"""
# Fitting a line

We observe $y_i = w x_i + b + \epsilon_i$ with $\epsilon_i \sim \mathcal{{N}}(0, \sigma^2)$.

$$L = \sum_i (y_i - w x_i - b)^2$$

$$\frac{{\partial L}}{{\partial b}} = {rhs}$$
"""


@pytest.mark.parametrize(
    ("rhs", "verdicts"),
    [
        (r"-2\sum_i (y_i - w x_i - b)", (Verdict.PROVED,)),
        (r"2\sum_i (y_i - w x_i - b)", (Verdict.FAILED,)),
        ("0", (Verdict.SKIPPED, Verdict.FAILED)),
    ],
)
def test_a_distribution_given_to_the_noise_says_it_is_noise(rhs: str, verdicts: tuple[Verdict, ...]) -> None:
    step = doc_steps(_SCALAR.format(rhs=rhs), "notes.md")[-1]
    assert step.verdict in verdicts, step.message


_PERTURBED = r"""
# Perturbations

The perturbed input is $\tilde{x} = x + \epsilon$ for a small $\epsilon$.

$$L = (w\tilde{x} - y)^2$$

$$\frac{\partial L}{\partial x} = 2w(w\tilde{x} - y)$$
"""


def test_a_perturbed_input_is_no_model_of_data() -> None:
    step = doc_steps(_PERTURBED, "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message


_OF_THE_MODEL = r"""
# The model

The model is $\mathbf{y} = X\mathbf{w} + \epsilon$, where $\epsilon$ is noise.

$$\frac{\partial \mathbf{y}}{\partial \mathbf{w}} = RHS$$
"""


def test_a_derivative_of_the_model_itself_is_read_through_it() -> None:
    step = doc_steps(_OF_THE_MODEL.replace("RHS", "X"), "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message
    step = doc_steps(_OF_THE_MODEL.replace("RHS", "0"), "notes.md")[-1]
    assert step.verdict not in _GREEN, step.message


_SMOOTHED = r"""
# Smoothing

For stability let $\hat{p} = \sigma(z) + \epsilon$ and $L = -\log \hat{p}$.

$$\frac{\partial L}{\partial z} = -\frac{\sigma(z)(1 - \sigma(z))}{\hat{p}}$$
"""


def test_a_smoothed_quantity_no_loss_compares_is_read_through() -> None:
    step = doc_steps(_SMOOTHED, "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message
