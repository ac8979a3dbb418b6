r"""A row and a column in one sum are not broadcast to a matrix, and such a clash is never FAILED.

``\hat{y} - y`` with ``\hat{y}`` a 1×K row and y a K×1 column was read the NumPy way, as the K×K matrix
of the differences ŷ_j − y_i; against a gradient that is a row the step then "failed" on shapes
(1×3 against 3×3), a false FAILED for what notes mean as one vector written in two orientations.
documents.values.broadcast_shape refuses that sum; documents.orientation.unsure_orientation keeps a
FAILED resting on it SKIPPED. A matrix plus a row or a column (a bias added to every row) still
broadcasts.
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.values import ROW_AND_COLUMN, DimensionError, broadcast_shape, elementwise
from verifier.engine import Settings

FAST = Settings(points=30)


def test_a_row_plus_a_column_is_refused() -> None:
    row = sp.ImmutableMatrix([[1, 2, 3]])
    column = sp.ImmutableMatrix([1, 2, 3])
    with pytest.raises(DimensionError, match=ROW_AND_COLUMN):
        elementwise(lambda a, b: a - b, row, column)


def test_a_matrix_plus_a_row_or_a_column_still_broadcasts() -> None:
    matrix = sp.ImmutableMatrix([[1, 2], [3, 4], [5, 6]])
    assert broadcast_shape([matrix, sp.ImmutableMatrix([[1, 1]])]) == (3, 2)
    assert broadcast_shape([matrix, sp.ImmutableMatrix([1, 1, 1])]) == (3, 2)
    assert broadcast_shape([sp.ImmutableMatrix([[1, 1]]), sp.ImmutableMatrix([[2, 2]])]) == (1, 2)


_NOTES = r"""
```verify
K in {3}
s: row vector[K]
y: vector[K]
```
The model:
$$
\hat{y} = \operatorname{softmax}(s), \qquad J = -\sum_i y_i \log(\hat{y}_i)
$$
Its gradient:
$$
\frac{\partial J}{\partial s} = RHS
$$
"""


def _last(rhs: str) -> tuple[str, str]:
    check = check_text(_NOTES.replace("RHS", rhs), "t.md", FAST)
    step = [s for c in check.chains for s in c.result.steps][-1]
    return step.verdict.value, step.message


def test_a_gradient_written_as_a_row_minus_a_column_is_not_failed() -> None:
    verdict, message = _last(r"\hat{y} - y")
    assert verdict == "SKIPPED", message
    assert "a row and a column" in message


def test_a_wrong_gradient_with_the_same_clash_is_not_green() -> None:
    verdict, message = _last(r"2\hat{y} - y")
    assert verdict not in ("PROVED", "PASSED"), message
