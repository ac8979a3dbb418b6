r"""A vector gradient written as a row (``\frac{\partial L}{\partial x} = \delta^\top W`` for ``W^\top \delta``) is
green only in the numerator layout; where the notes' own gradient by a non-square matrix settles the denominator
layout, it is the missing transpose (lead66, documents.documentlayout). Stop 68 (red68) found two ways around that rule:

* the notes write their matrices bold (``\mathbf{W} \in \mathbb{R}^{K \times d}``, ``\partial L/\partial\mathbf{W}``):
  the annotation and the derivative were not recognised, so nothing was settled;
* the settling step and the row both hold only with the labels read one-hot (softmax regression, where ``y`` is the
  one-hot target): the settling step was refused for being read at all, and the row's reading ("the labels y/t
  one-hot and numerator layout") was not recognised as a numerator reading.

The right steps stay PROVED in both forms, and a note that settles nothing keeps the numerator reading."""

from support import verdicts_by_line

BOLD = r"""# A linear layer

Input $\mathbf{x} \in \mathbb{R}^d$, weights $\mathbf{W} \in \mathbb{R}^{m \times d}$,
$\mathbf{z} = \mathbf{W}\mathbf{x}$ and $L = \frac{1}{2}\|\mathbf{z} - \mathbf{y}\|^2$. Then

$$
\frac{\partial L}{\partial \mathbf{W}} = (\mathbf{W}\mathbf{x} - \mathbf{y}) \mathbf{x}^\top
$$

$$
\frac{\partial L}{\partial \mathbf{x}} = \mathbf{W}^\top (\mathbf{W}\mathbf{x} - \mathbf{y})
$$
"""

BOLD_ROW = BOLD.replace(r"= \mathbf{W}^\top (\mathbf{W}\mathbf{x} - \mathbf{y})",
                        r"= (\mathbf{W}\mathbf{x} - \mathbf{y})^\top \mathbf{W}")

SOFTMAX = r"""# Softmax regression

Input $x \in \mathbb{R}^d$, weights $W \in \mathbb{R}^{K \times d}$, logits $z = Wx$,
probabilities $p = \operatorname{softmax}(z)$ and target $y$. The loss is $L = -\sum_k y_k \log p_k$. Then

$$
\frac{\partial L}{\partial W} = (p - y) x^\top
$$

$$
\frac{\partial L}{\partial x} = W^\top (p - y)
$$
"""

SOFTMAX_ROW = SOFTMAX.replace(r"= W^\top (p - y)", r"= (p - y)^\top W")


def test_bold_notes_settle_the_layout_against_a_row_gradient() -> None:
    assert verdicts_by_line(BOLD_ROW)[11] == ["SKIPPED"]


def test_bold_notes_written_right_are_proved() -> None:
    got = verdicts_by_line(BOLD)
    assert got[7] == ["PROVED"] and got[11] == ["PROVED"]


def test_the_one_hot_reading_settles_the_layout_too() -> None:
    got = verdicts_by_line(SOFTMAX_ROW)
    assert got[7] == ["PROVED"] and got[11] == ["SKIPPED"]


def test_softmax_regression_written_right_is_proved() -> None:
    got = verdicts_by_line(SOFTMAX)
    assert got[7] == ["PROVED"] and got[11] == ["PROVED"]


def test_without_the_settling_gradient_the_row_stays_a_reading() -> None:
    alone = SOFTMAX_ROW.replace(r"\frac{\partial L}{\partial W} = (p - y) x^\top", r"q = p - y")
    assert verdicts_by_line(alone)[11] == ["PROVED"]


def test_a_wrong_value_beside_the_settling_gradient_is_still_failed() -> None:
    wrong = SOFTMAX.replace(r"= W^\top (p - y)", r"= W^\top (y - p)")
    assert verdicts_by_line(wrong)[11] == ["FAILED"]


def test_the_shape_kept_reading_is_the_one_hot_reading_the_checker_names() -> None:
    from verifier.documents.documentlayout import _SHAPE_KEPT
    from verifier.documents.meanings import HOT_NOTE

    assert HOT_NOTE in _SHAPE_KEPT


UNANNOTATED = r"""# A layer, no shapes given

The layer computes $z = Wx + b$ and the loss is $L = \frac12 \|z - y\|^2$, so $\delta = z - y$ and

$$
\frac{\partial L}{\partial W} = \delta x^T
$$

$$
\frac{\partial L}{\partial x} = W^T \delta
$$
"""

UNANNOTATED_ROW = UNANNOTATED.replace(r"= W^T \delta", r"= \delta^T W")


def test_a_matrix_read_non_square_settles_the_layout_without_an_annotation() -> None:
    got = verdicts_by_line(UNANNOTATED_ROW)
    assert got[6] == ["PROVED"] and got[10] == ["SKIPPED"]


def test_the_unannotated_layer_written_right_is_proved() -> None:
    got = verdicts_by_line(UNANNOTATED)
    assert got[6] == ["PROVED"] and got[10] == ["PROVED"]


def test_a_gradient_by_a_square_matrix_settles_nothing() -> None:
    square = r"""# A quadratic form

Let $f = x^T W x$ and $L = \frac12 \|Wx - y\|^2$. Then

$$
\frac{\partial f}{\partial W} = x x^T
$$

$$
\frac{\partial L}{\partial x} = (Wx - y)^T W
$$
"""
    got = verdicts_by_line(square)
    assert got[6] == ["PROVED"] and got[10] == ["PROVED"]


TWO_BOLD = r"""# Two layers, bold

Let $\mathbf{h} = \sigma(\mathbf{W}_1 \mathbf{x})$, $\hat{\mathbf{y}} = \mathbf{W}_2 \mathbf{h}$ and
$L = \frac{1}{2}\|\hat{\mathbf{y}} - \mathbf{y}\|^2$ with $\mathbf{W}_1 \in \mathbb{R}^{m\times d}$,
$\mathbf{W}_2 \in \mathbb{R}^{k\times m}$.

$$
\frac{\partial L}{\partial \mathbf{W}_2} = (\hat{\mathbf{y}} - \mathbf{y})\mathbf{h}^\top
$$

$$
\frac{\partial L}{\partial \mathbf{W}_1} = \left[(\mathbf{W}_2^\top (\hat{\mathbf{y}} - \mathbf{y})) \odot
\mathbf{h} \odot (1 - \mathbf{h})\right] \mathbf{x}^\top
$$
"""


def test_a_bold_gradient_by_a_matrix_written_transposed_is_failed_beside_a_settling_one() -> None:
    wrong = TWO_BOLD.replace(r"= (\hat{\mathbf{y}} - \mathbf{y})\mathbf{h}^\top",
                             r"= \mathbf{h} (\hat{\mathbf{y}} - \mathbf{y})^\top")
    got = verdicts_by_line(wrong)
    assert got[8] == ["FAILED"] and got[12] == ["PROVED"]
