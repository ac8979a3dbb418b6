r"""Labels the prose says are several or counts are not one-hot (redteam7).

"$y$ is a multi-hot vector" (several labels per sample) and "$y$ holds the counts of each class" gave
no pause to the one-hot reading of an undeclared label, so the classic slip ``\partial L/\partial z_j =
p_j - y_j`` for the cross-entropy of a softmax (right only where ``\sum_i y_i = 1``) was PROVED "with the
labels y/t one-hot". Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

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
        r"Each sample may carry several labels: $y$ is a multi-hot vector.",
        r"This is a multi-label problem.",
        r"The vector $y$ holds the counts of each class.",
    ],
)
def test_labels_that_are_not_one_hot(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="p_j - y_j"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs=r"p_j\sum_i y_i - y_j"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_a_one_hot_label_still_reads_so() -> None:
    prose = r"The label $y$ is one-hot; a count of the errors is kept elsewhere."
    (step,) = doc_steps(_NOTES.format(prose=prose, rhs="p_j - y_j"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_labels_stated_to_sum_to_another_number() -> None:
    prose = r"The labels $y$ have $\sum_i y_i = 2$."
    (_, step) = doc_steps(_NOTES.format(prose=prose, rhs="p_j - y_j"), "notes.md")
    assert step.verdict not in _GREEN, step.message
    (_, step) = doc_steps(_NOTES.format(prose=r"The labels $y$ have $\sum_i y_i = 1$.", rhs="p_j - y_j"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_a_multi_label_section_leaves_the_one_hot_section_alone() -> None:
    notes = r"""
# Softmax classification

The label $y$ is one-hot, $p = \mathrm{softmax}(z)$ and $L = -\sum_i y_i\log p_i$.

$$\frac{\partial L}{\partial z_j} = p_j - y_j$$

# Multi-label classification

Now each sample may carry several labels: $y$ is a multi-hot vector.

$$\frac{\partial L}{\partial z_j} = p_j - y_j$$
"""
    first, second = doc_steps(notes, "notes.md")
    assert first.verdict is Verdict.PROVED, first.message
    assert second.verdict not in _GREEN, second.message
