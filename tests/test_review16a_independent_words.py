r"""The joint likelihood of independent samples (documents.iidjoint) is read only where the prose says
the *samples* are independent: "the independent variables" (the inputs of a regression), "linearly
independent" columns and "independent of $\theta$" say nothing about the samples. Small notes
written here."""

# ruff: noqa: E501  (the notes are written as notes are: one display per line)
from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
SAID Each target is a noisy linear function of its features:

$$ p\left(y_i \mid \mathbf{X}; \mathbf{w}\right) = \mathcal{N}\left(\sum_{j=1}^m w_j X_{ij}, \sigma^2\right) $$

The likelihood of the data set is

$$ \log p\left(\mathbf{y} \mid \mathbf{X}; \mathbf{w}\right) = \sum_{i=1}^n \log \mathcal{N}\left(\sum_{j=1}^m w_j X_{ij}, \sigma^2\right) $$
"""


def _verdict(said: str) -> str:
    check = check_text(_NOTES.replace("SAID", said), "t.md", FAST)
    return [s for c in check.chains for s in c.result.steps][-1].verdict.value


def test_independent_variables_are_not_independent_samples() -> None:
    assert _verdict("Here $\\mathbf{X}$ holds the independent variables.") == "SKIPPED"
    assert _verdict("The columns of $\\mathbf{X}$ are linearly independent.") == "SKIPPED"
    assert _verdict("The noise is independent of $\\mathbf{w}$.") == "SKIPPED"


@pytest.mark.slow(2)
def test_independent_samples_still_read() -> None:
    # "drawn independently" is tests/test_nbnotes5_iid_joint.py's; "independent of" the others still counts
    assert _verdict("Each sample is independent of the others.") in ("PROVED", "PASSED")
