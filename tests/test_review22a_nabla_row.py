r"""∇ by a vector written as a row holds only in the numerator layout, which notes write ∇ in nowhere:
not green unless the notes state that layout (review22a, the question trust14 left open).

Real notes write ``\nabla_x f`` as a column (``\nabla_\theta R = (\partial R/\partial\theta)^\top``); a row is the
missing transpose ``(σ(q^T h) − 1) q^T`` for ``(σ(q^T h) − 1) q``. ``\partial f/\partial x`` as a row stays
green (numerator layout is a convention for ∂), and so does a row ∇ where the notes say "numerator layout".
Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# Negative sampling

{lead}Let $h \in \mathbb{R}^d$ and $q \in \mathbb{R}^d$.

$${step}$$
"""


def _verdict(step: str, lead: str = "") -> Verdict:
    return doc_steps(_NOTES.replace("{step}", step).replace("{lead}", lead))[-1].verdict


def test_a_nabla_by_a_vector_written_as_a_row_is_not_green() -> None:
    assert _verdict(r"\nabla_h \log \sigma(q^T h) = (1 - \sigma(q^T h)) q^T") is Verdict.SKIPPED
    assert _verdict(r"\nabla_h (q^T h) = q^T") is Verdict.SKIPPED


def test_a_nabla_written_as_a_column_stays_proved() -> None:
    assert _verdict(r"\nabla_h \log \sigma(q^T h) = (1 - \sigma(q^T h)) q") is Verdict.PROVED


def test_a_partial_written_as_a_row_stays_green() -> None:
    assert _verdict(r"\frac{\partial}{\partial h} \log \sigma(q^T h) = (1 - \sigma(q^T h)) q^T") is Verdict.PROVED


def test_a_row_nabla_under_a_stated_numerator_layout_stays_green() -> None:
    lead = "We use the numerator layout throughout. "
    assert _verdict(r"\nabla_h (q^T h) = q^T", lead) is Verdict.PROVED


_ROWS = r"""
# Row gradients

Let $W \in \mathbb{R}^{m \times n}$, $x \in \mathbb{R}^n$ and $\delta \in \mathbb{R}^m$.

$$\nabla_{W[i,:]} \delta^T W x = {rhs}$$
"""


def test_a_row_slice_is_no_derivative_by_a_matrix() -> None:
    # me27's doubt of a derivative by a matrix took the slice W[i,:] for W and made the column SKIPPED
    assert doc_steps(_ROWS.replace("{rhs}", r"\delta_i x"))[-1].verdict is Verdict.PROVED
    assert doc_steps(_ROWS.replace("{rhs}", r"\delta_i W x"))[-1].verdict is Verdict.FAILED
