r"""A ones vector is never sized to length one (review24f).

``\mathbf 1\mathbf 1^T\mathbf x`` with x read as a row (the doubts' rows reading) sized the row ``\mathbf 1^T``
by x's one row and the column before it as the same ones vector: both of length one, so the product was x
and the wrong ``\mathbf 1\mathbf 1^T\mathbf x = \mathbf 1^T\mathbf x`` came out PROVED. A ones vector of length
one is the number 1, which no notes write as a bold one. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTES = "# Centering\n\nThe data $\\mathbf x \\in \\mathbb{R}^n$.\n\n$${step}$$\n"


@pytest.mark.parametrize("wrong", [
    r"\mathbf 1 \mathbf 1^T \mathbf x = \mathbf 1^T \mathbf x",
    r"\mathbf 1 \mathbf 1^T \mathbf x = \mathbf x",
])
def test_a_ones_outer_product_of_length_one_excuses_nothing(wrong: str) -> None:
    r = doc_steps(_NOTES.replace("{step}", wrong))[-1]
    assert not r.verdict.ok, r.message


@pytest.mark.parametrize("right", [
    r"\mathbf 1 \mathbf 1^T \mathbf x = \mathbf 1(\mathbf 1^T \mathbf x)",
    r"\mathbf 1^T \mathbf 1 \mathbf 1^T \mathbf x = n\,\mathbf 1^T \mathbf x",
])
def test_the_ones_outer_product_still_checks_when_right(right: str) -> None:
    r = doc_steps(_NOTES.replace("{step}", right))[-1]
    assert r.verdict.ok, r.message
