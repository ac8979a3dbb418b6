r"""A sentence below a display that says "throughout" and "$A$ is symmetric" is a standing hypothesis only where it
states the symmetry for the section (redmid64, on gaps64 6fb533bb / 6f69b807).

gaps64 (symmetricsection.symmetric_later_in_section) reads "Throughout, $A$ is symmetric." below
``\nabla_x(x^\top A x) = 2Ax`` as the section's hypothesis (PROVED under it). But it takes any sentence where
"throughout" (sectioncases.WHOLE_SECTION) and "A is symmetric" both occur: a condition ("only holds if $A$ is
symmetric; throughout, $A$ is a general square matrix"), a clause of another scope ("in the exercises, $A$ is
symmetric"), another section ("used throughout the next section"), a labelled paragraph's own case ("**Symmetric case.**
Throughout this paragraph, …") — each made the wrong step PROVED (FAILED on the
base c735fc13, rightly: the notes never assume A symmetric for it). Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = """# Quadratic form

Let $x \\in \\mathbb{R}^n$.

$$\\nabla_x (x^\\top A x) = 2 A x$$

SENTENCE
"""


@pytest.mark.parametrize("sentence", [
    "This only holds if $A$ is symmetric, which we do not assume throughout.",
    "The identity above only holds if $A$ is symmetric; throughout, $A$ is a general square matrix.",
    "Throughout, $A$ is assumed square; in the exercises, $A$ is symmetric.",
    "The claim that $A$ is symmetric is used throughout the next section.",
    "**Symmetric case.** Throughout this paragraph, $A$ is symmetric.",  # a labelled case of its own, below
])
def test_a_sentence_that_does_not_state_the_symmetry_for_the_section_is_no_hypothesis(sentence: str) -> None:
    got = verdicts_by_line(_NOTES.replace("SENTENCE", sentence))[5]
    assert not {"PROVED", "PASSED"} & set(got), got
