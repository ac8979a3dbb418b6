r"""A sum to an open size whose bracket turns past the sizes checked is not green (redteam37).

``\sum_{i=1}^{n} [i = 41] = 0`` (false from n = 41) was PROVED by ``verify doc``: n is read as a size and checked
at 3, 4 and 5, where the bracket is 0 at every index; SymPy does not close the sum and a comparison inside a
summand was read as a position. ``\sum_{i=1}^{n} [i > 70]\, i = 0`` alike. Such a step is now SKIPPED, said why;
a bracket the checked sizes reach, or one with a name, is checked as before. Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps


def _verdicts(display: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(f"# Sums\n\n$${display}$$\n")]


@pytest.mark.parametrize(
    "display",
    ["\\sum_{i=1}^{n} [i = 41] = 0", "\\sum_{i=1}^{n} [i > 70] i = 0", "\\sum_{k=1}^{K} [k \\le 50] = K"],
    ids=["equal", "greater", "at-most"],
)
def test_a_bracket_past_the_sizes_checked_is_not_green(display: str) -> None:
    assert _verdicts(display) == ["SKIPPED"]


@pytest.mark.parametrize(
    "display, verdict",
    [("\\sum_{i=1}^{n} [i = 1] = 1", "PROVED"), ("\\sum_{i=1}^{n} [i = 2] = 2", "FAILED"),
     ("\\sum_{k=1}^{K} [k = y] \\log p_k = \\log p_y", "PROVED"), ("\\sum_{i=1}^{50} [i = 41] = 1", "PROVED")],
    ids=["reached", "reached-wrong", "a-name", "numbers"],
)
def test_other_brackets_are_checked_as_before(display: str, verdict: str) -> None:
    assert _verdicts(display) == [verdict]
