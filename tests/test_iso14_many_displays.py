r"""iso14: a note of many displays is read in time linear in their number.

``iterates.Iterates`` looked for the display holding a line by walking every display, for each member
of each chain: 10,000 displays took ~30 s of CPU to read and the note came out TIMEOUT with no step
checked. The display of a line is now found once per line (counted here by the displays looked at,
not timed)."""

from __future__ import annotations

from collections.abc import Iterator

from verifier.documents.iterates import Iterates
from verifier.latex.document import MathBlock


class _Counted(list):
    looked = 0

    def __iter__(self) -> Iterator:
        for item in super().__iter__():
            _Counted.looked += 1
            yield item


def test_the_display_of_each_member_is_found_without_walking_every_display() -> None:
    n = 300
    lines = ["# Iterates", ""]
    blocks = []
    for k in range(n):
        blocks.append(MathBlock(len(lines) + 1, f"x^{{(t)}} + {k} = {k} + x^{{(t)}}", "t.md"))
        lines += [f"$$x^{{(t)}} + {k} = {k} + x^{{(t)}}$$", ""]
    text = "\n".join(lines)
    spans = _Counted((b.line, b.line) for b in blocks)
    blocks = _Counted(blocks)
    _Counted.looked = 0
    iterates = Iterates(text, spans, blocks)
    read = [iterates.member(f"x^{{(t)}} + {k}", b.line, frozenset()) for k, b in enumerate(blocks)]
    assert _Counted.looked <= 10 * n, _Counted.looked
    assert read[0] == "x^{[t]} + 0" or "x" in read[0]


def test_a_member_is_still_read_in_its_own_display() -> None:
    text = "# A\n\n$$x^{(t)} = 2$$\n\n# B\n\n$$\\sum_t x^{(t)} = 3$$\n"
    blocks = [MathBlock(3, "x^{(t)} = 2", "t.md"), MathBlock(7, "\\sum_t x^{(t)} = 3", "t.md")]
    iterates = Iterates(text, [(3, 3), (7, 7)], blocks)
    assert iterates.at(3, frozenset())[0] == "x^{(t)} = 2"
    assert iterates.at(7, frozenset())[0] == "\\sum_t x^{(t)} = 3"
    assert iterates.at(5, frozenset())[0] == ""
