r"""The cross-entropy gradient worked at a stated z, with p stated rounded beside it (ml71a).

"Take $z = (1, 2, 0)$, so $p \approx (0.24, 0.67, 0.09)$" then ``p - y = (0.24, -0.33, 0.09)``: the right line is
green (p read as the softmax of the stated z, within the rounding of the numbers written), and a wrong entry or a
flipped sign is FAILED. On the base a wrong one was SKIPPED "a closed form computed from rounded inputs": the
``\approx`` of p, on the line that states z, made z itself count as a rounding (documents.exactslips), and an
entry far from both the exact value and the value of the stated roundings was no slip it knew.
"""

from __future__ import annotations

import pytest
from support import line_of, verdicts_by_line

GREEN = ("PROVED", "PASSED")

NOTE = r"""# Cross-entropy gradient, worked

The logits $z \in \mathbb{R}^3$ give $p = \operatorname{softmax}(z)$ and the loss $L = -\sum_k y_k \log p_k$
with a one-hot label $y$. The gradient is $\frac{\partial L}{\partial z} = p - y$.

**Example.** Take $z = (1, 2, 0)$, so $p \approx (0.24, 0.67, 0.09)$. With the label $y = (0, 1, 0)$,

$$
\frac{\partial L}{\partial z} = p - y = WORKED.
$$
"""


def _worked(worked: str) -> list[str]:
    text = NOTE.replace("WORKED", worked)
    return verdicts_by_line(text)[line_of(text, "= p - y =")]


def test_the_right_worked_gradient_is_green() -> None:
    assert _worked("(0.24, -0.33, 0.09)")[-1] in GREEN


def test_the_right_worked_gradient_as_a_column_is_green() -> None:
    assert _worked(r"\begin{pmatrix} 0.24 \\ -0.33 \\ 0.09 \end{pmatrix}")[-1] in GREEN


@pytest.mark.parametrize("wrong", [
    "(0.24, 0.33, 0.09)",  # the sign of the true class's entry flipped
    "(-0.24, -0.33, 0.09)",  # the sign of another entry flipped
    "(0.24, -0.33, 0.19)",  # one entry wrong by a tenth
    "(0.24, -0.67, 0.09)",  # p_2 written for p_2 - 1
])
def test_a_wrong_worked_gradient_is_failed(wrong: str) -> None:
    assert _worked(wrong)[-1] == "FAILED"


def test_a_rounding_of_the_last_digit_is_no_slip() -> None:
    # 0.0900 written 0.10 (rounded up on the way, one unit): not FAILED
    assert _worked("(0.24, -0.33, 0.10)")[-1] != "FAILED"


def test_z_stated_with_approx_is_no_exact_input() -> None:
    # z itself a rounding: the wrong entry may come from the unrounded logits — never FAILED
    text = NOTE.replace("Take $z = (1, 2, 0)$", r"Take $z \approx (1, 2, 0)$").replace("WORKED", "(0.24, -0.33, 0.19)")
    assert verdicts_by_line(text)[line_of(text, "= p - y =")][-1] != "FAILED"


def test_prose_that_calls_the_line_rough_still_counts() -> None:
    # "roughly" in the prose of z's line: z may be a rounding, the wrong entry is not FAILED
    text = NOTE.replace("Take $z", "Take roughly $z").replace("WORKED", "(0.24, 0.33, 0.09)")
    assert verdicts_by_line(text)[line_of(text, "= p - y =")][-1] != "FAILED"
