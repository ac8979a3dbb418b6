r"""``\quad\Longrightarrow\quad`` between two equations joins them as ``\Longrightarrow`` does (misses43, gaps41).

``2w - 6 = 0 \quad\Longrightarrow\quad w = 2`` was not linked: the ``\quad`` on each side of the arrow cut the row
into pieces, and the arrow's piece (empty) carried the connective, not the equations; ``w = 2`` was SKIPPED "an
equation between undeclared quantities".
Separators in a row are one now (misses42 did so, then reverted it unmeasured)."""

from __future__ import annotations

import pytest
from support import verdicts_by_line


@pytest.mark.parametrize("arrow", ["\\quad\\Longrightarrow\\quad", "\\qquad \\Rightarrow \\qquad", "\\implies"])
@pytest.mark.parametrize(("root", "verdict"), [("3", "PROVED"), ("2", "FAILED")])
def test_a_spaced_arrow_links_the_root(arrow: str, root: str, verdict: str) -> None:
    lines = verdicts_by_line(f"# Root\n\n$$2w - 6 = 0 {arrow} w = {root}$$\n")
    assert lines[3][-1] == verdict, lines


def test_two_equations_spaced_without_an_arrow_stay_apart() -> None:
    lines = verdicts_by_line("# Two\n\n$$a + b = b + a \\quad a b = b a$$\n")
    assert lines[3] == ["PROVED", "PROVED"], lines
