r"""A symmetry the prose only supposes, takes back in the next sentence, or leaves for the general case (redteam37).

Each made the wrong ``\nabla_x x^\top A x = 2Ax`` (A arbitrary) PROVED by the symmetric reading:
"If $A$ were symmetric the answer would be simpler. Here $A$ is arbitrary, so" (the counterfactual's sentence
ends before the display: it is not the display it leads to); "Suppose for a moment that $A$ is symmetric. It is
not, so" (a supposition taken back by the next sentence); "For a symmetric $A$ one would write the gradient
differently; for our general $A$," (the general case the display is, in words symmetricprose did not know).
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_STEP = "\n\n$$\\nabla_x x^\\top A x = 2Ax$$\n"


def _verdicts(prose: str) -> list[str]:
    return [s.verdict.value for s in doc_steps("# Notes\n\n" + prose + _STEP)]


@pytest.mark.parametrize(
    "prose",
    [
        "If $A$ were symmetric the answer would be simpler. Here $A$ is arbitrary, so",
        "Suppose for a moment that $A$ is symmetric. It is not, so",
        "Suppose that $A$ is symmetric. But $A$ is not symmetric here:",
        "Let $A$ be symmetric for a moment. In fact it is not, and",
        "For a symmetric $A$ one would write the gradient differently; for our general $A$,",
        "For symmetric $A$ this is easy. For an arbitrary $A$,",
    ],
    ids=["counterfactual-closed", "suppose-then-not", "but-name-not", "in-fact-not", "our-general", "an-arbitrary"],
)
def test_a_symmetry_only_supposed_is_no_reading(prose: str) -> None:
    assert _verdicts(prose) == ["FAILED"]


@pytest.mark.parametrize(
    "prose",
    ["Let $A$ be symmetric.", "If $A$ were symmetric we would have", "Suppose that $A$ is symmetric. Then"],
    ids=["let", "counterfactual-display", "suppose"],
)
def test_a_stated_symmetry_is_still_read(prose: str) -> None:
    assert _verdicts(prose) == ["PROVED"]


@pytest.mark.parametrize(
    "prose",
    ["Let $A$ be symmetric. This is not a restriction here, since", "Let $A$ be symmetric. $B$ is not symmetric, so",
     "Let $A$ be symmetric. It is not diagonal, so", "Let $A$ be symmetric. $A$ is not diagonal here.",
     "Suppose for a moment that $A$ is symmetric. Then",
     "Imagine a symmetric $A$. Then"],
    ids=["not-a-restriction", "another-matrix", "not-diagonal", "name-not-diagonal", "for-a-moment-then", "imagine"],
)
def test_a_symmetry_kept_by_the_sentence_after_is_read(prose: str) -> None:
    assert _verdicts(prose) == ["PROVED"]
