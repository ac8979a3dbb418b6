r"""Independence asked about, supposed counterfactually or said of the noise is no statement (review18c).

``iidjoint._says_independent`` counted any "independent" not negated and not about the features, so
"Is it reasonable to assume the samples are independent?", "If the samples were independent, the
likelihood would factorise." and "The noise is independent of the inputs." let the joint likelihood
be the product of the samples' densities, and the log-likelihood of independent samples PASSED in notes
that never say the samples are independent. Every example is written here."""

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
        "Is it reasonable to assume the samples are independent?",
        "If the samples were independent, the likelihood would factorise. They form a time series.",
        "The noise is independent of the inputs. The samples form a time series.",
    ],
)
def test_independence_not_stated_of_the_samples(prose: str) -> None:
    steps = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert steps[-1].verdict not in _GREEN, steps[-1].message


@pytest.mark.parametrize(
    "prose",
    ["The samples are independent of each other.", "If the samples are independent, the likelihood factorises."],
)
def test_independent_samples_still_stated(prose: str) -> None:
    steps = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert steps[-1].verdict in _GREEN, steps[-1].message
