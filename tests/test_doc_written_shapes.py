"""Shapes the notes write decide a clash: a missing transpose among annotated quantities is FAILED.

``W_2 (\\hat{y} - y)`` with ``W_2 \\in \\mathbb{R}^{2 \\times 4}`` and ``y \\in \\mathbb{R}^2`` is not
defined, whatever the layout, so it is the notes' mistake; while a shape was only guessed, the same
clash stays SKIPPED (the guess may be wrong). A condition on a matrix product inside an indicator
keeps the order of every product of its formula.
"""

from __future__ import annotations

import pytest
from support import doc_steps

NET = r"""
The network computes $h = \mathrm{ReLU}(W_1 x)$ and $\hat{y} = W_2 h$, with loss
$L = \frac{1}{2}\|\hat{y} - y\|^2$, where $x \in \mathbb{R}^3$, @Y@$W_1 \in \mathbb{R}^{4 \times 3}$ and
$W_2 \in \mathbb{R}^{2 \times 4}$.

$$ \frac{\partial L}{\partial {var}} = {rhs} $$
"""


def _step(rhs: str, var: str = "h", y: str = r"$y \in \mathbb{R}^2$, ") -> tuple[str, str]:
    steps = doc_steps(NET.replace("{rhs}", rhs).replace("{var}", var).replace("@Y@", y))
    (step,) = [s for s in steps if "partial L" in s.lhs_latex]
    return step.verdict.name, step.message


def test_a_missing_transpose_between_annotated_shapes_is_failed() -> None:
    verdict, message = _step(r"W_2 (\hat{y} - y)")
    assert verdict == "FAILED", message
    assert "dimension mismatch" in message


def test_the_transpose_written_is_proved() -> None:
    verdict, message = _step(r"W_2^\top (\hat{y} - y)")
    assert verdict == "PROVED", message


def test_a_clash_with_a_guessed_shape_is_not_failed() -> None:
    verdict, message = _step(r"W_2 (\hat{y} - y)", y="")  # y's shape is guessed
    assert verdict == "SKIPPED", message


def test_an_indicator_of_a_matrix_product_keeps_the_order_of_products() -> None:
    rhs = r"\left(W_2^\top(\hat{y} - y) \odot \mathbb{1}[W_1 x > 0]\right) x^\top"
    verdict, message = _step(rhs, var="W_1")
    assert verdict in ("PROVED", "PASSED"), message
    assert "x: a vector[3]" in message


@pytest.mark.slow(1.5)
def test_an_indicator_step_with_a_sign_flip_is_failed() -> None:
    rhs = r"\left(W_2^\top(y - \hat{y}) \odot \mathbb{1}[W_1 x > 0]\right) x^\top"
    verdict, message = _step(rhs, var="W_1")
    assert verdict == "FAILED", message


def test_an_annotation_of_another_section_does_not_make_a_clash_failed() -> None:
    steps = doc_steps(
        r"""
        ## Problem 1

        Let $W \in \mathbb{R}^{2 \times 4}$ and $v \in \mathbb{R}^2$; then $\|W^\top v\|^2 = v^\top W W^\top v$.

        ## Problem 2

        Here $v$ is another quantity.

        $$ \frac{\partial}{\partial v} \|W^\top v\|^2 = 2 W v $$
        """
    )
    (step,) = [s for s in steps if "partial" in s.lhs_latex]
    assert step.verdict.name == "SKIPPED", step.message
