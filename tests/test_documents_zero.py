r"""``= 0`` in the notes: the zero vector or matrix, and an equation the notes solve.

Everybody writes ``0`` for the zero vector (``\nabla f(x^*) = 0``), and ``… = 0`` at the end of a
gradient is, in most notes, the condition they then solve ("setting the gradient to zero"), true
for the optimum only. Read literally the first is a shape clash and the second a failing identity:
neither may be FAILED, even where a context declares every name. A claim about numbers that is
false stays FAILED. All notes here are small examples written for these tests."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_CONTEXT = r"""
```verify
X: matrix[n x d]
x, a: vector[n]
y: vector[n]
\theta: vector[d]
A: matrix[n x n]
n, d in {3}
```
"""


def _verdicts(body: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.message or "") for s in doc_steps(_CONTEXT + body)]


def test_zero_against_a_vector_is_the_zero_vector() -> None:
    ((verdict, message),) = _verdicts(r"$$ \nabla_x (a^\top x) - a = 0 $$")
    assert verdict in GREEN, message
    ((verdict, message),) = _verdicts(r"$$ A - A^\top - (A - A^\top) = \mathbf{0} $$")
    assert verdict in GREEN, message


def test_a_gradient_set_to_zero_is_an_equation_to_solve_not_a_failed_identity() -> None:
    steps = _verdicts(
        r"""
The loss is $J(\theta) = \frac{1}{2}\|X\theta - y\|^2$. Setting its gradient to zero,

$$ \nabla_\theta J = X^\top X \theta - X^\top y = 0 $$
"""
    )
    assert [v for v, _ in steps] == ["PROVED", "SKIPPED"], steps
    assert "equation to solve" in steps[1][1]


def test_a_wrong_gradient_before_the_zero_is_still_failed() -> None:
    steps = _verdicts(
        r"""
The loss is $J(\theta) = \frac{1}{2}\|X\theta - y\|^2$. Setting its gradient to zero,

$$ \nabla_\theta J = X^\top X \theta + X^\top y = 0 $$
"""
    )
    assert steps[0][0] == "FAILED", steps


def test_a_false_number_equal_to_zero_is_failed() -> None:
    ((verdict, message),) = _verdicts(r"$$ \frac{d}{dx} (3x^2)\Big|_{x=1} - 5 = 0 $$")
    assert verdict == "FAILED", message


def test_a_derivative_claimed_to_be_zero_is_a_claim() -> None:
    # ∂x_i/∂x_j = 0 is false at i = j: the 0 is what the derivative is said to be, not an equation to solve
    ((verdict, message),) = _verdicts(r"$$ \frac{\partial}{\partial x} (a^\top x) = 0 $$")
    assert verdict == "FAILED", message
