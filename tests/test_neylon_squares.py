r"""``A^{-1}`` and ``|A|`` of a square matrix: the inverse and the determinant, never a FAILED of their own.

Small examples written here (documents/squares.py)."""

from __future__ import annotations

import sympy as sp
from support import doc_steps

from verifier.documents.squares import INVERSE, inverse_of, names_a_matrix, square_base, unsure
from verifier.results import StepResult, Verdict


def test_the_derivative_of_a_determinant_is_checked() -> None:
    steps = doc_steps(r"$$\frac{d}{dA} |A| = |A|\,A^{-T}$$")
    assert steps[0].verdict.name == "PROVED", steps[0].message
    assert "read as its determinant" in steps[0].message
    assert "read as its inverse" in steps[0].message


def test_a_wrong_derivative_of_a_determinant_is_not_green_and_not_failed() -> None:
    # A^{-1} for A^{-T}: false for a general square A; the readings are chosen, so SKIPPED, not FAILED
    steps = doc_steps(r"$$\frac{d}{dA} |A| = |A|\,(A^T)^{-T}A^{-1}A^{-1}$$")
    assert steps[0].verdict.name == "SKIPPED", steps[0].message


_DECLARED = r"""
```verify
n in {3}
A, B: matrix[n x n]
```

"""


def test_the_inverse_of_a_named_matrix_is_the_matrix_inverse() -> None:
    steps = doc_steps(_DECLARED + r"$$(A^{-1})^T = (A^T)^{-1}$$")
    assert steps[0].verdict.name in ("PROVED", "PASSED"), steps[0].message
    assert "read as its inverse" in steps[0].message


def test_a_wrong_step_under_the_inverse_reading_is_failed_both_ways() -> None:
    # (A^{-1})^T = A^{-1} fails for a general A, read as the inverse and entry-wise alike (gaps54: was SKIPPED)
    steps = doc_steps(_DECLARED + r"$$(A^{-1})^T = A^{-1}$$")
    assert steps[0].verdict.name == "FAILED", steps[0].message
    assert "entry-wise reciprocal" in steps[0].message


def test_the_inverse_of_a_symbolic_product_is_not_green() -> None:
    # (AB)^{-1} = A^{-1}B^{-1} is wrong: never green (FAILED both ways since gaps54, where it was SKIPPED)
    steps = doc_steps(_DECLARED + r"$$(AB)^{-1} = A^{-1}B^{-1}$$")
    assert steps[0].verdict.name in ("SKIPPED", "FAILED"), steps[0].message


def test_which_bases_are_read_as_matrices() -> None:
    A, s = sp.Symbol("A"), sp.Symbol("sigma")
    assert names_a_matrix(A * sp.Symbol("X"))
    assert not names_a_matrix(s**2)
    assert square_base(sp.Pow(A, -1, evaluate=False)) == A
    assert square_base(sp.Abs(A)) == A
    assert square_base(A**2) is None


def test_a_singular_matrix_has_no_inverse() -> None:
    assert inverse_of(sp.ImmutableMatrix([[1, 2], [2, 4]])) is None
    half, quarter = sp.Rational(1, 2), sp.Rational(1, 4)
    assert inverse_of(sp.ImmutableMatrix([[2, 0], [0, 4]])) == sp.ImmutableMatrix([[half, 0], [0, quarter]])


def _result(verdict: Verdict, message: str) -> StepResult:
    return StepResult(1, "a", "b", "a", "b", verdict, message=message)


def test_only_a_failed_step_with_the_reading_is_softened() -> None:
    assert unsure(_result(Verdict.FAILED, f"read: {INVERSE}")).verdict is Verdict.SKIPPED
    assert unsure(_result(Verdict.FAILED, "read: inferred x: a real scalar")).verdict is Verdict.FAILED
    assert unsure(_result(Verdict.PROVED, f"read: {INVERSE}")).verdict is Verdict.PROVED
