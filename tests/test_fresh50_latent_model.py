r"""A quantity modelled through a latent variable is observed data when its likelihood is differentiated (fresh50).

"We observe $y_1, \dots, y_n$ and model each as $y_i = a u_i + \epsilon_i$ with $u_i \sim \mathcal{N}(0, 1)$"
is a latent-variable model (factor analysis, probabilistic PCA): the likelihood of ``a`` is written with a
statistic of the data, ``T = \sum_i y_i^2``, and differentiated with the data held. The model line was read
as y's definition, so ``T`` moved with ``a`` and the correct ``d\ell/da`` was FAILED (a false alarm). No
definition compares y with the prediction ``a u_i`` (the latent is never observed), so the fit reading of
``documents.noisemodel`` did not apply. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_LATENT = r"""
# A one-factor model

We observe $y_1, \dots, y_n$ and model each as $y_i = a u_i + \epsilon_i$ with a latent
$u_i \sim \mathcal{{N}}(0, 1)$ and noise $\epsilon_i \sim \mathcal{{N}}(0, s^2)$.
With $T = \sum_{{i=1}}^n y_i^2$ the log-likelihood is

$$\ell(a) = -\frac{{n}}{{2}}\log\left(a^2 + s^2\right) - \frac{{T}}{{2\left(a^2 + s^2\right)}}$$

$$\frac{{d\ell}}{{da}} = {rhs}$$
"""

_RIGHT = r"-\frac{n a}{a^2 + s^2} + \frac{T a}{\left(a^2 + s^2\right)^2}"
_WRONG = r"-\frac{n a}{a^2 + s^2} + \frac{T a}{2\left(a^2 + s^2\right)^2}"


def test_the_likelihood_gradient_with_the_data_observed_is_not_failed() -> None:
    step = doc_steps(_LATENT.format(rhs=_RIGHT), "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_dropped_factor_in_that_gradient_is_still_failed() -> None:
    step = doc_steps(_LATENT.format(rhs=_WRONG), "notes.md")[-1]
    assert step.verdict is Verdict.FAILED, step.message


def test_a_gradient_through_the_latent_is_not_green() -> None:
    # read through the model, T = sum (a u_i + eps_i)^2 moves with a: dT/da = 2 sum u_i y_i is not a
    # derivative of the likelihood of observed data
    rhs = r"-\frac{n a}{a^2 + s^2} + \frac{T a}{\left(a^2 + s^2\right)^2} - \frac{\sum_{i=1}^n u_i y_i}{a^2 + s^2}"
    step = doc_steps(_LATENT.format(rhs=rhs), "notes.md")[-1]
    assert step.verdict not in _GREEN, step.message


_NOISY_UNIT = r"""
# A noisy unit

The unit computes $z = w x + \epsilon$ where $\epsilon$ is noise, and the loss is $L = (z - t)^2$.

$$\frac{{\partial L}}{{\partial w}} = {rhs}$$
"""


@pytest.mark.parametrize(("rhs", "verdict"), [("2(z - t)x", Verdict.PROVED), ("2(z - t)", Verdict.FAILED)])
def test_a_noisy_unit_without_a_latent_is_still_read_through(rhs: str, verdict: Verdict) -> None:
    step = doc_steps(_NOISY_UNIT.format(rhs=rhs), "notes.md")[-1]
    assert step.verdict is verdict, step.message


_REPARAM = r"""
# The reparametrisation trick

We sample $z = \mu + \sigma \epsilon$ with $\epsilon \sim \mathcal{N}(0, 1)$, and the loss is $L = z^2$.

$$\frac{\partial L}{\partial \sigma} = 2 z \epsilon$$
"""


def test_a_drawn_epsilon_beside_a_bare_mean_is_the_reparametrisation_read_through() -> None:
    # mu is the bare term here and epsilon is drawn: epsilon is the noise of the trick, not a latent cause
    step = doc_steps(_REPARAM, "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_the_models_own_jacobian_is_still_read_through() -> None:
    note = _LATENT.replace(r"$$\frac{{d\ell}}{{da}} = {rhs}$$", r"$$\frac{{\partial y_i}}{{\partial a}} = {rhs}$$")
    assert note != _LATENT
    step = doc_steps(note.format(rhs="u_i"), "notes.md")[-1]
    assert step.verdict is Verdict.PROVED, step.message
