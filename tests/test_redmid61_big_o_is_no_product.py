r"""Big-O notation is no product: ``O(n^2) + O(n) = O(n^2)`` is not FAILED.

redmid61 (red team of stop 61; an older bug, FAILED on d6411dfd inline, and fresh64's typed math reads the same in a
code span): the parser reads ``O(n^2)`` as O·n², so the right rule of asymptotic notation failed "at O = 1, n = -1".
As a display it was SKIPPED "an equation between undeclared quantities"; inline, followed by "holds", FAILED.
Expected: SKIPPED (asymptotic notation is not an equality of values) wherever the notes do not define O.
Every example is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTES = [
    "# Costs\n\nThen $O(n^2) + O(n) = O(n^2)$ holds.\n",
    "# Costs\n\nThen $\\mathcal{O}(n^2) + \\mathcal{O}(n) = \\mathcal{O}(n^2)$ holds.\n",
    "# Costs\n\nThe cost $T(n) = n^2 + n = O(n^2)$ holds.\n",
    "# Big O\n\nThen $O(n^2) + O(n) = O(n^2)$ holds.\n",
]


@pytest.mark.parametrize("text", _NOTES)
def test_a_rule_of_asymptotic_notation_is_not_failed(text: str) -> None:
    verdicts = verdicts_by_line(text)
    assert "FAILED" not in verdicts.get(3, []), verdicts
