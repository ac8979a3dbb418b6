"""A list of names called constants names the letters in its formulas, not the prose's "and" (review64, on lead64).

lead64 read "$\\mu$ and $\\sigma$ are constants" as naming each of μ and σ, by taking every word of the matched text:
the "and" between the formulas came out as a name too (``and@1`` in scope.conventions' deterministic names).
"""

from __future__ import annotations

import pytest

from verifier.documents.expectation import deterministic_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Let $\\mu$ and $\\sigma$ be constants.", "mu@1,sigma@1"),
        ("Here $a$, $b$, and $c$ are constants.", "a@1,b@1,c@1"),
        ("Here $a, b$ and $c$ are constants.", "a@1,b@1,c@1"),
        ("Let $c$ be a constant.", "c@1"),
    ],
)
def test_only_the_formulas_names_are_called_constant(text: str, names: str) -> None:
    assert deterministic_names(text) == names
