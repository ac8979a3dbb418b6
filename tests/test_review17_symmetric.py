r"""Prose that denies or asks about symmetry states no hypothesis (review17). ``doubts._SYMMETRIC``
matched "$A$ symmetric" inside "We do not assume $A$ symmetric", "Is $A$ symmetric?", "Without taking
$A$ symmetric", "symmetrically", and "symmetric matrix $A$" inside "non-symmetric" / "asymmetric": the
wrong expansion of a quadratic form with a general A (``2u^T A v`` for ``u^T A v + v^T A u``) was PROVED
"with A symmetric, as the notes say". Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Forms

The quadratic form $\mathbf{{v}}^T A \mathbf{{v}}$ for a square $A$ ({prose}).

$$(\mathbf{{v}} + \mathbf{{u}})^T A (\mathbf{{v}} + \mathbf{{u}})
= \mathbf{{v}}^T A \mathbf{{v}} + 2\mathbf{{u}}^T A \mathbf{{v}} + \mathbf{{u}}^T A \mathbf{{u}}$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        r"We do not assume $A$ symmetric",
        r"Is $A$ symmetric? Not in general",
        r"Without taking $A$ symmetric",
        r"with $A$ symmetrically placed entries unequal",
        r"where we never call $A$ a symmetric matrix",
        r"for a non-symmetric matrix $A$",
        r"for an asymmetric matrix $A$",
        r"We do not assume that $A$ is symmetric",
    ],
)
def test_denied_symmetry_is_no_hypothesis(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


@pytest.mark.parametrize(
    "prose",
    [
        r"with $A$ symmetric",
        r"Although $B$ is not symmetric, take $A$ symmetric",
        r"$A$ is symmetric",
        r"we may assume without loss of generality that $A$ is symmetric",
    ],
)
def test_stated_symmetry_still_holds(prose: str) -> None:
    (step,) = doc_steps(_NOTES.format(prose=prose), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message


def test_a_transpose_of_another_matrix_is_no_symmetry() -> None:
    # "$B = A^T$" names B the transpose of A; only "$B = B^T$" says B is symmetric
    notes = _NOTES.replace("A", "B").replace("for a square $B$", "for a square $A$")
    (step,) = doc_steps(notes.format(prose=r"let $B = A^T$"), "notes.md")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message
    (step,) = doc_steps(notes.format(prose=r"let $B = B^T$"), "notes.md")
    assert step.verdict is Verdict.PROVED, step.message
