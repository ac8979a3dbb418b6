r"""The ones vector sized by what it multiplies, and the batched softmax gradient (read17).

``\mathbf 1\mathbf 1^T \mathbf x``: the row ``\mathbf 1^T`` is as long as x and the column before it is the same
ones vector; ``XW + \mathbf 1 b^T``: the bias's outer product is as tall as the sum it stands in (n rows).
Both were SKIPPED "a vector of ones whose length cannot be inferred". The registry's softmax of a matrix is
one softmax per row (verifier.ml), so the batch's gradient ``\frac1n X^T(\hat Y - Y)`` is checked. Every
example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_ONES = "# Centering\n\nThe data $\\mathbf x \\in \\mathbb{R}^n$.\n\n$${step}$$\n"


@pytest.mark.parametrize(("right", "wrong"), [
    (r"\mathbf 1^T \mathbf 1 \mathbf 1^T \mathbf x = n\,\mathbf 1^T \mathbf x",
     r"\mathbf 1^T \mathbf 1 \mathbf 1^T \mathbf x = \mathbf 1^T \mathbf x"),
    (r"\mathbf x^T \mathbf 1 \mathbf 1^T \mathbf x = (\mathbf 1^T \mathbf x)^2",
     r"\mathbf x^T \mathbf 1 \mathbf 1^T \mathbf x = \mathbf x^T \mathbf x"),
])
def test_the_ones_outer_product_is_square_as_long_as_what_it_multiplies(right: str, wrong: str) -> None:
    r = doc_steps(_ONES.replace("{step}", right))[-1]
    assert r.verdict.ok, r.message
    r = doc_steps(_ONES.replace("{step}", wrong))[-1]
    assert r.verdict is Verdict.FAILED, r.message


_BATCH = """# Batched softmax regression

The data matrix $X \\in \\mathbb{R}^{n \\times d}$ holds one sample per row, two classes: $W \\in \\mathbb{R}^{d
\\times 2}$, $b \\in \\mathbb{R}^2$ and the labels $Y \\in \\mathbb{R}^{n \\times 2}$ are one-hot rows. The
softmax is applied row-wise:

$$\\hat Y = \\operatorname{softmax}(XW + \\mathbf 1 b^T)$$

The mean cross-entropy is $L = -\\frac{1}{n}\\sum_{i=1}^n \\sum_{j=1}^2 Y_{ij} \\log \\hat Y_{ij}$ and

$$\\frac{\\partial L}{\\partial W} = {grad}$$
"""


def _gradient(grad: str) -> tuple[Verdict, str]:
    r = doc_steps(_BATCH.replace("{grad}", grad))[-1]
    return r.verdict, r.message


@pytest.mark.slow(10)
def test_the_batched_cross_entropy_gradient_is_checked() -> None:
    verdict, message = _gradient(r"\frac{1}{n} X^T(\hat Y - Y)")
    assert verdict.ok, message


@pytest.mark.slow(10)
def test_a_batched_gradient_without_its_mean_fails() -> None:
    verdict, message = _gradient(r"X^T(\hat Y - Y)")
    assert verdict is Verdict.FAILED, message


@pytest.mark.slow(10)
def test_the_transposed_batched_gradient_is_not_green() -> None:
    # numerator layout would make it right: SKIPPED, never FAILED, never green (the notes state no layout)
    verdict, message = _gradient(r"\frac{1}{n} (\hat Y - Y)^T X")
    assert verdict is Verdict.SKIPPED, message


_CENTER = ("# Centering\n\nThe data matrix $X \\in \\mathbb{R}^{n \\times d}$ and $\\mathbf x \\in \\mathbb{R}^n$.\n\n"
           "$${step}$$\n")


@pytest.mark.parametrize(("right", "wrong"), [
    (r"\mathbf 1^T (I - \frac{1}{n}\mathbf 1 \mathbf 1^T) X = 0",
     r"\mathbf 1^T (I - \frac{1}{n}\mathbf 1 \mathbf 1^T) X = \mathbf 1^T X"),
    (r"(I - \mathbf 1 \mathbf 1^T / n)\mathbf x = \mathbf x - \frac{1}{n}(\mathbf 1^T \mathbf x)\mathbf 1",
     r"(I - \mathbf 1 \mathbf 1^T / n)\mathbf x = \mathbf x - (\mathbf 1^T \mathbf x)\mathbf 1"),
    (r"\mathbf 1\mathbf 1^T \mathbf x = \mathbf 1 (\mathbf 1^T \mathbf x)",
     r"\mathbf 1\mathbf 1^T \mathbf x = \mathbf 1 (\mathbf 1^T \mathbf x)^2"),
])
def test_the_centering_matrix_is_as_large_as_what_it_multiplies(right: str, wrong: str) -> None:
    r = doc_steps(_CENTER.replace("{step}", right))[-1]
    assert r.verdict.ok, r.message
    r = doc_steps(_CENTER.replace("{step}", wrong))[-1]
    assert r.verdict is Verdict.FAILED, r.message


def test_the_identity_and_ones_with_nothing_sized_beside_them_stay_skipped() -> None:
    r = doc_steps("# Centering\n\n$$(I - \\mathbf 1 \\mathbf 1^T / n)\\mathbf 1 = 0$$\n")[-1]
    assert r.verdict is Verdict.SKIPPED, r.message
