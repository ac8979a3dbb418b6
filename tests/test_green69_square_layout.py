r"""A square matrix's gradient written as an outer product settles the notes' layout (green69; red68 left it open).

With ``W \in \mathbb{R}^{n\times n}``, ``\frac{\partial L}{\partial x} = (Wx - y)^T W`` (for ``W^T(Wx - y)``) was
PROVED "when read with numerator layout" beside the notes' own ``\frac{\partial L}{\partial W} = (Wx - y) x^T``:
a square matrix's gradient fits both layouts by shape, so documents.documentlayout settled nothing. Its value is an
outer product of two different factors, not symmetric: as written it holds in the denominator layout only (the
numerator layout's value is its transpose). The row gradient is SKIPPED now; a symmetric ``x x^T`` settles nothing,
and notes that write the matrix gradient in the numerator layout keep their row gradient."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

NOTES = r"""
# One square layer

Let $W \in \mathbb{R}^{n\times n}$, $x, y \in \mathbb{R}^n$, $z = Wx$ and $L = \frac12\|z - y\|^2$. Then

$$
\frac{\partial L}{\partial W} = MATRIX
$$

and

$$
\frac{\partial L}{\partial x} = VECTOR
$$
"""

BOLD = r"""
Let $\mathbf{W} \in \mathbb{R}^{n\times n}$, $\mathbf{x}, \mathbf{y} \in \mathbb{R}^n$ and
$L = \frac12\|\mathbf{W}\mathbf{x} - \mathbf{y}\|^2$. Then

$$
\frac{\partial L}{\partial \mathbf{W}} = (\mathbf{W}\mathbf{x} - \mathbf{y})\mathbf{x}^\top
$$

and

$$
\frac{\partial L}{\partial \mathbf{x}} = VECTOR
$$
"""


def _steps(matrix: str, vector: str, notes: str = NOTES):
    return doc_steps(notes.replace("MATRIX", matrix).replace("VECTOR", vector))


@pytest.mark.parametrize("matrix", ["(Wx - y) x^T", "(Wx - y)x^\\top"])
def test_a_row_gradient_beside_a_square_outer_product_is_not_green(matrix: str) -> None:
    by_w, by_x = _steps(matrix, "(Wx - y)^T W")
    assert by_w.verdict is Verdict.PROVED, by_w.message
    assert by_x.verdict not in _GREEN, by_x.message
    assert "not symmetric" in by_x.message


def test_bold_names_too() -> None:
    by_w, by_x = _steps("", r"(\mathbf{W}\mathbf{x} - \mathbf{y})^\top \mathbf{W}", BOLD)
    assert by_w.verdict is Verdict.PROVED, by_w.message
    assert by_x.verdict not in _GREEN, by_x.message


def test_the_right_notes_stay_proved() -> None:
    steps = _steps("(Wx - y) x^T", "W^T (Wx - y)")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]
    steps = _steps("", r"\mathbf{W}^\top (\mathbf{W}\mathbf{x} - \mathbf{y})", BOLD)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]


def test_a_symmetric_gradient_settles_nothing() -> None:
    notes = r"""
Let $W \in \mathbb{R}^{n\times n}$, $x \in \mathbb{R}^n$ and $L = x^T W x$. Then

$$
\frac{\partial L}{\partial W} = x x^T
$$

and

$$
\frac{\partial L}{\partial x} = x^T (W + W^T)
$$
"""
    steps = doc_steps(notes)
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]


def test_numerator_notes_keep_their_row_gradient() -> None:
    by_w, by_x = _steps("x (Wx - y)^T", "(Wx - y)^T W")  # both in the numerator layout: nothing settles
    assert by_w.verdict is Verdict.SKIPPED, by_w.message
    assert by_x.verdict is Verdict.PROVED, by_x.message
