r"""A ones vector's stated length does not override the sum it stands in (review24h).

fresh15 sizes ``b\mathbf 1^\top`` by the length the prose states (``\mathbf 1 \in \mathbb{R}^n``) before
read17's sizing by the sum (``WX + b\mathbf 1^\top``: as wide as WX). Notes that state the ones vector for
another use (the class probabilities sum to one, ``\mathbf 1 \in \mathbb{R}^k``) made the batch bias
``b\mathbf 1^\top`` k×k, and a correct gradient through ``WX + b\mathbf 1^\top`` was FAILED ("terms of
shapes 3×3, 3×4 cannot be combined")."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""# Ones for classes and for the batch

The probabilities sum to one: $\mathbf 1^\top p = 1$ with $p \in \mathbb{R}^k$ and $\mathbf 1 \in \mathbb{R}^k$.

The batch $X$ is $d \times n$, $W \in \mathbb{R}^{k\times d}$, $b\in\mathbb{R}^k$, $Y \in \mathbb{R}^{k\times n}$, and
$L = \frac12\|WX + b\mathbf 1^\top - Y\|_F^2$.

$$\frac{\partial L}{\partial W} = STEP$$
"""


def test_the_sum_sizes_a_bias_outer_product_the_prose_sizes_otherwise() -> None:
    r = doc_steps(_NOTES.replace("STEP", r"(WX + b\mathbf 1^\top - Y)X^\top"))[-1]
    assert r.verdict is not Verdict.FAILED, r.message


def test_a_missing_transpose_there_is_still_not_green() -> None:
    r = doc_steps(_NOTES.replace("STEP", r"(WX + b\mathbf 1^\top - Y)X"))[-1]
    assert not r.verdict.ok, r.message
