r"""A gradient written after two matrices, ``A A^T \nabla f`` (ctx60).

The parser keeps the written order of declared vectors and matrices (non-commuting symbols), but a
gradient node ``\nabla f`` is a commuting SymPy object, so SymPy moves it to the front of the product and
its written place is lost. The resolver then tried every order of *all* the matrix factors, and with two
matrices (``A A^T`` against ``A^T A``) two orders conform and disagree: the step was SKIPPED "the order of
the factors of this product is ambiguous" (neylon's gradient-descent line ``A A^T \nabla f = A \nabla f``).
The order of the non-commuting factors is known, so only the places of the commuting ones are open: those
orders alone are tried. A wrong order (``A^T A`` for ``A A^T``) must still be FAILED, never green.
"""

from __future__ import annotations

from support import line_of, verdicts_by_line

_HEAD = """# Linear reparametrisation

```verify
n in {3}
A, B: matrix[n x n]
x, c: vector[n]
f(x) := c^T x
```

"""


def test_a_gradient_after_two_matrices_is_read_in_the_written_order() -> None:
    text = _HEAD + "Then\n\n$$A A^T \\nabla f = A (A^T \\nabla f)$$\n\nand\n\n$$A B \\nabla f = A (B c)$$\n"
    got = verdicts_by_line(text)
    assert got[line_of(text, "A A^T \\nabla f =")] == ["PROVED"]
    assert got[line_of(text, "A B \\nabla f =")] == ["PROVED"]


def test_the_gradient_between_two_matrices_keeps_its_place() -> None:
    text = _HEAD + "Then\n\n$$A^T \\nabla f = A^T c$$\n"
    assert verdicts_by_line(text)[line_of(text, "A^T \\nabla f =")] == ["PROVED"]


def test_a_swapped_pair_of_matrices_before_a_gradient_is_failed() -> None:
    text = _HEAD + "Then\n\n$$A A^T \\nabla f = A^T A \\nabla f$$\n\nand\n\n$$A B \\nabla f = B A c$$\n"
    got = verdicts_by_line(text)
    assert got[line_of(text, "A A^T \\nabla f =")] == ["FAILED"]
    assert got[line_of(text, "A B \\nabla f =")] == ["FAILED"]


def test_commuting_rereadings_still_try_every_order() -> None:
    # with no declared names (every factor commuting: the written order is lost), A B x against B A x
    # stays unread rather than green
    text = "# Notes\n\nThen\n\n$$A B x = B A x$$\n"
    assert verdicts_by_line(text)[line_of(text, "A B x =")] != ["PROVED"]
