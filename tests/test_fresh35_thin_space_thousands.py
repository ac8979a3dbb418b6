r"""A number whose thousands are set apart by a thin space, ``1\,281\,167`` (fresh35).

SI-style notes group the digits of a large count with ``\,`` (what ``siunitx`` prints), as others write
``1{,}281{,}167``. The reader took each group for a number of its own and ``\,`` for a space between factors, so
``\frac{1\,281\,167}{8192} = 156.4`` was read as ``1 \cdot 281 \cdot 167 / 8192`` and FAILED on a correct note.
A ``\,`` between a whole number of one to three digits (or a previous group) and exactly three digits now joins
them, as ``{,}`` does; a thin space before a letter or a shorter or longer run of digits is still a space."""

from __future__ import annotations

import re

from support import verdicts_by_line

from verifier.latex.numberwriting import typeset_number


def _number(text: str) -> str:
    m = re.match(r"\d+(?:\.\d+)?", text)
    assert m is not None
    end = m.end()
    return typeset_number(text, 0, end, len(text))[0]


def test_thin_space_groups_are_one_number() -> None:
    assert _number(r"1\,281\,167") == "1281167"
    assert _number(r"50\,000") == "50000"
    assert _number(r"250\,000.5") == "250000.5"


def test_a_thin_space_that_groups_no_thousands_is_a_space() -> None:
    assert _number(r"2\,x") == "2"
    assert _number(r"1234\,567") == "1234"  # a first group of four digits: no grouping
    assert _number(r"12\,34") == "12"  # two digits after it: no group of three
    assert _number(r"3\,1415") == "3"
    assert _number(r"0.5\,100") == "0.5"  # a decimal is no group of thousands


def test_a_grouped_count_is_checked_as_the_number() -> None:
    count = "\\frac{1\\,281\\,167}{8192}"
    note = f"# Epoch\n\n$${count} \\approx 156.4$$\n\n$${count} \\approx 15.64$$\n"
    lines = verdicts_by_line(note)
    assert lines[3] == ["PASSED"], lines
    assert lines[5] == ["FAILED"], lines
