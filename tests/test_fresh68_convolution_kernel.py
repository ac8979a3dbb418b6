r"""A convolution's kernel is a filter, not a kernel (Gram) matrix: the word does not make it symmetric.

Glow's invertible 1×1 convolution (fresh68): "A $1\times 1$ convolution with kernel $W \in \mathbb{R}^{c\times c}$
…" and then the missing transpose ``\frac{\partial}{\partial W}\log|\det W| = W^{-1}`` was PASSED: "kernel $W$" was
read as a kernel matrix, hence symmetric, and for a symmetric W the inverse is its own transpose. A kernel matrix
named so ("the kernel matrix $K$") is still symmetric.
"""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.documents.symmetricprose import symmetric_in
from verifier.results import Verdict

_STEP = "\n\n$$\\frac{\\partial}{\\partial W}\\log|\\det W| = W^{-1}.$$\n"


def _verdict(prose: str) -> Verdict:
    [step] = [s for ch in check_text(prose + _STEP, "notes.md").chains for s in ch.result.steps]
    return step.verdict


@pytest.mark.parametrize(
    "prose",
    [
        r"A $1\times 1$ convolution with kernel $W \in \mathbb{R}^{c\times c}$ mixes the channels. Then",
        r"The convolutional layer's kernel $W \in \mathbb{R}^{c\times c}$ is learnt. Then",
        r"Each filter has a kernel $W \in \mathbb{R}^{c\times c}$. Then",
    ],
    ids=["convolution-with-kernel", "convolutional-kernel", "filter-kernel"],
)
def test_a_missing_transpose_by_a_convolution_kernel_is_not_green(prose: str) -> None:
    assert _verdict(prose) not in (Verdict.PROVED, Verdict.PASSED)


def test_a_convolution_kernel_is_not_stated_symmetric() -> None:
    prose = r"A $1\times 1$ convolution with kernel $W \in \mathbb{R}^{c\times c}$ mixes the channels."
    assert symmetric_in(prose) is None


@pytest.mark.parametrize(
    "prose",
    [r"Let the kernel matrix $K \in \mathbb{R}^{n\times n}$ be given.", r"The Gram matrix $K$ of the data is used."],
    ids=["kernel-matrix", "gram-matrix"],
)
def test_a_kernel_matrix_is_still_symmetric(prose: str) -> None:
    said = symmetric_in(prose)
    assert said is not None and said[0] == {"K"}


def test_a_kernel_matrix_of_a_convolution_sentence_is_still_symmetric() -> None:
    # the words name a kernel matrix outright: the convolution elsewhere in the sentence says nothing about it
    said = symmetric_in(r"Unlike a convolution, kernel ridge regression uses the kernel matrix $K$.")
    assert said is not None and said[0] == {"K"}
