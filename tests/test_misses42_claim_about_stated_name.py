r"""A worked value of a stated name's square is a claim about it, not a new definition (misses42).

"Let $x = 1.5$" then ``$$x^2 = 2.25$$`` was read as the variance-like definition ``x := \sqrt{2.25}``: reported
"defines x", it cut the stated value off, so a wrong ``x^2 = 2.5`` and ``x^2 + 1 = 3.5`` after it were only SKIPPED
("writes x anew"), and a later ``x^2 = 2.2`` was judged against 2.25 instead of the data. Where the notes state a
number for the name before the line, ``x^2 = <number>`` is a claim checked at that value."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_NOTE = "# Square\n\nLet $x = 1.5$.\n\n$$x^2 = FIRST$$\n\n$$x^2 + 1 = SECOND$$\n"


def _note(first: str = "2.25", second: str = "3.25") -> str:
    return _NOTE.replace("FIRST", first).replace("SECOND", second)


def test_the_square_of_a_stated_name_is_checked_at_its_value() -> None:
    lines = verdicts_by_line(_note())
    assert lines[5] == ["PROVED"], lines  # was SKIPPED "defines x"
    assert lines[7] == ["PROVED"], lines


@pytest.mark.parametrize(("first", "second", "line"), [("2.5", "3.25", 5), ("2.25", "3.5", 7)])
def test_a_wrong_value_after_it_is_failed(first: str, second: str, line: int) -> None:
    lines = verdicts_by_line(_note(first, second))
    assert lines[line] == ["FAILED"], lines  # was SKIPPED (a new meaning of x, or against x := √2.25)


def test_a_square_of_a_name_with_no_stated_value_still_defines_it() -> None:
    lines = verdicts_by_line("# Spread\n\n$$\\sigma^2 = 0.25$$\n\n$$2\\sigma = 1$$\n")
    assert lines[3] == ["SKIPPED"], lines  # defines σ, as before
    assert lines[5] == ["PROVED"], lines
