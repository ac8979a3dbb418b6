"""A function the notes define is applied entry-wise only when its body is entry-wise.

``J(\\theta) := \\frac12\\|X\\theta - y\\|^2`` is the least-squares loss of the whole vector θ: applied
entry by entry it would be a vector of losses of each θ_k (and ``X\\theta_k - y`` is not even a
vector), so the gradient step after it was SKIPPED "the 2-norm of a 3×2 matrix is not supported".
"""

from __future__ import annotations

from support import doc_steps

LSQ = r"""
Let $X \in \mathbb{R}^{m \times n}$, $y \in \mathbb{R}^m$ and $\theta \in \mathbb{R}^n$.

$$ J(\theta) = \frac{1}{2}\|X\theta - y\|_2^2 $$

$$ \nabla_\theta J(\theta) = {rhs} $$
"""


def _verdict(rhs: str) -> tuple[str, str]:
    (step,) = [s for s in doc_steps(LSQ.replace("{rhs}", rhs)) if "nabla" in s.lhs_latex]
    return step.verdict.name, step.message


def test_a_norm_of_a_matrix_product_is_a_function_of_the_whole_vector() -> None:
    verdict, message = _verdict(r"X^\top (X\theta - y)")
    assert verdict == "PROVED", message


def test_a_sign_flip_in_the_least_squares_gradient_is_failed() -> None:
    verdict, message = _verdict(r"X^\top (y - X\theta)")
    assert verdict == "FAILED", message


def test_a_missing_transpose_in_the_least_squares_gradient_is_not_green() -> None:
    verdict, message = _verdict(r"X (X\theta - y)")
    assert verdict not in ("PROVED", "PASSED"), message


def test_a_scalar_body_is_still_applied_entry_by_entry() -> None:
    steps = doc_steps(
        r"""
        Let $z \in \mathbb{R}^3$.

        $$ g(u) = \frac{1}{1 + e^{-u}} $$

        $$ \frac{\partial}{\partial z} \sum_i g(z)_i = g(z) \odot (1 - g(z)) $$
        """
    )
    (step,) = [s for s in steps if "partial" in s.lhs_latex]
    assert step.verdict.name == "PROVED", step.message


BARE = r"""
$$ J(\theta) = \frac{1}{2}\|X\theta - y\|_2^2 $$

$$ \nabla_\theta J(\theta) = {rhs} $$
"""


def test_a_name_right_after_a_matrix_is_the_vector_it_acts_on() -> None:
    (step,) = [s for s in doc_steps(BARE.replace("{rhs}", r"X^\top (X\theta - y)")) if "nabla" in s.lhs_latex]
    assert step.verdict.name == "PROVED", step.message
    assert "theta: a vector" in step.message and "matrix-vector product" in step.message


def test_with_nothing_declared_a_sign_flip_is_still_failed() -> None:
    (step,) = [s for s in doc_steps(BARE.replace("{rhs}", r"X^\top (y - X\theta)")) if "nabla" in s.lhs_latex]
    assert step.verdict.name == "FAILED", step.message


NET = r"""
The network computes $h = \mathrm{ReLU}(W_1 x)$ and $\hat{y} = W_2 h$, with loss
$L = \frac{1}{2}\|\hat{y} - y\|^2$, where $x \in \mathbb{R}^3$, $y \in \mathbb{R}^2$,
$W_1 \in \mathbb{R}^{4 \times 3}$ and $W_2 \in \mathbb{R}^{2 \times 4}$.

$$ \frac{\partial L}{\partial W_2} = {rhs} $$
"""


def test_a_name_the_notes_define_as_a_value_multiplies_a_bracket_after_it() -> None:
    (step,) = [s for s in doc_steps(NET.replace("{rhs}", r"h (\hat{y} - y)^\top")) if "partial" in s.lhs_latex]
    assert "function h" not in step.message
    # h times the bracket holds transposed (∂L/∂W_2 read in numerator layout): the product was read; the
    # notes never state that layout, so the transposed gradient by a matrix is not green (test_me27_layout_by_matrix)
    assert step.verdict.name == "SKIPPED" and "holds only when read with numerator layout" in step.message, step.message


def test_a_value_times_a_bracket_with_a_sign_flip_is_failed() -> None:
    (step,) = [s for s in doc_steps(NET.replace("{rhs}", r"h (y - \hat{y})^\top")) if "partial" in s.lhs_latex]
    assert step.verdict.name == "FAILED", step.message


def test_h_before_its_definition_as_a_value_is_still_a_function() -> None:
    steps = doc_steps(
        r"""
        $$ \frac{d}{dx} h(x^2) = 2x h'(x^2) $$

        Then $h = 3$ is a constant.
        """
    )
    (step,) = [s for s in steps if "frac" in s.lhs_latex]
    assert "arbitrary" in step.message or step.verdict.name in ("PROVED", "PASSED"), step.message
