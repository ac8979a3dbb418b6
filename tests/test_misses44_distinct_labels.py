r"""Two entries of one family the notes give different values are different entries: r ≠ g (misses44, fresh33 WGAN).

``c\,s_r - c\,s_g = c(s_g - s_r)`` with s_r, s_g read as entries of one s at indices r, g holds where r = g and was
SKIPPED "a case split the notes may assume", though the notes say "For $s_r = 3$ and $s_g = 1$": entries with
different values cannot be one entry. That is a case the notes state (r ≠ g): the wrong step FAILED, the right one
PROVED; with no values, or equal ones, the case split stays SKIPPED."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = """# Two scores

Let the two scores be $s_r$ and $s_g$, and scale them by $c$:

$$c\\,s_r - c\\,s_g = c(RIGHT).$$

VALUES
"""


@pytest.mark.parametrize(("right", "verdict"), [("s_r - s_g", "PROVED"), ("s_g - s_r", "FAILED")])
def test_entries_with_different_values_differ(right: str, verdict: str) -> None:
    note = _NOTE.replace("RIGHT", right).replace("VALUES", "For $s_r = 3$ and $s_g = 1$ the gap is $2$.")
    assert verdicts_by_line(note)[5] == [verdict]


@pytest.mark.parametrize("values", ["The gap is positive.", "For $s_r = 3$ and $s_g = 3$ the gap is $0$."])
def test_without_different_values_the_case_split_stays(values: str) -> None:
    note = _NOTE.replace("RIGHT", "s_g - s_r").replace("VALUES", values)
    assert verdicts_by_line(note)[5] == ["SKIPPED"]
