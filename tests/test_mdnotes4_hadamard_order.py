r"""``a \circ b\, C`` read as ``(a \circ b)\, C`` where the literal grouping ``a \circ (b C)`` does not fit.

Backprop notes write the hidden layer's error as ``(\hat{y} - y) W^{(2)T} \circ \sigma'(t) W^{(1)T}``
meaning the entry-wise product first, then the product by ``W^{(1)T}``. The parser groups
``\circ`` looser than juxtaposition, so the member had no value (an entry-wise product of a 1×3 and
a 1×2). The other grouping is one more reading (documents.hadamardorder), tried only where the shapes
clash as written.
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.hadamardorder import left_to_right, writes_hadamard
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
```verify
u, s: row vector[3]
A: matrix[3 x 2]
```

$$ (u \circ s) A = RHS $$
"""


def _step(rhs: str) -> tuple[str, str]:
    check = check_text(_NOTES.replace("RHS", rhs), "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    return step.verdict.value, step.message


def test_the_left_to_right_grouping_rescues_a_member_that_has_no_value() -> None:
    verdict, message = _step(r"u \circ s A")
    assert verdict == "PROVED", message
    assert "left to right" in message


def test_the_grouping_is_commutative_in_the_entrywise_product_only() -> None:
    assert _step(r"s \circ u A")[0] == "PROVED"


def test_a_wrong_factor_is_not_green_under_the_grouping() -> None:
    verdict, _ = _step(r"2 u \circ s A")
    assert verdict in ("FAILED", "SKIPPED")


def test_the_rewrite_splits_at_the_first_matrix_factor_and_keeps_scalars_outside() -> None:
    a, b, c = sp.symbols("a b c", commutative=False)
    k = sp.Symbol("k")
    hadamard = sp.Function("hadamard")
    tree = hadamard(a, k * b * c)
    assert left_to_right(tree) == k * hadamard(a, b) * c
    assert left_to_right(hadamard(a, b)) == hadamard(a, b)
    assert writes_hadamard(r"a \odot b") and writes_hadamard(r"a \circ b") and not writes_hadamard("a b")
