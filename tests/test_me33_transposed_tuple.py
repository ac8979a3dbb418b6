r"""``(0, 2)^\top`` is the column with coordinates 0 and 2, as notes mean it.

A tuple standing alone is read as a column vector; written transposed it was the transpose of that
column, a row, and ``\nabla f(1, 0) = (0, 2)^\top`` FAILED on the shapes. Notes write the coordinates in
a row and transpose them to say "this column": the transpose of a tuple is dropped. A matrix written
with its rows (``\begin{pmatrix} 0 \\ 2 \end{pmatrix}^\top``) keeps its transpose (a row)."""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.latex.parser import parse_latex


@pytest.mark.parametrize("src", [r"(0, 2)^\top", r"(0, 2)^T", r"(0,2)^{\top}", r"(0, 2)^\intercal"])
def test_a_transposed_tuple_is_a_column(src: str) -> None:
    assert parse_latex(src) == sp.ImmutableMatrix([[0], [2]])


def test_a_transposed_pmatrix_column_is_a_row() -> None:
    value = parse_latex(r"\begin{pmatrix} 0 \\ 2 \end{pmatrix}^\top")
    assert sp.ImmutableMatrix(value.args[0].T) == sp.ImmutableMatrix([[0, 2]])


@pytest.mark.parametrize(
    ("src", "factor"),
    [(r"(0.5 - 1)(1, 2)^\top", sp.Rational(-1, 2)), (r"(1 + 2)(1, 2)^\top", 3), (r"3(1, 2)^T", 3)],
)
def test_a_transposed_tuple_after_a_value_is_a_column_it_multiplies(src: str, factor: sp.Expr) -> None:
    # a transposed tuple is coordinates, never an inner product: after a bracketed value it is the column
    # that value scales (``\frac12 (a, b)`` untransposed stays refused: an inner product? after a name or a
    # brace, ``\operatorname{Score}(Q, K)^T``, it may be a call's arguments)
    assert sp.simplify(sp.Matrix(parse_latex(src)) - factor * sp.Matrix([[1], [2]])) == sp.zeros(2, 1)
