r"""A product of declared matrices and one factor whose node commutes (a gradient ``\nabla f``, whose place in
the parsed product is not the written one) is read in every order that keeps the declared factors as written
(documents.arithmetic): ``A A^T \nabla f`` has one such order that conforms, ``A A^T`` times the gradient, and
is no longer SKIPPED "the order of the factors of this product is ambiguous" because ``A^T A \nabla f``
conforms too (an order that swaps the two declared factors the notes wrote).

Own small notes: a linear f, whose gradient is its coefficient vector c.
"""

from __future__ import annotations

import pytest
from support import doc_steps

_NOTE = r"""
# Gradients times matrices

```verify
n in {3}
A, B: matrix[n x n]
x, c: vector[n]
f(x) := c^T x
\alpha: real
```

The gradient of the linear function is its coefficients, so

$$LEFT = RIGHT$$
"""


def _step(left: str, right: str) -> tuple[str, str]:
    (step,) = doc_steps(_NOTE.replace("LEFT", left).replace("RIGHT", right))
    return step.verdict.name, step.message


@pytest.mark.slow(2)
def test_two_declared_factors_before_a_gradient_are_read_in_their_written_order() -> None:
    verdict, message = _step(r"A A^T \nabla f", r"A A^T c")
    assert verdict == "PROVED", message


@pytest.mark.slow(2)
def test_the_two_declared_factors_swapped_is_failed() -> None:
    verdict, message = _step(r"A A^T \nabla f", r"A^T A c")
    assert verdict == "FAILED", message


@pytest.mark.slow(2)
def test_a_gradient_between_a_scalar_and_three_matrices_keeps_their_order() -> None:
    verdict, message = _step(r"\alpha A B A^T \nabla f", r"\alpha A (B (A^T c))")
    assert verdict == "PROVED", message
    verdict, message = _step(r"\alpha A B A^T \nabla f", r"\alpha B A A^T c")
    assert verdict == "FAILED", message


@pytest.mark.slow(2)
def test_two_gradients_that_conform_in_several_places_stay_ambiguous() -> None:
    # row and column gradient around A A^T: the quadratic form, or the outer product (∇f)(∇f)^T before A A^T
    verdict, message = _step(r"(\nabla f)^T A A^T \nabla f", r"c^T A A^T c")
    assert verdict == "SKIPPED" and "ambiguous" in message, message
