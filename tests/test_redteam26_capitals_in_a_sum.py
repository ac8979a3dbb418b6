r"""Capitals read as numbers inside a bracketed sum that multiplies a vector (redteam26).

``\nabla_x x^T (A + B) x = 2(A + B)x`` with nothing giving A or B a shape read both as real scalars ("no other
evidence"), and as scalars the wrong gradient holds: PROVED, though "Let $A$ be symmetric and $B$ arbitrary"
says B is a general matrix. weights.doubt_scalar_capitals re-checks a green step with the capitals that
multiply a name read as matrices, but it saw only a capital written as a factor of the product (``Ax``), not
one inside a sum that is the factor (``(A + B)x``). Such capitals now count too: the wrong step is no longer
green, the right one stays green."""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTES = "# A\n\nLet $A$ be symmetric and $B$ arbitrary.\n$$STEP$$\n"


@pytest.mark.parametrize("step", [
    r"\nabla_x x^T (A + B) x = 2 (A + B) x",
    r"\nabla_x (x^T (A + B) x) = 2 x^T (A + B)",
    r"\nabla_x x^T (A + \lambda B) x = 2 (A + \lambda B) x",
])  # fmt: skip
def test_a_missing_transpose_inside_a_sum_is_not_green(step: str) -> None:
    r = doc_steps(_NOTES.replace("STEP", step))[-1]
    assert not r.verdict.ok, r.message


def test_the_right_gradient_stays_green() -> None:
    r = doc_steps(_NOTES.replace("STEP", r"\nabla_x x^T (A + B) x = (A + B + A^T + B^T) x"))[-1]
    assert r.verdict.ok, r.message
