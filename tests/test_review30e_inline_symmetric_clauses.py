r"""The clause an inline claim's sentence goes on with, and the general case after a "for symmetric" clause
(review30e, of symmetricprose.split_at_inline).

* "Hence $\nabla f(x) = 2Ax$ (for symmetric $A$)." states the claim for a symmetric A in parentheses, and
  "… $= 2Ax$ — true only for symmetric $A$." after a dash: both were FAILED (the clause after the claim
  was not read, its opening bracket or dash not being prose that goes on).
* "For symmetric $A$ the gradient simplifies, but in general $\nabla f(x) = 2Ax$." states the claim for the
  general case: it was PROVED "when read with A symmetric, as the notes say"."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# Gradient of a quadratic form

Let $f(x) = x^T A x$ with $A \in \mathbb{R}^{n \times n}$ and $x \in \mathbb{R}^n$.

LINE
"""


def _claims(line: str) -> list:
    return [s for s in doc_steps(_NOTES.replace("LINE", line)) if s.lhs_latex.startswith(r"\nabla")]


@pytest.mark.parametrize("line", [
    r"Hence $\nabla f(x) = 2Ax$ (for symmetric $A$).",
    r"Hence $\nabla f(x) = 2Ax$ --- true only for symmetric $A$.",
    "Hence $\\nabla f(x) = 2Ax$ \u2014 true only for symmetric $A$.",
])  # fmt: skip
def test_a_condition_after_a_bracket_or_a_dash_is_the_claims(line: str) -> None:
    steps = _claims(line)
    assert len(steps) == 1 and steps[0].verdict.ok, [(s.verdict, s.message) for s in steps]


@pytest.mark.parametrize("line", [
    r"For symmetric $A$ the gradient simplifies, but in general $\nabla f(x) = 2Ax$.",
    r"If $A$ is symmetric this simplifies, but in general $\nabla f(x) = 2Ax$.",
])  # fmt: skip
def test_the_general_case_after_a_symmetric_clause_is_not_read_symmetric(line: str) -> None:
    steps = _claims(line)
    assert len(steps) == 1 and steps[0].verdict is Verdict.FAILED, [(s.verdict, s.message) for s in steps]


def test_the_symmetric_case_before_the_general_one_still_holds() -> None:
    steps = _claims(r"For symmetric $A$, $\nabla f(x) = 2Ax$, but in general $\nabla f(x) = (A + A^T)x$.")
    assert steps and all(s.verdict.ok for s in steps), [(s.verdict, s.message) for s in steps]
