r"""Normal equations solved through ⇔: the link from ``\partial J/\partial b = 0`` (J a function of the
data t, which the model ``t = Ab + η`` defines) is read with direct partials, and the solved form
``b = (A^T A)^{-1} A^T t`` is read as ``A^T A b = A^T t`` (documents/solvedform.py). Small notes
written for the tests, each with a wrong variant that must not come out green."""

from __future__ import annotations

import functools

import pytest
import sympy as sp
from support import doc_steps

from verifier.documents.solvedform import cleared
from verifier.results import Verdict

NOTES = r"""
The targets follow the model $\mathbf{t} = \mathbf{A}\mathbf{b} + \eta$, with $\eta$ a random error.
We fit $\mathbf b$ by least squares:

$$ J\left(\mathbf{A}, \mathbf{t}, \mathbf{b}\right) = \frac{1}{2}
   \left(\mathbf{t} - \mathbf{A}\mathbf{b}\right)^{\text{T}} \left(\mathbf{t} - \mathbf{A}\mathbf{b}\right) $$

Setting the gradient to zero:

$$\begin{array}{rcl} \frac{\partial J}{\partial \mathbf{b}} = 0
&\Leftrightarrow& \mathbf{A}^{\text{T}} \mathbf{A} \mathbf{b} - \mathbf{A}^{\text{T}} \mathbf{t} = 0 \\
&\Leftrightarrow& \mathbf{A}^{\text{T}} \mathbf{A} \mathbf{b} = \mathbf{A}^{\text{T}} \mathbf{t} \\
&\Leftrightarrow& \mathbf{b} = \left(\mathbf{A}^{\text{T}} \mathbf{A}\right)^{-1} \mathbf{A}^{\text{T}} \mathbf{t}
\end{array}$$
"""

GRADIENT_SET = r"\mathbf{A}^{\text{T}} \mathbf{A} \mathbf{b} - \mathbf{A}^{\text{T}} \mathbf{t} = 0"
SOLVED = r"\left(\mathbf{A}^{\text{T}} \mathbf{A}\right)^{-1} \mathbf{A}^{\text{T}} \mathbf{t}"


@functools.cache
def _steps(text: str):  # type: ignore[no-untyped-def]
    return doc_steps(text)


def _step(text: str, lhs_start: str, rhs_start: str = ""):  # type: ignore[no-untyped-def]
    found = [s for s in _steps(text) if s.lhs_latex.startswith(lhs_start) and s.rhs_latex.startswith(rhs_start)]
    assert len(found) == 1, [(s.lhs_latex, s.rhs_latex) for s in doc_steps(text)]
    return found[0]


@pytest.mark.slow(12)
def test_the_gradient_set_to_zero_follows_with_direct_partials() -> None:
    step = _step(NOTES, r"\mathbf{A}^{\text{T}} \mathbf{A} \mathbf{b} - ")
    assert step.verdict is Verdict.PROVED, step.message
    assert "direct partials" in step.message


@pytest.mark.slow(12)
def test_a_gradient_with_a_wrong_factor_does_not_follow() -> None:
    wrong = NOTES.replace(
        GRADIENT_SET, r"\mathbf{A}^{\text{T}} \mathbf{A} \mathbf{b} - 2\mathbf{A}^{\text{T}} \mathbf{t} = 0"
    )
    step = _step(wrong, r"\mathbf{A}^{\text{T}} \mathbf{A} \mathbf{b} - ")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


@pytest.mark.slow(12)
def test_the_solved_form_follows_from_the_normal_equations() -> None:
    step = _step(NOTES, r"\mathbf{b}", r"\left(")
    assert step.verdict is Verdict.PROVED, step.message
    assert "M v = q" in step.message


@pytest.mark.slow(12)
def test_a_solved_form_with_a_wrong_right_side_is_not_green() -> None:
    wrong = NOTES.replace(
        SOLVED,
        SOLVED.replace(
            r"\mathbf{A}^{\text{T}} \mathbf{t}", r"\mathbf{A}^{\text{T}} \mathbf{A} \mathbf{A}^{\text{T}} \mathbf{t}"
        ),
    )
    step = _step(wrong, r"\mathbf{b}", r"\left(")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


@pytest.mark.slow(12)
def test_a_square_data_matrix_needs_no_symbolic_inverse() -> None:
    square = NOTES.replace(
        "with $\\eta$ a random error", "with $\\mathbf{A} \\in \\mathbb{R}^{n \\times n}$ and $\\eta$ a random error"
    )
    step = _step(square, r"\mathbf{b}", r"\left(")
    assert step.verdict is Verdict.PROVED, step.message
    wrong = square.replace(SOLVED, SOLVED.replace(r"\mathbf{A}^{\text{T}} \mathbf{t}", r"\mathbf{A} \mathbf{t}"))
    step = _step(wrong, r"\mathbf{b}", r"\left(")
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_cleared_moves_the_inverse_to_the_other_member() -> None:
    m, v, q = sp.symbols("M v q", commutative=False)
    assert cleared(v, m**-1 * q) == (m * v, q, m)
    assert cleared(m**-1 * q, v) == (m * v, q, m)
    assert cleared(v, 2 * m**-1 * q) is None  # a number before the inverse: not this form
    assert cleared(v, m**-1) is None  # nothing to clear it into
