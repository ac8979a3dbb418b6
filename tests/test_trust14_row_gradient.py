r"""∇ by a row of a matrix, ``\nabla_{W[i,:]}``, is a gradient by a vector: both layouts (trust14).

``\nabla_{W[i,:]} \delta^T W x = \delta_i x`` (a row's gradient written as a column) was FAILED: ∇ by the
name W counted as ∇ by a matrix, which fixes the layout. Wrong variants stay FAILED. Every example is
written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Row gradients

Let $W \in \mathbb{R}^{m \times n}$, $x \in \mathbb{R}^n$ and $\delta \in \mathbb{R}^m$.

$$\nabla_{W[i,:]} \delta^T W x = {rhs}$$
"""


def _verdict(rhs: str) -> Verdict:
    return doc_steps(_NOTES.replace("{rhs}", rhs))[-1].verdict


def test_a_row_gradient_written_as_a_column_is_not_failed() -> None:
    assert _verdict(r"\delta_i x") is Verdict.PROVED
    assert _verdict(r"\delta_i x^T") is Verdict.PROVED


def test_wrong_row_gradients_stay_failed() -> None:
    assert _verdict(r"2\delta_i x") is Verdict.FAILED
    assert _verdict(r"\delta x_i") is Verdict.FAILED
    assert _verdict(r"\delta_i W x") is Verdict.FAILED
