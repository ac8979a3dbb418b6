r"""A product of quantities that carry units: its unit is a power of theirs, which no link tracks.

:mod:`verifier.latex.units` reads a unit after a number as a label of the number, and
:mod:`verifier.documents.unitsteps` compares the numbers of a link whose sides are in one unit. That reading is
right for a sum (``2 \text{ bits} + 3 \text{ bits} = 5 \text{ bits}``) and for a number times a count
(``2 \text{ bits} \cdot 3``), not for a product or a quotient of two labelled numbers: ``2 \text{ bits} \cdot 3
\text{ bits}`` is 6 bits², ``\frac{6 \text{ bits}}{2 \text{ bits}}`` is 3 with no unit, so ``2 \text{ bits} \cdot 3
\text{ bits} = 6 \text{ bits}`` was PROVED (redteam36) though its units disagree. This module says where a side
multiplies units: a stretch between two plus or minus signs (at any depth: ``(1 \text{ bit} + 1 \text{ bit})
\cdot 2`` adds them) that writes two units or more, or a unit raised to a power (``(2 \text{ bits})^2``). Such a
link is not green: the numbers may agree, the units are not compared (SKIPPED, said why).
"""

from __future__ import annotations

import re

from verifier.latex.units import units_written

__all__ = ["multiplies_units"]

# what a sign right after is unary to: an opening bracket, an exponent or subscript, an operator
_UNARY_AFTER = re.compile(r"(?:[({\[^_+\-=*/]|\\cdot|\\times|\\left[(\[.]|\\frac|\d[eE])\s*$")
_POWER_AFTER = re.compile(r"\s*(?:\\right\s*)?[)\]]\s*\^")


def _stretches(latex: str) -> list[tuple[int, int]]:
    """The spans of ``latex`` between its binary plus and minus signs, at any depth."""
    out, start = [], 0
    for k, ch in enumerate(latex):
        if ch in "+-" and k > start and not _UNARY_AFTER.search(latex[start:k]):
            out.append((start, k))
            start = k + 1
    out.append((start, len(latex)))
    return out


def multiplies_units(latex: str) -> bool:
    """Does ``latex`` multiply, divide or raise to a power numbers that carry units (module docstring)?"""
    spans = units_written(latex)
    if not spans:
        return False
    if any(_POWER_AFTER.match(latex, end) for _, end in spans):
        return True
    return any(sum(lo <= a < hi for a, _ in spans) >= 2 for lo, hi in _stretches(latex))
