r"""docspeed72: the section and the example holding a line, found from an index of the lines' headings.

``sizeorder.section_of`` and ``partscope.example_start`` walked the notes' lines one by one from the line asked up
to the nearest heading (and down to the next one of its level), thousands of times per document: in a LaTeX
document with few headings each walk is most of the notes (dalby: 3,700 sections and 1,700 example starts asked,
1.3 million lines read). Now the headings are found once per list of lines (documents.linesmemo) and each answer
is a bisection; the answers are the walk's for every line.
"""

from __future__ import annotations

import random
import re

from verifier.documents import partscope, sizeorder
from verifier.documents.headings import heading_level


def _section_walked(lines: list[str], line: int) -> tuple[int, int]:
    """The section as the walk found it (the reference)."""
    first, level = 1, 0
    for k in range(line, 0, -1):
        if (depth := heading_level(lines[k - 1])) is not None:
            first, level = k, depth
            break
    if level == 0:
        return 1, len(lines)
    for k in range(line + 1, len(lines) + 1):
        depth = heading_level(lines[k - 1])
        if depth is not None and depth <= level:
            return first, k - 1
    return first, len(lines)


def _example_walked(lines: list[str], line: int) -> int | None:
    """The example's start as the walk found it (the reference)."""
    for k in range(min(line, len(lines)) - 1, -1, -1):
        row = lines[k]
        if partscope._EXAMPLE.match(row):
            return k + 1
        if re.search(r"\\end\s*\{example\*?\}", row) or heading_level(row) is not None:
            return None
    return None


_ROWS = ["# A", "## B", "### C", r"\section{X}", r"\subsection{Y}", r"\subsubsection*{Z}", r"\chapter{Q}", "text",
         "", "**Example 2.**", "## Example", r"\begin{example}", r"\end{example}", "  ## indented", "Example 3: go",
         "#no space", "$$x = 1$$"]  # fmt: skip


def test_every_line_gets_the_walks_answer() -> None:
    rnd = random.Random(72)
    for _ in range(1500):
        lines = [rnd.choice(_ROWS) for _ in range(rnd.randint(0, 25))]
        for line in range(-1, len(lines) + 2):
            assert partscope.example_start(lines, line) == _example_walked(lines, line), (lines, line)
            if 1 <= line <= len(lines):
                assert sizeorder.section_of(lines, line) == _section_walked(lines, line), (lines, line)


def test_a_list_changed_in_place_is_read_again() -> None:
    lines = ["# One", "text", "## Two", "text", "text"]
    assert sizeorder.section_of(lines, 4) == (3, 5)
    assert partscope.example_start(lines, 4) is None
    lines[1] = "## Example"
    lines[2] = "text"
    assert sizeorder.section_of(lines, 4) == (2, 5)
    assert partscope.example_start(lines, 4) == 2


def _long_notes() -> list[str]:
    lines = [r"\section{Setup}"]
    for k in range(400):
        lines += [f"We write $x_{k} = {k}$ here.", ""]
    return [*lines, r"\section{End}", "text"]


def test_the_headings_are_read_once_per_list(monkeypatch) -> None:
    reads = []

    def counted(row: str) -> int | None:
        reads.append(row)
        return heading_level(row)

    monkeypatch.setattr(sizeorder, "heading_level", counted)
    monkeypatch.setattr(partscope, "heading_level", counted)
    lines = _long_notes()
    for line in range(1, len(lines) + 1):
        sizeorder.section_of(lines, line)
        partscope.example_start(lines, line)
    assert len(reads) <= 2 * len(lines)  # each index reads each line once (base: 963,610 reads)
    assert sizeorder.section_of(lines, 500) == (1, len(lines) - 2)
    assert partscope.example_start(lines, 500) is None
