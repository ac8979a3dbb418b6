"""The meaning of the parser's operator markers (norm, hadamard, kron, inner, tr, det, diag)."""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents.operators import OPERATORS
from verifier.documents.resolve import DimensionError, ResolveError

a, b, c, d = sp.symbols("a b c d", real=True)
col = sp.ImmutableMatrix([[a], [b]])
row = sp.ImmutableMatrix([[c, d]])
M = sp.ImmutableMatrix([[a, b], [c, d]])


def test_norm_is_euclidean_for_vectors_and_frobenius_for_matrices() -> None:
    assert OPERATORS["norm"](col) == sp.sqrt(a**2 + b**2)
    assert OPERATORS["norm"](col, sp.Integer(2)) == sp.sqrt(a**2 + b**2)
    assert OPERATORS["norm"](M) == sp.sqrt(a**2 + b**2 + c**2 + d**2)
    assert OPERATORS["norm"](col, sp.Integer(1)) == sp.Abs(a) + sp.Abs(b)
    assert OPERATORS["norm"](col, sp.oo) == sp.Max(sp.Abs(a), sp.Abs(b))


def test_matrix_p_norm_is_not_guessed() -> None:
    with pytest.raises(ResolveError):
        OPERATORS["norm"](M, sp.Integer(2))


def test_hadamard_multiplies_entries_and_checks_shapes() -> None:
    assert OPERATORS["hadamard"](col, col) == sp.ImmutableMatrix([[a**2], [b**2]])
    assert OPERATORS["hadamard"](a, col) == sp.ImmutableMatrix([[a**2], [a * b]])
    with pytest.raises(DimensionError):
        OPERATORS["hadamard"](col, row)


def test_kron_of_column_and_row_is_the_outer_product() -> None:
    assert OPERATORS["kron"](col, row) == col * row
    assert OPERATORS["kron"](col, col).shape == (4, 1)


def test_inner_products() -> None:
    assert OPERATORS["inner"](col, row) == a * c + b * d
    assert OPERATORS["inner"](col, col, M) == (col.T * M * col)[0, 0]
    with pytest.raises(DimensionError):
        OPERATORS["inner"](col, sp.ImmutableMatrix([[a, b, c]]))


def test_trace_determinant_diag() -> None:
    assert OPERATORS["tr"](M) == a + d
    assert OPERATORS["det"](M) == a * d - b * c
    assert OPERATORS["diag"](row) == sp.ImmutableMatrix([[c, 0], [0, d]])
    with pytest.raises(DimensionError):
        OPERATORS["tr"](row)
    with pytest.raises(ResolveError):
        OPERATORS["diag"](M)
