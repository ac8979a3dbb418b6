r"""A letter O written as a subscript or superscript before a bracket is a label, not asymptotic notation.

review61: documents.asymptotic leaves a member that applies O unread (``O(n^2)``), but it took the O of a label too:
attention notes' output projection ``W_O(h^2 + 1)`` or ``W^O(h^2 + 1)`` was SKIPPED "asymptotic notation O(…)", so
a wrong derivative with it was never FAILED. A script's O names a matrix, as ``W_Q`` and ``W_K`` do. Every note is
written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = "# Heads\n\nThe output projection:\n\n$$\\frac{{d}}{{dh}} W{s}O(h^2 + 1) = {rhs}$$\n"


@pytest.mark.parametrize("script", ["_", "^"])
@pytest.mark.parametrize(("rhs", "verdict"), [("2 W{s}O h", "PROVED"), ("W{s}O h", "FAILED")])
def test_a_scripted_o_before_a_bracket_is_checked(script: str, rhs: str, verdict: str) -> None:
    verdicts = verdicts_by_line(_NOTE.format(s=script, rhs=rhs.format(s=script)))
    assert verdicts.get(5) == [verdict], verdicts


def test_big_o_itself_is_still_left_unread() -> None:
    verdicts = verdicts_by_line("# Costs\n\n$$O(n^2) + O(n) = O(n^3)$$\n")
    assert verdicts.get(3) == ["SKIPPED"], verdicts
