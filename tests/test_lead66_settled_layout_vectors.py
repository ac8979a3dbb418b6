r"""A vector gradient green only in the numerator layout, in notes whose own gradient by a non-square matrix settles
the denominator layout, is not green (stop 66, lead66: ``\frac{\partial L}{\partial x} = \delta^\top W`` for
``W^\top \delta`` was PROVED "when read with numerator layout" beside ``\frac{\partial L}{\partial W} = \delta x^\top``,
which holds as written with W annotated m×n — the missing transpose students make). Without such evidence the
numerator reading stays a reading (issue 8 §4)."""

from support import verdicts_by_line

NOTE = r"""# Backprop through a linear layer

A layer computes $z = W x + b$ with $W \in \mathbb{R}^{m \times n}$, $x \in \mathbb{R}^n$, followed by
$a = \sigma(z)$ applied entrywise, and a loss $L = \frac{1}{2}\|a - y\|^2$.
Write $\delta = \frac{\partial L}{\partial z}$. Then

$$\frac{\partial L}{\partial W} = \delta x^\top, \qquad \frac{\partial L}{\partial x} = W^\top \delta.$$
"""


def test_the_transposed_vector_gradient_is_not_green_where_the_layout_is_settled() -> None:
    wrong = NOTE.replace(r"= W^\top \delta.$$", r"= \delta^\top W.$$")
    assert verdicts_by_line(wrong)[7] == ["PROVED", "SKIPPED"]


def test_the_vector_gradient_written_right_is_proved() -> None:
    assert verdicts_by_line(NOTE)[7] == ["PROVED", "PROVED"]


def test_without_a_settling_gradient_the_numerator_reading_stays() -> None:
    alone = NOTE.replace(r"\frac{\partial L}{\partial W} = \delta x^\top, \qquad ", "").replace(
        r"= W^\top \delta.$$", r"= \delta^\top W.$$")
    assert verdicts_by_line(alone)[7] == ["PROVED"]
