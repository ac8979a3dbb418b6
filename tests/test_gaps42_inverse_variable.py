r"""A derivative by the inverse of a matrix, ``\frac{\partial \ell}{\partial \Sigma^{-1}}``, is read (gaps42).

Gaussian likelihoods are maximised in the precision matrix Σ⁻¹; every such step was SKIPPED "derivative with
respect to the expression Sigma**(-1) … is not read". documents.inversevariable reads it through the chain rule
(∂f/∂Σ⁻¹ = -Σᵀ (∂f/∂Σ) Σᵀ for a scalar f, in the step's layout): right steps are PROVED, wrong ones never green.
"""

from __future__ import annotations

import sympy as sp
from support import verdicts_by_line

from verifier.latex import parse_latex

_GREEN = {"PROVED", "PASSED"}


def _note(claim: str, layout: str = "") -> str:
    block = "```verify\nn in {2}\n\\Sigma: matrix[n x n]\nS: matrix[n x n]\nx, \\mu: vector[n]\n" + layout + "```\n\n"
    return "# Precision\n\n" + block + "The derivative by the precision matrix:\n\n$$" + claim + "$$\n"


_LINE = 12  # the claim's line in _note (one more with a layout line)

_TRACE = r"\frac{\partial}{\partial \Sigma^{-1}} \operatorname{tr}(\Sigma^{-1} S) = "
_LOGLIK = (r"\frac{\partial}{\partial \Sigma^{-1}} \left( \frac{1}{2}\log|\Sigma^{-1}| - \frac{1}{2}(x - \mu)^T"
           r" \Sigma^{-1} (x - \mu) \right) = ")


def test_the_parser_builds_a_derivative_by_the_inverse() -> None:
    tree = parse_latex(r"\frac{\partial f}{\partial \Sigma^{-1}}")
    assert isinstance(tree, sp.Basic)
    assert "byinverse" in str(tree)
    assert "byinverse" in str(parse_latex(r"\frac{\partial}{\partial \Sigma^{-1}} f"))


def test_a_trace_by_the_precision_matrix_is_proved_and_its_missing_transpose_is_not() -> None:
    assert verdicts_by_line(_note(_TRACE + "S^T"))[_LINE] == ["PROVED"]
    assert not set(verdicts_by_line(_note(_TRACE + "S"))[_LINE]) & _GREEN


def test_the_numerator_layout_transposes_the_derivative() -> None:
    assert verdicts_by_line(_note(_TRACE + "S", "layout: numerator\n"))[_LINE + 1] == ["PROVED"]


def test_the_gaussian_log_likelihood_by_the_precision_matrix() -> None:
    right = _LOGLIK + r"\frac{1}{2}\Sigma^T - \frac{1}{2}(x - \mu)(x - \mu)^T"
    assert verdicts_by_line(_note(right))[_LINE] == ["PROVED"]
    half_dropped = _LOGLIK + r"\Sigma^T - \frac{1}{2}(x - \mu)(x - \mu)^T"
    assert not set(verdicts_by_line(_note(half_dropped))[_LINE]) & _GREEN
    sign_flipped = _LOGLIK + r"\frac{1}{2}\Sigma^T + \frac{1}{2}(x - \mu)(x - \mu)^T"
    assert not set(verdicts_by_line(_note(sign_flipped))[_LINE]) & _GREEN


def test_a_vector_by_the_inverse_is_not_read() -> None:
    # a tensor: no value, never green
    assert not set(verdicts_by_line(_note(r"\frac{\partial \Sigma^{-1} x}{\partial \Sigma^{-1}} = x"))[_LINE]) & _GREEN
