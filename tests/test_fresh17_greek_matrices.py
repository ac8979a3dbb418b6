r"""A capital Greek letter written as a matrix is a matrix (shapes.is_capital).

Notes name covariance, precision and design matrices with capital Greek letters (Σ, Λ, Φ, Ψ, Ω) just as
with Latin capitals. Read as scalars, the trace trick written with the outer product turned into an
inner product, ``(x - μ)^T Λ (x - μ) = tr(Λ (x - μ)^T (x - μ))``, was PROVED (a false green: for a scalar Λ
both sides are Λ‖x − μ‖²), and ``∂/∂Σ (log det Σ + tr(Σ⁻¹ S))`` was SKIPPED for a trace of a non-square
product. Between vectors, or inside tr or det, such a letter is a square matrix as a Latin capital is."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_QUADRATIC = ("Let $\\mathbf{x} \\in \\mathbb{R}^d$.\n\n"
              "$$(\\mathbf{x} - \\boldsymbol{\\mu})^\\top {L} (\\mathbf{x} - \\boldsymbol{\\mu}) = "
              "\\operatorname{tr}\\left({L} {OUTER}\\right)$$\n")


@pytest.mark.parametrize("letter", ["\\Lambda", "\\Sigma", "\\Omega"])
def test_the_inner_product_for_the_outer_one_is_failed(letter: str) -> None:
    text = _QUADRATIC.replace("{L}", letter).replace(
        "{OUTER}", "(\\mathbf{x} - \\boldsymbol{\\mu})^\\top(\\mathbf{x} - \\boldsymbol{\\mu})")
    steps = doc_steps(text)
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message


@pytest.mark.parametrize("letter", ["\\Lambda", "\\Sigma"])
def test_the_trace_trick_is_proved_over_matrices(letter: str) -> None:
    text = _QUADRATIC.replace("{L}", letter).replace(
        "{OUTER}", "(\\mathbf{x} - \\boldsymbol{\\mu})(\\mathbf{x} - \\boldsymbol{\\mu})^\\top")
    steps = doc_steps(text)
    assert steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED), steps[-1].message


_LOGDET = ("The derivative by a matrix has the shape of the matrix. Let $\\Sigma$ be symmetric positive definite "
           "and $S$ a constant symmetric matrix.\n\n"
           "$$\\frac{\\partial}{\\partial \\Sigma}\\left(\\log\\det\\Sigma + \\operatorname{tr}\\left(\\Sigma^{-1}S"
           "\\right)\\right) = \\Sigma^{-1} {SIGN} \\Sigma^{-1} S\\, \\Sigma^{-1}$$\n")


def test_a_greek_matrix_inside_det_is_square() -> None:
    # Σ^{-1} is a chosen reading (squares.unsure), but "positive definite" says it is the inverse: FAILED stands
    # (documents.saidinvertible)
    wrong = doc_steps(_LOGDET.replace("{SIGN}", "+"))[-1]
    assert wrong.verdict is Verdict.FAILED and "Sigma: a n₃×n₃ matrix" in (wrong.message or "")
    unsaid = doc_steps(_LOGDET.replace("{SIGN}", "+").replace("symmetric positive definite", "a symmetric matrix"))[-1]
    assert unsaid.verdict is Verdict.SKIPPED and "Sigma: a n₃×n₃ matrix" in (unsaid.message or "")


_GRADIENT = ("Let $\\mathbf{x} \\in \\mathbb{R}^d$ and {SAID}.\n\n"
             "$$\\nabla_{\\mathbf{x}}\\, \\mathbf{x}^\\top \\Sigma\\, \\mathbf{x} = 2\\Sigma\\mathbf{x}$$\n")


@pytest.mark.parametrize("said", ["$\\Sigma$ symmetric positive definite", "let $\\Sigma$ be symmetric"])
def test_a_greek_matrix_the_prose_calls_symmetric(said: str) -> None:
    steps = doc_steps(_GRADIENT.replace("{SAID}", said))
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_without_symmetry_the_quadratic_form_gradient_is_failed() -> None:
    steps = doc_steps(_GRADIENT.replace("{SAID}", "$\\Sigma$ invertible"))
    assert steps[-1].verdict is Verdict.FAILED, steps[-1].message
