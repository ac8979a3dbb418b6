r"""A moment the notes restate after a computation that fails is no hypothesis of the lines after it (redteam40).

"$$\mathbb{E}[X] = 0.5 \cdot 1 + 0.5 \cdot 4 = 3$$ So $\mathbb{E}[X] = 3$, and $$\mathbb{E}[2X + 1] = 2\mathbb{E}[X]
+ 1 = 7$$": the computation FAILED (it gives 2.5), the restatement was SKIPPED (it rests on that chain, documents.
lemmas), yet gaps39's stated moments took "$\mathbb{E}[X] = 3$" as given and the last link was PROVED "under the
hypothesis \mathbb{E}[X] = 3 (stated at line 7)" — a green resting on a wrong value (the mean is 2.5, the value 6).
A statement whose own step does not hold is no evidence. Every example is written here."""

from __future__ import annotations

from support import doc_steps

NOTES = r"""
# Moments

Let $X$ take the values $1$ and $4$ with probability one half each.

$$
\mathbb{E}[X] = 0.5 \cdot 1 + 0.5 \cdot 4 = MEAN
$$

So $\mathbb{E}[X] = MEAN$, and

$$
\mathbb{E}[2X + 1] = 2\mathbb{E}[X] + 1 = VALUE
$$
"""


def _verdicts(mean: str, value: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(NOTES.replace("MEAN", mean).replace("VALUE", value))]


def test_a_moment_restated_after_a_failed_computation_makes_no_step_green() -> None:
    got = _verdicts("3", "7")
    assert got[1] == "FAILED"  # 0.5 + 2 is 2.5
    assert got[-1] not in ("PROVED", "PASSED")  # 7 only under the wrong mean


def test_a_moment_restated_in_a_display_after_a_failed_computation() -> None:
    notes = NOTES.replace("MEAN", "3").replace("VALUE", "4").replace("2X + 1] = 2", "X + 1] = ")
    notes = notes.replace("So $\\mathbb{E}[X] = 3$, and", "So\n\n$$\n\\mathbb{E}[\\bar{X}] = \\mathbb{E}[X] = 3\n$$\n")
    got = [s.verdict.value for s in doc_steps(notes)]
    assert "FAILED" in got
    assert got[-1] not in ("PROVED", "PASSED")


def test_the_right_mean_keeps_its_green() -> None:
    assert _verdicts("2.5", "6")[-1] == "PROVED"


def test_a_moment_stated_as_given_keeps_its_green() -> None:
    notes = r"""
    # Moments

    Let $X$ be a random variable with $\mathbb{E}[X] = 3$.

    $$
    \mathbb{E}[2X + 1] = 2\mathbb{E}[X] + 1 = 7
    $$
    """
    assert [s.verdict.value for s in doc_steps(notes)] == ["PROVED", "PROVED"]
