r"""A worked iterate whose value is a vector, after a start stated as a number, is no internal error
(documents.recurrencestart.fails_at_stated).

The perceptron's notes state the update ``w_{k+1} = w_k + y_i x_i`` "started from $w_0 = 0$" and work the first
mistake: ``w_1 = w_0 + y_1 x_1 = (1, 2)``. The start's doubt gives each stated name its value and subtracts the
step's sides; a scalar side minus a tuple raised a TypeError, and the whole chain was an ERROR "internal error while
checking this chain". Sides that cannot be subtracted do not differ by a number: the doubt does not apply.
"""

from __future__ import annotations

from support import verdicts_by_line

NOTE = r"""# Perceptron

The update is $w_{k+1} = w_k + y_i x_i$, started from $w_0 = 0$.

The point $x_1 = (1, 2)$ with $y_1 = 1$ is a mistake, so
$$
w_1 = w_0 + y_1 x_1 = (1, 2).
$$
"""


def test_a_vector_iterate_after_a_scalar_start_is_no_internal_error() -> None:
    verdicts = verdicts_by_line(NOTE)[7]
    assert len(verdicts) == 2
    assert "ERROR" not in verdicts
