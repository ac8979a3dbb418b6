r"""The reading "C held fixed and h defined from it" (documents.heldinverse, cover65) reaches only the chains that go on
with the fixed quantity (redmid65, on cover65 822cd097).

"A pen costs $C = 3wh$. For a fixed cost, substituting $h = C/(3w)$, …" makes C the independent quantity for the
perimeter written with C. The reading was offered to every later chain of the document: a second problem's sheet,
"area $A = wh$", whose wrong rate ``\partial A/\partial w = 0`` (it is h at a fixed height) was PROVED "when read
with C held fixed and h defined from it (line 5)" — a cost that problem never mentions — and in the same section
``\frac{d}{dw}(wh) = 0`` under "At a fixed height" too. On the base both are SKIPPED (never green). A chain that
neither writes C nor reaches a definition that writes it is no step of the fixed-cost computation. Every note is
written here.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_GREEN = {"PROVED", "PASSED"}

_PEN = (
    "# Problem 1\n\nA pen of width $w$ and height $h$ costs $C = 3wh$.\n\n"
    "For a fixed cost, substituting $h = C/(3w)$, the perimeter is a function of $w$ alone,\n\n"
    "$$P(w) = 2w + \\frac{2C}{3w}$$\n\n"
)


@pytest.mark.parametrize(
    "rest",
    [
        "# Problem 2\n\nA sheet of width $w$ and height $h$ has area $A = wh$. Widening it at a fixed height changes "
        "the area at the rate\n\n$$\\frac{\\partial A}{\\partial w} = 0$$\n",
        "At a fixed height the area grows as\n\n$$\\frac{d}{dw}(w h) = 0$$\n",
    ],
)
def test_a_chain_without_the_fixed_quantity_is_not_read_with_it_held(rest: str) -> None:
    text = _PEN + rest
    by_line = verdicts_by_line(text)
    last = max(by_line)
    assert not _GREEN & set(by_line[last]), by_line


def test_the_perimeter_written_with_the_cost_keeps_the_reading() -> None:
    text = _PEN + "and its slope is\n\n$$\\frac{dP}{dw} = 2 - \\frac{2C}{3w^2}$$\n"
    by_line = verdicts_by_line(text)
    assert _GREEN & set(by_line[max(by_line)]), by_line
