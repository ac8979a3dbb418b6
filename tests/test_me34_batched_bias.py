r"""A bias spread over a batch's rows by the ones vector: ``XW + \mathbf{1}b^\top``.

Batched notes write the affine layer of N examples as ``XW + \mathbf{1}b^\top`` (``X \in \mathbb{R}^{N
\times D}``, ``W \in \mathbb{R}^{D \times K}``). The ones vector takes its size from its neighbours, so the
product ``\mathbf{1}b^\top`` had no shape to unify with ``XW`` and b kept a default length: every step
through the layer was SKIPPED ("terms of shapes 4×2, 4×3 cannot be combined"). b is now a vector of the
matrix's column count (``b\mathbf{1}^\top``: of its row count) (documents.shapes)."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_LAYER = r"""Let $X \in \mathbb{R}^{N \times D}$, $W \in \mathbb{R}^{D \times K}$ and $Z = XW + BIAS$.

$$CLAIM$$
"""


@pytest.mark.parametrize(
    ("bias", "claim", "verdict"),
    [
        (r"\mathbf{1}b^\top", r"Z^\top \mathbf{1} = W^\top X^\top \mathbf{1} + N b", Verdict.PROVED),
        (r"\mathbf{1}b^\top", r"Z^\top \mathbf{1} = W^\top X^\top \mathbf{1} + b", Verdict.FAILED),
        (r"\mathbf{1}b_1^\top", r"Z^\top \mathbf{1} = W^\top X^\top \mathbf{1} + N b_1", Verdict.PROVED),
    ],
)
def test_the_bias_has_the_matrix_column_count(bias: str, claim: str, verdict: Verdict) -> None:
    (step,) = doc_steps(_LAYER.replace("BIAS", bias).replace("CLAIM", claim))
    assert step.verdict is verdict, step.message


def test_a_relu_layer_backward_through_the_batched_bias() -> None:
    text = (r"Let $X \in \mathbb{R}^{N \times D}$, $W_1 \in \mathbb{R}^{D \times K}$, $H = \mathrm{ReLU}(XW_1 + "
            r"\mathbf{1}b_1^\top)$, $S = H W_2$ and $L = \frac{1}{2N}\|S - Y\|_F^2$." "\n\n"
            r"$$\frac{\partial L}{\partial W_1} = X^\top\left(\frac{1}{N}(S - Y) W_2^\top \odot "
            r"\mathbb{1}[XW_1 + \mathbf{1}b_1^\top > 0]\right)$$" "\n")  # fmt: skip
    (step,) = doc_steps(text)
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
    (dropped,) = doc_steps(text.replace(r" \odot \mathbb{1}[XW_1 + \mathbf{1}b_1^\top > 0]", ""))
    assert dropped.verdict is Verdict.FAILED
