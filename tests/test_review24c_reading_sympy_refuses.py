r"""A reading SymPy cannot evaluate decides nothing; it does not make the chain an internal ERROR.

With ``h_\theta(x) = g(\theta^T x)`` and the log-likelihood over samples ``x^{(i)}``, a gradient written
with the sample transposed (``\sum_i (y^{(i)} - h_\theta(x^{(i)}))x^{(i)T}``, a row for the column ∇)
was tried under "vectors as rows", where ``\theta^T x^{(i)}`` is a matrix inside a log, and SymPy's
NotImplementedError made the whole chain ERROR: the planted layout mistake went unreported. Examples
written here."""

from __future__ import annotations

from support import doc_steps

_NOTES = r"""
With $g(z) = \frac{1}{1+e^{-z}}$, $h_\theta(x) = g(\theta^T x)$ and
$\ell(\theta) = \sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))$,

$$\nabla_\theta \ell(\theta) = \sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)}))x^{(i)T}$$
"""


def test_a_transposed_sample_in_the_gradient_is_no_internal_error() -> None:
    step = doc_steps(_NOTES)[-1]
    assert step.verdict.value not in ("ERROR", "PROVED", "PASSED"), step.message
    assert "internal error" not in step.message, step.message
