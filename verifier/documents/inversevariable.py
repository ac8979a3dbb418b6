r"""A derivative by the inverse of a matrix, ``\frac{\partial \ell}{\partial \Sigma^{-1}}``: the precision matrix.

Gaussian likelihoods are maximised in the precision matrix Λ = Σ⁻¹ rather than in Σ ("we'll maximize ℓ with
respect to its inverse"): ``\frac{\partial}{\partial \Sigma^{-1}}\left(\frac12\log|\Sigma^{-1}| - \frac12
(x-\mu)^T\Sigma^{-1}(x-\mu)\right) = \frac12\Sigma^T - \frac12(x-\mu)(x-\mu)^T``. The parser builds such a
derivative as ``byinverse(Derivative(f, Σ))`` (:mod:`verifier.latex.build`); this module owns its meaning.

For a scalar f of Σ, Σ = Λ⁻¹ gives dΣ = -Σ dΛ Σ, so df = tr(Gᵀ dΣ) = tr((-Σᵀ G Σᵀ)ᵀ dΛ) with G = ∂f/∂Σ shaped as
Σ: ∂f/∂Λ = -Σᵀ G Σᵀ, shaped as Λ; in a layout that transposes a scalar's derivative by a matrix, both G and
the result are transposed (:func:`verifier.documents.layout.differs`). Nothing else is read: the variable must
be the inverse of a square matrix the step knows, the function a scalar (a derivative of a vector or a
matrix by Σ⁻¹ is a tensor). The reading is exact (the chain rule through the inverse), so it cannot turn a
wrong step green; it is reported with the step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.layout import differs
from verifier.documents.values import ResolveError, Value, is_matrix, norm

if TYPE_CHECKING:
    from verifier.documents.resolve import Resolver

__all__ = ["by_inverse"]


def by_inverse(resolver: Resolver, node: AppliedUndef, env: dict[str, Value]) -> Value:
    r"""The value of ``byinverse(Derivative(f, Σ))``: ∂f/∂(Σ⁻¹) = -Σᵀ (∂f/∂Σ) Σᵀ for a scalar f, in the
    step's layout; ResolveError where that is not what the notes can mean."""
    (deriv,) = node.args
    if not isinstance(deriv, sp.Derivative) or len(deriv.variable_count) != 1:
        raise ResolveError("a derivative by the inverse of a matrix must be a first derivative")
    ((var, _count),) = deriv.variable_count
    wrt = norm(resolver.value(var, env))
    if not is_matrix(wrt) or wrt.rows != wrt.cols or wrt.rows < 2:
        raise ResolveError(f"a derivative by the inverse of {var}: {var} is not a square matrix here")
    f = norm(resolver.value(deriv.expr, env))
    if is_matrix(f) and f.shape != (1, 1):
        raise ResolveError(f"the derivative of a matrix by the inverse of {var} is a tensor")
    d = norm(resolver.value(deriv, env))
    if not is_matrix(d) or d.shape != wrt.shape:
        raise ResolveError(f"the derivative by {var} has no matrix value here")
    transposed = differs(f, wrt, resolver.layout)
    g = sp.ImmutableMatrix(d.T if transposed else d)
    out = -(wrt.T * g * wrt.T)
    resolver._note(f"the derivative by {var}^(-1) read through the chain rule: -{var}^T (d/d{var}) {var}^T")
    return norm(sp.ImmutableMatrix(out.T if transposed else out))
