r"""The right sum of stated data is checked at the data (misses42; sound41's exactdata left it SKIPPED).

After "$p = (0.5, 0.3, 0.2)$", ``p_1 + p_2 + p_3 = 0.9`` was FAILED at the data but the right ``p_1 + p_2 + p_3 = 1``
SKIPPED "an equation between undeclared quantities": an exact number ended an identity, never read at the values.
documents.datasums reads a link of an exact number against a formula of stated names only at the values."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

from verifier.documents.datasums import on_stated_data
from verifier.latex import parse_latex

_NOTE = "# Data\n\nThe class shares are $p = (0.5, 0.3, DATA)$ and $a = 0.5$.\n\nThen $SUM$.\n\n$$SUM$$\n"


def _note(data: str = "0.2", total: str = "p_1 + p_2 + p_3 = 1") -> str:
    return _NOTE.replace("DATA", data).replace("SUM", total)


def test_a_link_on_stated_data_is_read() -> None:
    def read(left: str, right: str) -> bool:
        return on_stated_data((left, right), ["a"], ["p"], parse_latex)

    assert read("p_1 + p_2 + p_3", "1")
    assert read("2p_1 + p_2", "\\frac{13}{10}")
    assert not read("2a + p_1", "\\frac{3}{2}")  # a plain name: "at $y s = 1$" is a case (fresh27)
    assert read("1", "p_1 + p_2 + p_3")
    assert not read("p_1 + q_2", "1")  # q is stated nowhere
    assert not read("p_i + p_j", "1")  # letter indices: a formula, not the data
    assert not read("p_1 + p_2", "p_3")  # no exact number
    assert not read("\\frac{d}{da} a^2", "1")
    assert not read("544 a - 80", "0")  # an equation to solve, though a is stated (fresh28's Armijo note)


@pytest.mark.parametrize("total", ["p_1 + p_2 + p_3 = 1", "2p_1 - p_2 - p_3 = \\frac{1}{2}"])
def test_a_right_sum_of_data_is_green(total: str) -> None:
    lines = verdicts_by_line(_note(total=total))
    assert lines[5] == ["PROVED"], lines  # was SKIPPED "an equation between undeclared quantities"
    assert lines[7] == ["PROVED"], lines


def test_a_wrong_sum_of_data_is_never_green() -> None:
    lines = verdicts_by_line(_note(data="0.3"))
    assert lines[5][0] in ("FAILED", "SKIPPED") and lines[7][0] in ("FAILED", "SKIPPED"), lines
    assert verdicts_by_line(_note(total="p_1 + p_2 + p_3 = 0.9"))[5] == ["FAILED"]  # as before (exactdata)
