r"""A small network's notes read with the shapes the whole document gives (shapes20).

Two gaps made a network's backprop read with commuting scalars: a *numbered* name written transposed
(``\hat y = W_2^T h + b_2``, ``\hat y = w_2^T h + b_2``) was no evidence at all
(documents/numberedtransposes.py), and a name transposed in another display (``\delta_1 x^T``) did not
reach a chain that writes no transpose (documents/doctransposes.py). The missing transpose
``\partial L/\partial h = W_2^T \delta_2`` (for ``W_2 \delta_2`` with ``\hat y = W_2^T h``) and the
swapped outer product ``x \delta_1^T`` were PROVED. Notes written here, in Markdown and LaTeX; each
wrong note differs from its correct one in one line."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

# ŷ = W_2^T h: the gradient by h is W_2 δ_2, by W_2 the outer product h δ_2^T
_TRANSPOSED_OUTPUT_MD = r"""
# A two-layer network

Forward pass:

$$
h = \sigma(W_1 x + b_1), \qquad \hat y = W_2^T h + b_2
$$

with the loss $L = \frac12 \|\hat y - y\|^2$. Write $\delta_2 = \hat y - y$.

$$
\frac{\partial L}{\partial h} = {by_h}
$$

$$
\frac{\partial L}{\partial W_2} = {by_w2}
$$
"""

_TRANSPOSED_OUTPUT_TEX = r"""
\documentclass{article}
\begin{document}
\section{Backpropagation}
The forward pass is $h = \tanh(W_1 x + b_1)$ and $\hat y = W_2^\top h + b_2$, with the loss
$L = \frac{1}{2}\left\|\hat y - y\right\|^2$.
\begin{equation}
\frac{\partial L}{\partial h} = {by_h}
\end{equation}
\begin{equation}
\frac{\partial L}{\partial W_2} = {by_w2}
\end{equation}
\end{document}
"""

# one output: ŷ = w_2^T h + b_2, a squared scalar loss; δ_1 x^T is the gradient by W_1
_SCALAR_OUTPUT_MD = r"""
# Two layers, scalar output

The forward pass is $h = \sigma(W_1 x + b_1)$ and $\hat y = w_2^T h + b_2$ with the loss
$L = \frac12 (\hat y - y)^2$. Let $\delta_2 = \hat y - y$ and $\delta_1 = \delta_2 w_2 \odot h \odot (1 - h)$.

$$
\frac{\partial L}{\partial w_2} = \delta_2 h
$$

$$
\frac{\partial L}{\partial b_1} = {by_b1}
$$

$$
\frac{\partial L}{\partial W_1} = {by_w1}
$$
"""

_SCALAR_OUTPUT_TEX = r"""
\documentclass{article}
\begin{document}
\section{A network with one output}
The forward pass is $z_1 = W_1 x + b_1$, $h = \sigma(z_1)$, $\hat y = W_2 h + b_2$ and the loss is
$L = \frac{1}{2}(\hat y - y)^2$.
\begin{equation}
\frac{\partial L}{\partial z_1} = W_2^T (\hat y - y) \odot \sigma'(z_1)
\end{equation}
\begin{equation}
\frac{\partial L}{\partial W_1} = {by_w1}
\end{equation}
\end{document}
"""

# x is transposed only in the first display; the second writes no transpose
_ELSEWHERE_MD = r"""
# One layer

Forward pass: $z = W x + b$, $a = \sigma(z)$, and the loss $L = \frac12 \sum_k (a_k - y_k)^2$.

$$
\frac{\partial L}{\partial W} = ((a - y) \odot \sigma'(z)) x^T
$$

$$
\frac{\partial L}{\partial x} = {by_x}
$$
"""


def _steps(notes: str, path: str, **lines: str):  # type: ignore[no-untyped-def]
    for name, value in lines.items():
        notes = notes.replace("{" + name + "}", value)
    return [s for s in doc_steps(notes, path) if "defines" not in s.message]


_TRANSPOSED = [(_TRANSPOSED_OUTPUT_MD, "t.md"), (_TRANSPOSED_OUTPUT_TEX, "t.tex")]


@pytest.mark.parametrize(("notes", "path"), _TRANSPOSED, ids=["md", "tex"])
def test_the_gradients_of_a_transposed_numbered_weight_are_proved_as_matrices(notes: str, path: str) -> None:
    steps = _steps(notes, path, by_h=r"W_2 (\hat y - y)", by_w2=r"h (\hat y - y)^T")
    assert [s.verdict.value for s in steps] == ["PROVED", "PROVED"], [s.message for s in steps]


@pytest.mark.parametrize(("notes", "path"), _TRANSPOSED, ids=["md", "tex"])
def test_a_transpose_too_many_by_a_transposed_numbered_weight_is_failed(notes: str, path: str) -> None:
    # was PROVED: W_2 of ŷ = W_2^T h was a number, and W_2^T δ = W_2 δ for numbers
    step = _steps(notes, path, by_h=r"W_2^T (\hat y - y)", by_w2=r"h (\hat y - y)^T")[0]
    assert step.verdict.value == "FAILED", step.message
    assert step.counterexample is not None
    assert "W_2: a n" in step.message and "transposed (a numbered name written with ^T)" in step.message


def test_the_swapped_outer_product_of_a_scalar_output_network_is_not_green() -> None:
    # was PROVED: w_2 of w_2^T h a number, so δ_1, x numbers and x δ_1^T = δ_1 x^T
    steps = _steps(_SCALAR_OUTPUT_MD, "t.md", by_b1=r"\delta_2 w_2 \odot h \odot (1 - h)", by_w1=r"x \delta_1^T")
    assert steps[-1].verdict.value not in GREEN, steps[-1].message
    assert "numerator layout" in steps[-1].message  # x δ_1^T is the numerator layout's gradient (unstated)


def test_the_scalar_output_network_is_proved() -> None:
    # ∂L/∂W_1 = δ_1 x^T was SKIPPED: L a vector of numbers w_2 times h
    steps = _steps(_SCALAR_OUTPUT_MD, "t.md", by_b1=r"\delta_2 w_2 \odot h \odot (1 - h)", by_w1=r"\delta_1 x^T")
    assert [s.verdict.value for s in steps] == ["PROVED"] * 3, [s.message for s in steps]


def test_the_dropped_derivative_of_a_scalar_output_network_is_failed() -> None:
    steps = _steps(_SCALAR_OUTPUT_MD, "t.md", by_b1=r"\delta_2 w_2", by_w1=r"\delta_1 x^T")
    assert steps[1].verdict.value == "FAILED", steps[1].message
    assert steps[1].counterexample is not None
    assert steps[0].verdict.value in GREEN and steps[2].verdict.value in GREEN


def test_the_swapped_outer_product_with_one_output_written_in_latex_is_not_green() -> None:
    # was PROVED: W_2^T of a numbered capital no evidence, every name a number
    wrong = r"x \left(W_2^T (\hat y - y) \odot \sigma'(z_1)\right)^T"
    steps = _steps(_SCALAR_OUTPUT_TEX, "t.tex", by_w1=wrong)
    assert steps[-1].verdict.value not in GREEN, steps[-1].message
    right = r"\left(W_2^T (\hat y - y) \odot \sigma'(z_1)\right) x^T"
    assert all(s.verdict.value != "FAILED" for s in _steps(_SCALAR_OUTPUT_TEX, "t.tex", by_w1=right))


def test_a_name_transposed_in_another_display_is_a_vector_in_a_chain_without_transposes() -> None:
    steps = _steps(_ELSEWHERE_MD, "t.md", by_x=r"W ((a - y) \odot \sigma'(z))")
    assert steps[-1].verdict.value not in GREEN, steps[-1].message
    assert "x: a vector" in steps[-1].message and "transposed on line 6 of the notes" in steps[-1].message
    right = _steps(_ELSEWHERE_MD, "t.md", by_x=r"W^T ((a - y) \odot \sigma'(z))")
    assert [s.verdict.value for s in right] == ["PROVED", "PROVED"], [s.message for s in right]


_SCALAR_NETWORK = r"""
# A neuron

We take a scalar input $x \in \mathbb{R}$ and compute $z = w x + b$, $a = \sigma(z)$, $L = \frac12 (a - y)^2$.

$$
\frac{\partial L}{\partial w} = (a - y)\, \sigma'(z)\, x
$$

Later, for a batch, the inputs are stacked and we write $X^T X$ for the Gram matrix and $y^T y$ for the
squared norm of the targets.
"""


def test_a_name_the_notes_annotate_a_number_keeps_its_reading() -> None:
    # y^T y in a later sentence does not make the neuron's x a vector (annotated) -- nor its y a vector
    # that breaks the scalar chain: the scalar neuron stays PROVED
    steps = _steps(_SCALAR_NETWORK, "t.md")
    assert [s.verdict.value for s in steps] != [] and all(s.verdict.value != "FAILED" for s in steps)
    assert "x: a vector" not in steps[0].message


_ENTRY = r"""
# Entries

The features are $x_i$ for $i = 1, \dots, n$, and $x_1^T$ appears in a typo.

$$
\sum_{i=1}^{n} x_i = x_1 + \sum_{i=2}^{n} x_i
$$
"""


def test_a_numbered_entry_of_an_indexed_family_is_not_made_a_name() -> None:
    steps = _steps(_ENTRY, "t.md")
    assert steps and steps[0].verdict.value in GREEN, steps[0].message


_SCALARS_THEN_VECTORS = r"""
# Derivatives, then gradients

## Scalars

$$
\frac{d}{dx} \sigma(w x + b) = \sigma(w x + b)(1 - \sigma(w x + b)) w
$$

## Vectors

$$
\nabla_w (w^T x - y)^2 = 2 (w^T x - y) x
$$
"""


def test_a_transpose_under_another_heading_does_not_reach_scalar_calculus() -> None:
    # d/dx of the first part is calculus of numbers: w^T, x of the next part do not make them vectors there
    first, second = _steps(_SCALARS_THEN_VECTORS, "t.md")
    assert first.verdict.value in GREEN, first.message
    assert "transposed on line" not in first.message and "x: a real scalar" in first.message
    assert second.verdict.value in GREEN and "x: a vector" in second.message
