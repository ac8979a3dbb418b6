r"""A power of a resolved square matrix is computed once for equal matrices (speed38, documents.matrixpowers).

The readings of a failing step resolve its members again; ``X^{-2}`` read as ``(X^{-1})^2`` was squared
by SymPy (every entry cancelled) once per reading: ``verify check '\frac{\partial}{\partial X}
\operatorname{tr}(X^{-1}) = (X^{-2})^T'`` spent two thirds of its CPU on three equal squares and ended
TIMEOUT in a loaded test run. The memo must give what SymPy computes, and never one power for another.
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps
from sympy.matrices.utilities import dotprodsimp

from verifier.documents import matrixpowers
from verifier.results import Verdict


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """SymPy's matrix powers, counted (the memo emptied first)."""
    calls: list[int] = []
    original = sp.ImmutableDenseMatrix.__pow__

    def pow_(self: sp.ImmutableDenseMatrix, exp: object) -> object:
        calls.append(1)
        return original(self, exp)

    monkeypatch.setattr(sp.ImmutableDenseMatrix, "__pow__", pow_)
    monkeypatch.setattr(matrixpowers, "_POWERS", {})
    return calls


def _inverse() -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix(2, 2, sp.symbols("a:4")).inv()


def test_an_equal_matrix_is_raised_to_the_same_power_once(counted: list[int]) -> None:
    first = matrixpowers.power(_inverse(), 2)
    again = matrixpowers.power(_inverse(), sp.Integer(2))  # another object, equal; the exponent as SymPy's
    assert again is first
    assert counted == [1]
    assert first == _inverse() ** 2  # what SymPy computes


def test_what_the_power_reads_is_in_the_key(counted: list[int]) -> None:
    m = sp.ImmutableMatrix([[sp.Integer(2), 1], [0, 1]])
    assert matrixpowers.power(m, 3) == sp.ImmutableMatrix([[8, 7], [0, 1]])
    assert matrixpowers.power(m, 2) == sp.ImmutableMatrix([[4, 3], [0, 1]])  # another exponent
    floats = matrixpowers.power(sp.ImmutableMatrix([[sp.Float(2), 1], [0, 1]]), 3)  # 2.0, not 2
    assert isinstance(floats[0, 0], sp.Float)
    x, xp = sp.Symbol("x"), sp.Symbol("x", positive=True)  # one name, other assumptions
    assert matrixpowers.power(sp.ImmutableMatrix([[x]]), 2)[0, 0].has(x)
    assert matrixpowers.power(sp.ImmutableMatrix([[xp]]), 2)[0, 0].has(xp)
    with dotprodsimp(False):  # the other sizes raise without simplifying: not the simplified square
        plain = matrixpowers.power(_inverse(), 2)
    simplified = matrixpowers.power(_inverse(), 2)
    assert plain is not simplified
    assert counted == [1] * 7


def test_the_memo_is_bounded(counted: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matrixpowers, "MAX_POWERS", 3)
    for k in range(2, 8):
        matrixpowers.power(sp.ImmutableMatrix([[k]]), 2)
    assert len(matrixpowers._POWERS) == 3
    matrixpowers.power(sp.ImmutableMatrix([[2]]), 2)  # the oldest was dropped: computed again
    assert counted == [1] * 7


def test_a_matrix_power_in_notes_goes_through_the_memo(counted: list[int]) -> None:
    steps = doc_steps(r"""
    Let $A \in \mathbb{R}^{2 \times 2}$.

    $$\operatorname{tr}(A^{2}) = \operatorname{tr}(A A)$$
    """)
    assert [s.verdict for s in steps] == [Verdict.PROVED]
    assert any(key[1] == 2 for key in matrixpowers._POWERS)
