r"""The vector of ones after a matrix is the ones vector, never a sampled vector named ``ones`` (review24f).

Shape inference read ``\mathbf 1`` last in a product after a matrix (``A\mathbf 1``, ``(A + b\mathbf 1^T)\mathbf 1``)
as the vector the matrix acts on, an unknown of the step: it was sampled with random entries, and a correct
step that uses ``\mathbf 1^T\mathbf 1 = n`` FAILED. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTES = ("# Bias\n\nThe matrix $A \\in \\mathbb{R}^{k \\times n}$, the bias $b \\in \\mathbb{R}^k$ and the vector of "
          "ones $\\mathbf{1} \\in \\mathbb{R}^n$.\n\n$${step}$$\n")


@pytest.mark.parametrize(("right", "wrong"), [
    (r"(A + b\mathbf{1}^T)\mathbf{1} = A\mathbf{1} + n b",
     r"(A + b\mathbf{1}^T)\mathbf{1} = A\mathbf{1} + b"),
    (r"A\mathbf{1} + b\mathbf{1}^T\mathbf{1} = A\mathbf{1} + n b",
     r"A\mathbf{1} + b\mathbf{1}^T\mathbf{1} = A\mathbf{1}"),
])
def test_the_ones_after_a_matrix_is_the_ones_vector(right: str, wrong: str) -> None:
    r = doc_steps(_NOTES.replace("{step}", right))[-1]
    assert r.verdict.ok, r.message
    r = doc_steps(_NOTES.replace("{step}", wrong))[-1]
    assert not r.verdict.ok, r.message


def test_an_outer_product_with_ones_takes_the_sum_s_shape_not_the_vector_s_length() -> None:
    notes = ("# Bias\n\nThe matrix $A \\in \\mathbb{R}^{k \\times n}$ and the bias $b \\in \\mathbb{R}^k$.\n\n"
             "$$(A + b\\mathbf{1}^T)\\mathbf{1} = A\\mathbf{1} + n b$$\n")
    r = doc_steps(notes)[-1]
    assert r.verdict.ok, r.message
    r = doc_steps(notes.replace("+ n b$$", "+ b$$"))[-1]
    assert not r.verdict.ok, r.message
