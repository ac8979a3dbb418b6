r"""Prose that denies independence, or says it of the features, makes no joint likelihood (redteam7).

documents/iidjoint.py reads ``p(\mathbf{y}|\mathbf{x};\theta)`` as the product of the notes' density of
one sample where the prose says the samples are independent; any "independent" or "i.i.d." counted, so
"We do not assume the samples are drawn independently", "The samples are not i.i.d." and "The features
are conditionally independent given the class, but the samples are correlated" turned the
log-likelihood of independent samples PASSED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Likelihood

For one sample, $p(y_i \mid x_i; \theta) = \theta^{{y_i}}(1 - \theta)^{{1 - y_i}}$. {prose}

$$\log p(\mathbf{{y}} \mid \mathbf{{x}}; \theta) = \sum_{{i=1}}^n y_i\log\theta + (1 - y_i)\log(1 - \theta)$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        "We do not assume the samples are drawn independently.",
        "The samples are not i.i.d.",
        "The features are conditionally independent given the class, but the samples are correlated in time.",
        "Nothing says the samples are independent.",
        # asked about, supposed counterfactually or said of the noise: no statement either (review18c)
        "Is it reasonable to assume the samples are independent?",
        "If the samples were independent, the likelihood would factorise. They form a time series.",
        "The noise is independent of the inputs. The samples form a time series.",
    ],
)
def test_independence_denied_or_of_the_features(prose: str) -> None:
    steps = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert steps[-1].verdict not in _GREEN, steps[-1].message


@pytest.mark.parametrize(
    "prose",
    [
        "The samples are drawn independently.",
        "The samples are i.i.d.",
        "Since the samples are independent, we get",
        "The samples are independent of each other.",
        "If the samples are independent, the likelihood factorises.",
    ],
)
def test_independent_samples(prose: str) -> None:
    steps = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert steps[-1].verdict in _GREEN, steps[-1].message
