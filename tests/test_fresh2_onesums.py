r"""A vector of ones in a sum has the length of the vectors beside it: ``\mathbb{1} - \sigma(\mathbf{z})``
(was SKIPPED "its length cannot be inferred"); beside a matrix or vectors of different shapes it
is still refused. Every example is written here."""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier.documents.onesums import sized_ones
from verifier.documents.values import Ones, ResolveError


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_ones_take_the_shape_of_the_vector_beside_them() -> None:
    v = sp.ImmutableMatrix([1, 2, 3])
    assert sized_ones([Ones(), v]) == [sp.ImmutableMatrix.ones(3, 1), v]
    assert sized_ones([v.T, Ones(True)]) == [v.T, sp.ImmutableMatrix.ones(1, 3)]


@pytest.mark.parametrize(
    "terms",
    [
        [Ones()],
        [Ones(), sp.ImmutableMatrix.eye(2)],
        [Ones(), sp.ImmutableMatrix([1, 2]), sp.ImmutableMatrix([1, 2, 3])],
        [Ones(), sp.ImmutableMatrix([[1, 2, 3]])],
    ],
)
def test_ones_are_refused_where_nothing_fixes_their_shape(terms: list[object]) -> None:
    with pytest.raises(ResolveError, match="vector of ones in a sum"):
        sized_ones(terms)  # type: ignore[arg-type]


def test_sigmoid_jacobian_with_a_ones_vector() -> None:
    lhs = r"\nabla_{\mathbf{z}}\left(\mathbf{g}^\top\sigma(\mathbf{z})\right)"
    right = "$$" + lhs + r" = \mathbf{g}\odot\sigma(\mathbf{z})\odot(\mathbb{1} - \sigma(\mathbf{z}))$$"
    wrong = "$$" + lhs + r" = \mathbf{g}\odot(\mathbb{1} - \sigma(\mathbf{z}))$$"
    assert _verdicts(right) == ["PROVED"]
    assert _verdicts(wrong) == ["FAILED"]
