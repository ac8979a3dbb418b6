r"""``\cdot`` between two tuples of numbers of one length is their dot product.

fresh28's Frank–Wolfe gap, ``(0.4, -0.3, -0.1) \cdot (1, -1, 0) = 0.4 + 0.3``, was SKIPPED "Matrices are not
aligned" (two columns multiplied). Examples written here (documents.dotproducts)."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")


@pytest.mark.parametrize("claim", ["(0.5, -0.2, 0.1) \\cdot (2, -1, 0) = 1 + 0.2 = 1.2",
                                   "\\left(3, 1\\right) \\cdot \\left(1, -2\\right) = 1"])
def test_a_tuple_dot_product_is_green(claim: str) -> None:
    steps = doc_steps(f"# Gap\n\n$${claim}$$\n")
    assert steps and all(s.verdict.value in GREEN for s in steps), [s.message for s in steps]


@pytest.mark.parametrize("claim", ["(0.5, -0.2, 0.1) \\cdot (2, -1, 0) = 1 - 0.2",
                                   "(3, 1) \\cdot (1, -2) = 5",
                                   "(3, 1) \\cdot (1, -2) = (3, -2)",
                                   "(3, 1) \\cdot (1, -2, 0) = 1"])
def test_a_wrong_or_other_tuple_product_is_not_green(claim: str) -> None:
    steps = doc_steps(f"# Gap\n\n$${claim}$$\n")
    assert steps and steps[0].verdict.value not in GREEN, [s.message for s in steps]
