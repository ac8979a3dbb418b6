"""redteam24: an entry declaring an empty range was an "internal error" (numpy's "high - low < 0").

``b.interval("x", 3, -3)``, ``b.real("x", 5, -5)``, ``b.interval("x", 1, 1)`` or ``b.positive("x", 0, 1)``
leave nothing to sample: the entry is malformed, and its ERROR must say so, naming the symbol."""

from __future__ import annotations

import pytest

from verifier.catalog import Builder, CatalogError


@pytest.mark.parametrize(
    "declare",
    [
        lambda b: b.interval("x", 3, -3),
        lambda b: b.real("x", 5, -5),
        lambda b: b.interval("x", 1, 1),
        lambda b: b.real("x", float("nan"), 1),
        lambda b: b.positive("x", 0, 1),
        lambda b: b.positive("x", 5, 2),
        lambda b: b.integer("x", 4, 3),
    ],
)
def test_an_empty_range_is_a_malformed_entry_naming_the_symbol(declare) -> None:
    with pytest.raises(CatalogError, match="x"):
        declare(Builder())
