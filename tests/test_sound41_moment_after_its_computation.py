r"""A moment stated in prose right after the notes' own computation of it is a result, not a hypothesis (sound41).

"$\mathbb{E}[X] = 1 \cdot 0.5 + 2 \cdot 0.5 = 2.5$, that is $\mathbb{E}[X] = 3$" then ``2\mathbb{E}[X] = 6`` was
PROVED "under the hypothesis \mathbb{E}[X] = 3 (stated at line N)": the computation FAILED (it gives 1.5) and
disagrees with the value, and redteam40's rule skipped only where the statement's own step rests on a chain that does
not hold (its step here is SKIPPED "does not follow from linearity" only). When the computation FAILED, or gives
another value, the value is no evidence; when it agrees, it is kept. Every example is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Moments

A bet pays $1$ or $2$ with probability one half each, so COMPUTED, that is $\mathbb{E}[X] = MEAN$.

$$
2\mathbb{E}[X] = TWICE
$$
"""


def _verdicts(computed: str, mean: str, twice: str) -> list[str]:
    notes = NOTES.replace("COMPUTED", computed).replace("MEAN", mean).replace("TWICE", twice)
    return [s.verdict.value for s in doc_steps(notes)]


def test_a_value_after_a_failed_computation_is_no_evidence() -> None:
    got = _verdicts(r"$\mathbb{E}[X] = 1\cdot 0.5 + 2 \cdot 0.5 = 2.5$", "3", "6")
    assert "FAILED" in got
    assert got[-1] == "SKIPPED"


def test_a_value_that_disagrees_with_its_unchecked_computation_is_no_evidence() -> None:
    got = _verdicts(r"$\mathbb{E}[X] = 1\cdot 0.5 + 2 \cdot 0.5$", "3", "6")
    assert got[-1] == "SKIPPED"


def test_a_value_that_agrees_with_its_computation_is_kept() -> None:
    assert _verdicts(r"$\mathbb{E}[X] = 1\cdot 0.5 + 2 \cdot 0.5$", "1.5", "3")[-1] == "PROVED"
    assert _verdicts(r"$\mathbb{E}[X] = 1\cdot 0.5 + 2 \cdot 0.5 = 1.5$", "1.5", "3")[-1] == "PROVED"


def test_a_value_stated_as_given_after_another_moment_is_kept() -> None:
    # the computation before it is of another moment: the statement is the notes' given
    got = _verdicts(r"$\mathbb{E}[Y] = 1\cdot 0.5 + 2 \cdot 0.5$", "3", "6")
    assert got[-1] == "PROVED"
