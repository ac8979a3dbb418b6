"""A bias added to a matrix-vector product is a vector of the product's length (``W_2 h + b_2``).

Read as a scalar (nothing else said what b is), ``\\partial L / \\partial b_2 = z_2 - y`` of every
MLP note was SKIPPED "the left member is a scalar, the right member is 2×1".
"""

from __future__ import annotations

from support import doc_steps

NET = r"""
The network computes $z_1 = W_1 x + b_1$, $h = \tanh(z_1)$, $z_2 = W_2 h + b_2$ and
$L = \frac{1}{2}\|z_2 - y\|^2$, where $x \in \mathbb{R}^3$, $W_1 \in \mathbb{R}^{4 \times 3}$ and
$W_2 \in \mathbb{R}^{2 \times 4}$.

$$ \frac{\partial L}{\partial {var}} = {rhs} $$
"""


def _step(var: str, rhs: str):
    (step,) = [s for s in doc_steps(NET.replace("{var}", var).replace("{rhs}", rhs)) if "partial L" in s.lhs_latex]
    return step


def test_the_gradient_by_a_bias_is_the_error_signal() -> None:
    step = _step("b_2", "z_2 - y")
    assert step.verdict.name == "PROVED", step.message
    assert "b_2: a vector[2] (a bias added to a matrix-vector product)" in step.message


def test_backprop_to_the_first_bias_with_a_sign_flip_is_failed() -> None:
    good = _step("b_1", r"(W_2^\top (z_2 - y)) \odot (1 - h \odot h)")
    bad = _step("b_1", r"(W_2^\top (y - z_2)) \odot (1 - h \odot h)")
    assert good.verdict.name == "PROVED", good.message
    assert bad.verdict.name == "FAILED", bad.message


def test_a_shift_by_another_letter_stays_a_scalar() -> None:
    steps = doc_steps(
        r"""
        Let $W \in \mathbb{R}^{2 \times 3}$ and $x \in \mathbb{R}^3$. For any constant $c$,

        $$ \mathrm{softmax}(W x + c) = \mathrm{softmax}(W x) $$
        """
    )
    (step,) = steps
    assert step.verdict.name in ("PROVED", "PASSED"), step.message
