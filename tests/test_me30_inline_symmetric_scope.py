r"""An inline claim is read under "symmetric" only where its own sentence states it for the claim (me30).

Found by writing the quadratic-form gradient as a student would and planting the classic mistake: with
"$A$ (not necessarily symmetric)" and the line "Hence $\nabla f(x) = 2Ax$, and for symmetric $A$ this is also
$(A + A^T)x$.", the wrong ``2Ax`` was PROVED "when read with A symmetric, as the notes say": the whole line
counted as the prose before the inline claim, so a condition of a *later clause* (about "this") became the
claim's hypothesis. The clause after an inline claim counts only where it goes on with the claim's own
sentence ("…$, where $A$ is symmetric", "…$ for symmetric $A$"), as it does after a display."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# Gradient of a quadratic form

Let $f(x) = x^T A x$ with $A \in \mathbb{R}^{n \times n}$. Then $f(x) = \sum_i \sum_j x_i A_{ij} x_j$.

LINE
"""


def _claim(line: str) -> Verdict:
    steps = [s for s in doc_steps(_NOTES.replace("LINE", line)) if s.lhs_latex.startswith(r"\nabla")]
    assert len(steps) == 1, steps
    return steps[0].verdict


def test_a_condition_of_a_later_clause_does_not_excuse_the_claim_before_it() -> None:
    assert _claim(r"Hence $\nabla f(x) = 2Ax$, and for symmetric $A$ this is also $(A + A^T)x$.") is Verdict.FAILED


@pytest.mark.parametrize("line", [
    r"Hence $\nabla f(x) = 2Ax$ for symmetric $A$.",
    r"Hence $\nabla f(x) = 2Ax$, where $A$ is symmetric.",
    r"If $A$ is symmetric, $\nabla f(x) = 2Ax$.",
])  # fmt: skip
def test_a_condition_the_claims_own_sentence_states_still_holds(line: str) -> None:
    assert _claim(line) in (Verdict.PROVED, Verdict.PASSED)
