"""Planted mistakes that another reading of a failing step turned green (red-team pass, no declarations)."""

from __future__ import annotations

from support import doc_steps


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_a_dropped_chain_rule_term_of_the_loss_is_not_green_by_direct_partials() -> None:
    # ∂L/∂w = 2λw drops the path through a = σ(wx); the notes never write ∂ of a (no local
    # derivative of it, no path taken later): the direct-partials reading made it PROVED.
    steps = doc_steps(
        r"""
        Let $z = w x$, $a = \sigma(z)$ and $L = (a - y)^2 + \lambda w^2$.

        $$\frac{\partial L}{\partial w} = 2\lambda w$$

        $$\frac{\partial L}{\partial w} = 2(a - y)\sigma'(z) x + 2\lambda w$$
        """
    )
    wrong, right = steps[-2:]
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
    assert "dropped path" in wrong.message
    assert right.verdict.value == "PROVED", right.message


def test_a_dropped_residual_path_is_not_green_by_direct_partials() -> None:
    # h = x + sin u with u = x²: ∂h/∂x = 1 forgets the path through u, which the notes never take.
    wrong, right = doc_steps(
        r"""
        Let $u = x^2$ and $h = x + \sin u$.

        $$\frac{\partial h}{\partial x} = 1$$

        $$\frac{\partial h}{\partial x} = 1 + 2x\cos u$$
        """
    )[-2:]
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
    assert right.verdict.value == "PROVED", right.message


def test_direct_partials_still_read_a_local_derivative_of_a_graph_node_the_notes_differentiate() -> None:
    # The notes take the path through u themselves (∂h/∂u, ∂u/∂x): ∂h/∂x = 1 is the local derivative.
    steps = doc_steps(
        r"""
        Let $u = x^2$ and $h = x + \sin u$.

        $$\frac{\partial h}{\partial x} = 1$$

        $$\frac{\partial h}{\partial u} = \cos u$$
        """
    )
    assert steps[-2].verdict.value == "PROVED", steps[-2].message


def test_a_missing_transpose_by_a_capital_matrix_is_not_green_by_the_scalars_reading() -> None:
    # y_i elsewhere makes y a vector, so W (a capital multiplying x) a matrix; 2W(Wx − y) for 2Wᵀ(Wx − y)
    # was PROVED "with the undeclared vectors and matrices as scalars". A lowercase w stays rescued.
    steps = doc_steps(
        r"""
        $$\bar{y} = \frac{1}{n}\sum_i y_i$$

        $$\frac{\partial}{\partial x}(W x - y)^2 = 2 W (W x - y)$$

        $$\frac{d}{dw}(y - w x)^2 = -2x(y - wx)$$
        """
    )
    wrong, scalar = steps[-2:]
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
    assert scalar.verdict.value == "PROVED", scalar.message


def test_a_constant_after_an_indexed_sum_is_not_read_into_the_sum() -> None:
    # Σ a_i + c = Σ (a_i + c) forgets n·c. The summand a_i carries the index and c does not: c is outside
    # the sum, and reading "the sum over every term after it" made the mistake PROVED.
    wrong, right, logs = doc_steps(
        r"""
        $$\sum_{i=1}^n a_i + c = \sum_{i=1}^n (a_i + c)$$

        $$\sum_{i=1}^n a_i + n c = \sum_{i=1}^n (a_i + c)$$

        $$\log \prod_{i=1}^{n} p_i^{t_i} (1 - p_i)^{1-t_i} = \sum_{i=1}^{n} t_i \log p_i + (1-t_i) \log(1 - p_i)$$
        """
    )
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
    assert right.verdict.value == "PROVED", right.message
    assert logs.verdict.value in ("PROVED", "PASSED"), logs.message
