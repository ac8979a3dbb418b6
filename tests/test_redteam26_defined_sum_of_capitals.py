r"""Found and left (redteam26): a defined name whose body is a sum of capitals read as numbers.

"Let $C = \Sigma + B$ for any matrix $B$." and ``\nabla_x x^T C x = 2Cx``: C is a definition, not a guessed
capital, and its body ``\Sigma + B`` is a sum, not a product, so weights.doubt_scalar_capitals finds no capital
that multiplies a name; Σ and B stay real scalars and the wrong gradient is PROVED. A fix would follow a defined
name that multiplies a name to the capitals of its body."""

from __future__ import annotations

import pytest
from support import doc_steps


@pytest.mark.xfail(strict=True, reason="a defined sum of capitals is not doubted as a matrix (left by redteam26)")
def test_a_defined_sum_of_capitals_is_not_green() -> None:
    r = doc_steps("# A\n\nLet $A$ be symmetric. Let $C = A + B$ for any matrix $B$.\n"
                  "$$\\nabla_x x^T C x = 2 C x$$\n")[-1]
    assert not r.verdict.ok, r.message
