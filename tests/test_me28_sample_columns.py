r"""``x^{(i)}``, the i-th sample in CS229's notation, is a column vector: ``\theta^T x^{(i)}`` is a number.

Notes that write both ``x^{(i)}`` and its entries ``x_j^{(i)}`` make x a data matrix whose row i is sample
i; read as that row (1×n), ``\theta^T x^{(i)}`` multiplied two rows, the product was read "entry-wise",
and the gradient of the least-squares cost — the first derivation of every ML course — was FAILED (with
a hypothesis function ``h_\theta(x) = \theta^T x`` it crashed: ERROR). A sample written with a
superscript is a column, the transpose of its row, as bold samples already were. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_PLAIN = r"""
We minimise $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$.

$$\frac{\partial J}{\partial \theta_j} = {rhs}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}$$
"""

_HYPOTHESIS = r"""
Let $h_\theta(x) = \theta^T x$ and $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2$.

$$\frac{\partial J}{\partial \theta_j} = {rhs}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}$$
"""


@pytest.mark.parametrize("notes", [_PLAIN, _HYPOTHESIS], ids=["inner-product", "hypothesis-function"])
def test_the_least_squares_gradient_in_sample_notation_is_green(notes: str) -> None:
    step = doc_steps(notes.replace("{rhs}", r"\frac{1}{m}"))[-1]
    assert step.verdict.value in GREEN, step.message


@pytest.mark.parametrize("notes", [_PLAIN, _HYPOTHESIS], ids=["inner-product", "hypothesis-function"])
def test_a_dropped_factor_in_it_is_failed(notes: str) -> None:
    step = doc_steps(notes.replace("{rhs}", r"\frac{1}{2m}"))[-1]
    assert step.verdict.value == "FAILED", step.message
