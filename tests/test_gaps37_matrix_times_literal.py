r"""A matrix times a written column vector is a product, not a block matrix (gaps37; gaps36 and fresh24 left it).

``A\begin{pmatrix} 1 \\ 0 \end{pmatrix}`` was folded by SymPy at parse time into ``[[A], [0]]`` (A a scalar in every
entry, a block matrix once A is a matrix): with "Take $A = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$" the power
iteration's ``A\begin{pmatrix} 1 \\ 0 \end{pmatrix} = \begin{pmatrix} 2 \\ 1 \end{pmatrix}`` was SKIPPED. The
product of a name and a written matrix is kept in written order, and a name inferred a scalar that the notes state
a matrix of numbers takes that matrix's shape. Every example is written here."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.latex import parse_latex

NOTES = r"""
Take $A = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$.

$$
A \begin{pmatrix} 1 \\ 0 \end{pmatrix} = \begin{pmatrix} RESULT \end{pmatrix}
$$
"""


def test_the_product_keeps_its_factors() -> None:
    tree = parse_latex(r"A \begin{pmatrix} 1 \\ 0 \end{pmatrix}")
    assert isinstance(tree, sp.Mul) and any(isinstance(a, sp.MatrixBase) for a in tree.args)
    assert isinstance(parse_latex(r"2 \begin{pmatrix} 1 \\ 0 \end{pmatrix}"), sp.MatrixBase)  # a number folds


def test_a_stated_matrix_times_a_written_vector_is_checked() -> None:
    assert [s.verdict.value for s in doc_steps(NOTES.replace("RESULT", r"2 \\ 1"))] == ["PROVED"]


def test_a_wrong_product_is_not_green() -> None:
    [step] = doc_steps(NOTES.replace("RESULT", r"1 \\ 2"))
    assert step.verdict.value in ("FAILED", "SKIPPED")
    assert "at the values the notes state" in step.message or step.verdict.value == "FAILED"


def test_a_general_matrix_times_vectors_is_not_failed() -> None:
    [step] = doc_steps(r"""
    $$
    W \begin{pmatrix} x \\ y \end{pmatrix}
      = W \begin{pmatrix} x \\ 0 \end{pmatrix} + W \begin{pmatrix} 0 \\ y \end{pmatrix}
    $$
    """)
    assert step.verdict.value in ("PROVED", "PASSED", "SKIPPED")
