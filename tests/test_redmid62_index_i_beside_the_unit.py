r"""Notes that say "$i$ the imaginary unit" in one section and run $i$ as a count in another: a right step about the
count is not FAILED, a wrong one not lost.

redmid62 (red team of stop 62; gaps62 407cb443/fd4e4c52, imaginaryunit read by the reader where the notes say what
i is): once the notes say i is the imaginary unit, every chain that indexes nothing with i is read with the unit
alone, even in a section that says "at step $i = 1, \dots, n$": ``|i|^2 = i^2`` and ``|i| = i`` (right for a count)
were FAILED, and ``\sum_{k=1}^{i} k = \frac{i(i-1)}{2}`` (wrong) was SKIPPED "the upper bound must be a concrete
integer, got I". Where the notes give i both meanings, the unit is one more reading (FAILED only where both
fail, as for a plain i the notes say nothing of). Every example is written here."""

from __future__ import annotations

import textwrap

from support import verdicts_by_line

_NOTE = textwrap.dedent(r"""
    # Complex numbers

    Let $i$ denote the imaginary unit, so $i^2 = -1$.

    # Counting

    At step $i = 1, \dots, n$ the learner has seen $i$ samples.

    $$|i|^2 = i^2$$

    $$|i| = i$$

    $$\sum_{k=1}^{i} k = \frac{i(i+1)}{2}$$

    $$\sum_{k=1}^{i} k = \frac{i(i-1)}{2}$$
    """).lstrip("\n")


def test_a_right_step_about_the_count_i_is_not_failed() -> None:
    got = verdicts_by_line(_NOTE)
    assert got[9] != ["FAILED"], got
    assert got[11] != ["FAILED"], got
    assert got[13] in (["PROVED"], ["PASSED"]), got


def test_a_wrong_sum_up_to_the_count_i_still_fails() -> None:
    got = verdicts_by_line(_NOTE)
    assert got[15] == ["FAILED"], got
