"""Red-team probes of ``verify doc`` on notes written the way courses write them (session 10).

Each test is a small example written here: a correct step must not be FAILED (nor SKIPPED for a
misreading), a planted mistake must not be green.
"""

from __future__ import annotations

from support import doc_steps


def _step(text: str, marker: str):  # type: ignore[no-untyped-def]
    (step,) = [s for s in doc_steps(text) if marker in s.lhs_latex]
    return step


LSQ_PLAIN_NORM = r"""
Let $X \in \mathbb{R}^{m \times n}$, $y \in \mathbb{R}^m$ and $\theta \in \mathbb{R}^n$.

$$ J(\theta) = \frac{1}{2}\|X\theta - y\|^2 $$

$$ \nabla_\theta J(\theta) = {rhs} $$
"""


def test_a_loss_with_a_plain_norm_is_a_function_of_the_whole_vector() -> None:
    # \|M\|^2 of a matrix is defined (Frobenius), so applying J entry by entry did not raise and the
    # correct least-squares gradient was FAILED; a body that makes a vector into a scalar is a loss
    step = _step(LSQ_PLAIN_NORM.replace("{rhs}", r"X^\top (X\theta - y)"), "nabla")
    assert step.verdict.name == "PROVED", step.message
    assert "as a whole" in step.message


def test_a_dropped_transpose_or_sign_in_the_plain_norm_gradient_is_not_green() -> None:
    for rhs in (r"X^\top (y - X\theta)", r"X (X\theta - y)", r"2 X^\top (X\theta - y)"):
        step = _step(LSQ_PLAIN_NORM.replace("{rhs}", rhs), "nabla")
        assert step.verdict.name not in ("PROVED", "PASSED"), (rhs, step.message)


def test_an_inner_product_body_applied_to_a_vector_is_not_green_when_wrong() -> None:
    text = r"""
    Let $z \in \mathbb{R}^3$.

    $$ q(u) = u^\top u $$

    $$ \frac{\partial}{\partial z} q(z) = {rhs} $$
    """
    bad = _step(text.replace("{rhs}", "z"), "partial")
    assert bad.verdict.name not in ("PROVED", "PASSED"), bad.message


def test_a_square_is_still_applied_entry_by_entry() -> None:
    text = r"""
    Let $z \in \mathbb{R}^3$.

    $$ g(u) = u^2 $$

    $$ \frac{\partial}{\partial z} \sum_i g(z)_i = 2 z $$
    """
    step = _step(text, "partial")
    assert step.verdict.name == "PROVED", step.message


DELTAS = r"""
Let $x \in \mathbb{R}^3$, $h = \sigma(W_1 x)$ with $W_1 \in \mathbb{R}^{4 \times 3}$, $\hat y = W_2 h$ with
$W_2 \in \mathbb{R}^{2 \times 4}$, and $L = \frac{1}{2}\|\hat y - y\|^2$.

Define $\delta_2 = \hat y - y$ and $\delta_1 = (W_2^\top \delta_2) \odot h \odot (1 - {h})$.

$$\frac{\partial L}{\partial W_1} = \delta_1 x^\top$$
"""


def test_a_delta_defined_through_the_next_layers_delta_is_a_definition() -> None:
    # δ₁ written with δ₂ on its right is backprop's recursion over layers, not a name defined by itself
    good = _step(DELTAS.replace("{h}", "h"), "partial")
    assert good.verdict.name == "PROVED", good.message


def test_a_wrong_activation_derivative_inside_a_delta_is_not_green() -> None:
    bad = _step(DELTAS.replace("{h}", "-h"), "partial")
    assert bad.verdict.name not in ("PROVED", "PASSED"), bad.message


def test_a_letter_annotated_again_with_another_shape_is_not_a_clash() -> None:
    # W is 2×4 in one problem and 4×4 in the next: the clash is the reader's, not the notes' mistake
    text = r"""
# Problem 1

Let $W \in \mathbb{R}^{2 \times 4}$, $h \in \mathbb{R}^4$, $u \in \mathbb{R}^2$ and $s = u^\top W h$.

$$\frac{\partial s}{\partial h} = W^\top u$$

# Problem 2

Here $W \in \mathbb{R}^{4 \times 4}$ and $v \in \mathbb{R}^4$, $t = v^\top W v$.

$$\frac{\partial t}{\partial v} = (W + W^\top) v$$
"""
    step = _step(text, "partial t")
    assert step.verdict.name != "FAILED", step.message


def test_an_activation_derivative_inside_a_delta_is_not_a_shape_clash() -> None:
    # σ'(a) of a vector read as its Jacobian makes (W_2^T δ_2) ⊙ σ'(a) "a 4×1 and a 4×4 value":
    # a reading of σ', not a mistake of the notes
    text = r"""
$$\frac{\partial L}{\partial W_1} = \delta_1 x^\top$$

where $\delta_1 = (W_2^\top \delta_2) \odot \sigma'(a)$, $\delta_2 = \hat y - y$, $a = W_1 x + b_1$,
$h = \sigma(a)$, $\hat y = W_2 h + b_2$ and $L = \frac{1}{2}\|\hat y - y\|^2$.

$$\frac{\partial L}{\partial a} = \delta_1$$

Here $W_1 \in \mathbb{R}^{4 \times 3}$ and $W_2 \in \mathbb{R}^{2 \times 4}$.
"""
    step = _step(text, "partial a")
    assert step.verdict.name != "FAILED", step.message


def test_a_function_of_a_bold_parameter_is_a_definition() -> None:
    # LaTeX notes write J(\mathbf{w}) = …: the definition was lost (and J(w) checked as a product J·w)
    text = r"""
Let $\mathbf{x} \in \mathbb{R}^3$ and $\mathbf{w} \in \mathbb{R}^3$.

$$J(\mathbf{w}) = \frac{1}{2}(\mathbf{w}^\top \mathbf{x} - y)^2$$

$$\nabla_{\mathbf{w}} J = {rhs}$$
"""
    steps = doc_steps(text.replace("{rhs}", r"(\mathbf{w}^\top \mathbf{x} - y)\mathbf{x}"))
    assert "defines J" in steps[0].message, steps[0].message
    assert steps[1].verdict.name == "PROVED", steps[1].message
    wrong = doc_steps(text.replace("{rhs}", r"(y - \mathbf{w}^\top \mathbf{x})\mathbf{x}"))
    assert wrong[1].verdict.name == "FAILED", wrong[1].message
