r"""``\nabla^2 f(x) = 2A`` after ``f(x) = x^T A x``: x is the Hessian's variable, not a name "on one side only".

A Hessian of a quadratic form has no x on its right side; the doubt "x appear(s) on one side only and
the notes do not define it" excused the wrong Hessian (2A for A + Aᵀ, 2AAᵀ for 2AᵀA) as SKIPPED while
the right one was PROVED. The variable of a Hessian is as much the step's own as a gradient's (the
doubt already knew ∇ and d/dx). Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
Let $A \in \mathbb{R}^{n \times n}$ and $f(x) = x^T A x$. The Hessian is $\nabla^2 f(x) = {rhs}$.

For $g(x) = \|Ax - b\|^2$ we get $\nabla^2 g(x) = {rhs2}$.
"""


def _verdicts(rhs: str, rhs2: str) -> list[str]:
    steps = doc_steps(_NOTES.replace("{rhs}", rhs).replace("{rhs2}", rhs2))
    return [s.verdict.value for s in steps if "nabla" in s.lhs_latex]


def test_the_right_hessians_are_green() -> None:
    assert all(v in GREEN for v in _verdicts("A + A^T", "2A^TA"))


@pytest.mark.slow(2)
def test_the_wrong_hessians_are_failed() -> None:
    assert _verdicts("2A", "2AA^T") == ["FAILED", "FAILED"]
