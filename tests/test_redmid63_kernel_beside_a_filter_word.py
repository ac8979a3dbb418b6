r"""A kernel matrix stays symmetric when the sentence merely mentions a filter or convolutional nets (redmid63).

fresh68 (f4bc6393, 91b44a7d; symmetricprose.convolution_kernel): "kernel $W$" in a sentence that says "convolution" or
"filter" anywhere is a convolution's weights, no structure. But "Unlike convolutional networks, kernel ridge regression
compares the inputs through a kernel $K$" and "The posterior mean is a linear filter of the targets with kernel $K$"
name a Gram kernel: the dual gradient ``K\alpha - y`` and ``K^{-1}y`` (right for a symmetric K, PROVED on the base
"holds when read with K symmetric, as the notes say") were FAILED. Every note is written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = {
    "unlike-convnets": """# Kernel ridge regression

Unlike convolutional networks, kernel ridge regression compares the inputs through a kernel \
$K \\in \\mathbb{R}^{n \\times n}$ evaluated on the training points.

The dual objective is $J(\\alpha) = \\frac{1}{2}\\alpha^\\top K \\alpha - y^\\top \\alpha$, whose gradient is

$$\\nabla_\\alpha J(\\alpha) = K\\alpha - y$$
""",
    "linear-filter": """# Gaussian process smoothing

The posterior mean is a linear filter of the targets with kernel $K \\in \\mathbb{R}^{n \\times n}$.

The data fit term is $J(y) = \\frac{1}{2} y^\\top K^{-1} y$, whose gradient is

$$\\nabla_y J(y) = K^{-1} y$$
""",
}


@pytest.mark.parametrize("name", sorted(_NOTES))
def test_a_gram_kernel_beside_a_filter_word_is_not_failed(name: str) -> None:
    assert verdicts_by_line(_NOTES[name])[7] == ["PROVED"]
