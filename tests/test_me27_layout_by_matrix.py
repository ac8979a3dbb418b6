r"""A gradient by a matrix that holds only transposed is not green unless the notes say numerator layout.

``\frac{\partial L}{\partial W_1} = x\delta_1^T`` where the shape convention gives ``\delta_1 x^T`` is the
missing transpose students make most often. Read in numerator layout (∂L/∂W shaped as Wᵀ) it holds, and
it was PROVED "under numerator layout" in notes that never state that layout — the notes' own
``\frac{\partial L}{\partial W_2} = \delta_2 h^T`` a line above uses the shape convention. Notes that write a
scalar's derivative by a matrix transposed say so (and a context can declare ``layout: numerator``); a
row gradient by a vector (``\partial J/\partial\theta = (\hat y - y)^T``, as chain-rule notes write it) is
still read in numerator layout. Examples written here."""

from __future__ import annotations

from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NET = r"""
Let $x \in \mathbb{R}^n$, $W_1 \in \mathbb{R}^{m \times n}$, $b_1 \in \mathbb{R}^m$, $W_2 \in \mathbb{R}^{k \times m}$,
$b_2, y \in \mathbb{R}^k$, $h = \sigma(W_1 x + b_1)$ and $\hat y = W_2 h + b_2$,
with loss $L = \frac12 \|\hat y - y\|^2$.
Write $\delta_2 = \hat y - y$ and $\delta_1 = (W_2^T \delta_2) \odot h \odot (1 - h)$.
{prose}
$$\frac{\partial L}{\partial W_1} = {rhs}$$
"""


def _last(rhs: str, prose: str = "") -> tuple[str, str]:
    step = doc_steps(_NET.replace("{rhs}", rhs).replace("{prose}", prose))[-1]
    return step.verdict.value, step.message


def test_a_missing_transpose_of_a_gradient_by_a_matrix_is_not_green() -> None:
    verdict, message = _last(r"x \delta_1^T")
    assert verdict not in GREEN, message
    assert "numerator layout" in message


def test_the_gradient_shaped_as_its_matrix_is_green() -> None:
    verdict, message = _last(r"\delta_1 x^T")
    assert verdict in GREEN, message


def test_notes_that_state_the_numerator_layout_read_it_so() -> None:
    verdict, message = _last(r"x \delta_1^T", "We use the numerator layout throughout.")
    assert verdict in GREEN, message


def test_a_row_gradient_by_a_vector_is_still_read_in_numerator_layout() -> None:
    notes = r"""
Let $\hat y = \operatorname{softmax}(\theta)$ and $J = -\sum_i y_i \log \hat y_i$ with $y$ one-hot.

$$\frac{\partial J}{\partial \theta} = (\hat y - y)^T$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value in GREEN, step.message
