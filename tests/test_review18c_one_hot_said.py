r"""Several labels mentioned only to be set aside do not take the one-hot reading away (review18c).

``softlabels.said_many`` took any "multi-label" or "multi-hot" in the chain's section as saying the
labels are several, so "Unlike a multi-label problem, here $y$ is one-hot." and "This is not a
multi-label problem." left the correct cross-entropy gradient ``p_j - y_j`` (right for a one-hot y)
FAILED. A match whose clause negates or contrasts, or a section that says the label is one-hot, says
nothing of the kind. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.softlabels import said_many
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Cross-entropy

{prose} Let $p = \mathrm{{softmax}}(z)$ and $L = -\sum_i y_i\log p_i$.

$$\frac{{\partial L}}{{\partial z_j}} = {rhs}$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        r"Unlike a multi-label problem, here $y$ is one-hot.",
        r"This is not a multi-label problem.",
        r"In a multi-label problem the labels would be multi-hot; here $y$ is a one-hot vector.",
    ],
)
def test_several_labels_set_aside_keep_the_one_hot_reading(prose: str) -> None:
    assert not said_many(prose, "y")
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="p_j - y_j"), "notes.md")
    assert step.verdict is not Verdict.FAILED, step.message
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="p_j + y_j"), "notes.md")
    assert step.verdict not in _GREEN, step.message


def test_several_labels_said_still_count() -> None:
    assert said_many("This is a multi-label problem.", "y")
    assert said_many(r"Each sample may carry several labels: $y$ is a multi-hot vector.", "y")
