r"""``|A|`` of a square matrix computed once per matrix (speed44): ``squares.determinant_of`` remembers SymPy's
determinant of an immutable matrix, keyed by the matrix and SymPy's switches; the same tree as computing it.

A chain's other readings resolve ``|\Sigma|`` again, and SymPy's default determinant at side ≤ 3 (Bareiss,
every entry cancelled) took 0.7-0.9 s of CPU each time for a 3×3 matrix of long entries in course notes.
Calls are counted here, never timed. Small examples written here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sympy as sp
from support import doc_steps
from sympy.matrices.utilities import dotprodsimp

from verifier.documents import squares

x, y = sp.symbols("x y")


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[sp.MatrixBase]]:
    """The matrices whose determinant is computed (not served from the memo), the memo empty at first."""
    computed: list[sp.MatrixBase] = []
    original = squares._determinant

    def counting(base: sp.MatrixBase) -> sp.Basic:
        computed.append(base)
        return original(base)

    monkeypatch.setattr(squares, "_DETERMINANTS", {})
    monkeypatch.setattr(squares, "_determinant", counting)
    yield computed


def test_an_equal_matrix_is_computed_once_with_the_tree_sympy_gives(counted: list[sp.MatrixBase]) -> None:
    a = sp.ImmutableMatrix([[x**2 + 1, x * y, 2], [y, x - y, 1], [3, y**2, x]])
    first = squares.determinant_of(a)
    again = squares.determinant_of(sp.ImmutableMatrix([[x**2 + 1, x * y, 2], [y, x - y, 1], [3, y**2, x]]))
    assert len(counted) == 1
    assert again is first
    assert sp.srepr(first) == sp.srepr(a.det())  # what SymPy computes, unchanged


def test_past_side_three_the_tree_is_berkowitz_s(counted: list[sp.MatrixBase]) -> None:
    a = sp.ImmutableMatrix(4, 4, lambda i, j: sp.Symbol(f"a_{i}{j}"))
    assert sp.srepr(squares.determinant_of(a)) == sp.srepr(a.det(method="berkowitz"))
    squares.determinant_of(a)
    assert len(counted) == 1


def test_other_kinds_of_entries_are_other_matrices(counted: list[sp.MatrixBase]) -> None:
    xp = sp.Symbol("x", positive=True)
    squares.determinant_of(sp.ImmutableMatrix([[2, x], [x, 1]]))
    squares.determinant_of(sp.ImmutableMatrix([[2.0, x], [x, 1]]))  # a float is not the integer
    squares.determinant_of(sp.ImmutableMatrix([[2, xp], [xp, 1]]))  # a positive x is not x
    assert len(counted) == 3


def test_the_switches_are_part_of_the_key(counted: list[sp.MatrixBase]) -> None:
    a = sp.ImmutableMatrix([[x + 1, 1 / x], [y, x * y]])
    squares.determinant_of(a)
    with dotprodsimp(False):
        assert sp.srepr(squares.determinant_of(a)) == sp.srepr(a.det())
    assert len(counted) == 2
    squares.determinant_of(a)
    assert len(counted) == 2


def test_a_mutable_matrix_is_computed_every_time(counted: list[sp.MatrixBase]) -> None:
    m = sp.Matrix([[x, 1], [1, x]])
    squares.determinant_of(m)
    squares.determinant_of(m)
    assert len(counted) == 2
    assert squares._DETERMINANTS == {}


def test_the_memo_is_bounded_oldest_dropped_first(counted: list[sp.MatrixBase],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(squares, "MAX_DETERMINANTS", 3)
    for k in range(5):
        squares.determinant_of(sp.ImmutableMatrix([[x, k], [k, y]]))
    assert len(squares._DETERMINANTS) == 3
    squares.determinant_of(sp.ImmutableMatrix([[x, 4], [4, y]]))  # the newest: remembered
    assert len(counted) == 5
    squares.determinant_of(sp.ImmutableMatrix([[x, 0], [0, y]]))  # the oldest: dropped, computed again
    assert len(counted) == 6


def test_notes_with_a_determinant_go_through_the_memo(counted: list[sp.MatrixBase]) -> None:
    steps = doc_steps(r"$$\frac{d}{dA} |A| = |A|\,A^{-T}$$")
    assert steps[0].verdict.name == "PROVED", steps[0].message
    assert counted  # the notes' |A| computed here
    assert len(counted) == len({(str(m), m.shape) for m in counted})  # and no matrix a second time
