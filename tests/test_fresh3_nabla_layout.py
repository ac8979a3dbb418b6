r"""``\nabla_X f`` of a scalar by a matrix is the gradient: the matrix of ∂f/∂X_ij, shaped as X. The
numerator layout (its transpose) is a reading of ``\frac{\partial f}{\partial X}`` in notes that use
that convention, never of ∇, so a missing transpose (``\nabla_A tr(AB) = B``, ``\nabla_X \log\det X
= X^{-1}``) must not turn green as "numerator layout". ∂-notation keeps both layouts, and a vector's
∇ keeps the row reading (some texts write the gradient as a row). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.gradientlayout import gradient_by_matrix

TRACE = r"""
All matrices are square $n \times n$, $A \in \mathbb{R}^{n \times n}$ and $B \in \mathbb{R}^{n \times n}$.

$$\nabla_A \operatorname{tr}(AB) = {RHS}$$
"""


def _verdict(body: str) -> tuple[str, str]:
    (step,) = doc_steps(body)
    return step.verdict.value, step.message


def test_gradient_of_the_trace_needs_the_transpose() -> None:
    assert _verdict(TRACE.replace("{RHS}", "B^T"))[0] == "PROVED"
    verdict, message = _verdict(TRACE.replace("{RHS}", "B"))
    assert verdict == "FAILED", message
    assert "numerator layout" not in message


def test_log_det_gradient_is_the_inverse_transpose() -> None:
    body = r"""
    Let $X \in \mathbb{R}^{n\times n}$ be invertible (not necessarily symmetric).

    $$\nabla_X \log\det X = {RHS}$$
    """
    assert _verdict(body.replace("{RHS}", "X^{-T}"))[0] == "PROVED"
    # FAILED: X^{-1} might be meant entry-wise (documents.squares.unsure keeps that doubt), but the notes call X
    # invertible, which says it is the inverse (documents.saidinvertible)
    verdict, message = _verdict(body.replace("{RHS}", "X^{-1}"))
    assert verdict == "FAILED" and "numerator layout" not in message, message
    verdict, message = _verdict(body.replace("{RHS}", "X^{-1}").replace(" be invertible", " be square"))
    assert verdict == "SKIPPED" and "numerator layout" not in message, message


def test_partial_notation_keeps_the_numerator_layout_as_a_question() -> None:
    # ∂ by a matrix is still read in numerator layout (not FAILED), but holding only there, the layout
    # unstated, it is not green (test_me27_layout_by_matrix)
    body = TRACE.replace(r"\nabla_A", r"\frac{\partial}{\partial A}").replace("{RHS}", "B")
    verdict, message = _verdict(body)
    assert verdict == "SKIPPED" and "holds only when read with numerator layout" in message, message


def test_only_a_matrix_variable_counts() -> None:
    from types import SimpleNamespace

    from verifier.documents.context import VarDecl

    scope = SimpleNamespace(names={("A", ()): VarDecl(("A", ()), "matrix"), ("w", ()): VarDecl(("w", ()), "vector")})
    assert gradient_by_matrix([r"\nabla_A \operatorname{tr}(AB)"], scope)
    assert gradient_by_matrix([r"\nabla_{\mathbf{A}} f"], scope)
    assert not gradient_by_matrix([r"\nabla_w L"], scope)
    assert not gradient_by_matrix([r"\frac{\partial f}{\partial A}"], scope)


def test_a_matrix_the_notes_call_a_covariance_keeps_the_transpose_reading() -> None:
    body = r"""
    For a Gaussian with covariance matrix $\Sigma \in \mathbb{R}^{d \times d}$:

    $$\nabla_\Sigma \log\det\Sigma = \Sigma^{-1}$$
    """
    verdict, message = _verdict(body)
    assert verdict == "PROVED" and "numerator layout" in message, message


def test_prose_that_makes_a_matrix_symmetric() -> None:
    from verifier.documents.symmetricprose import _SYMMETRIC

    def names(text: str) -> set[str]:
        return {g for m in _SYMMETRIC.finditer(text) for g in m.groups() if g}

    assert names("For a symmetric covariance $S$ and") == {"S"}
    assert names(r"the covariance matrix $\Sigma \in \mathbb{R}^{d \times d}$:") == {"Sigma"}
    assert names("a kernel matrix $K$.") == {"K"}
    assert names("the covariance of $x$ and $y$") == set()
