r"""Whether a step's claim writes a case of its free indices itself, with an indicator.

``\frac{\partial L}{\partial z_j} = p_j + [j = y]`` after ``L = -\log p_y`` holds where j ≠ y and fails at
j = y. :mod:`verifier.documents.steps` SKIPs a step that holds at some index assignments only as "a case
split the notes may assume": notes often write the off-diagonal case (``-p_i p_j``) without saying so.
Here they said it: the Iverson bracket ``[j = y]`` (``[j \neq y]``, ``\llbracket j = y \rrbracket``,
``\mathbb{1}[j = y]``, ``\mathbb{1}_{j=y}``, ``\mathbb{1}\{j = y\}``, ``\mathbf{1}_{[j=y]}``, ``\delta_{jy}``)
is 1 in one case and 0 in the other, so the member claims both, and a failure in either is the step's
mistake, as a row of a ``cases`` environment is (:mod:`verifier.documents.writtencases`).

This module owns that one reading (:func:`indicator_pairs`, :func:`writes_indicator_case`). Only the
step's right member counts (what the step claims): an indicator the left writes and the right drops,
``p_i(\delta_{ij} - p_j) = -p_i p_j`` "off the diagonal", is the notes specialising to a case, and stays
one. A case of the pair the prose names around the display ("for the other classes, $j \neq y$") keeps
the case split too (:func:`verifier.documents.jacobiancases.case_said_around`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from verifier.documents.jacobiancases import case_said_around

__all__ = ["indicator_pairs", "writes_indicator_case"]

_REL = r"\s*(?:=|\\neq?\b|\\not\s*=|!=|≠)\s*"
# the head of a named indicator: \mathbb{1}, \mathbf{1}, \bm{1}, \boldsymbol{1}, \mathds{1}, \mathbbm{1}, \mathbb{I}
_HEAD = r"\\(?:mathbb|mathbf|bm|boldsymbol|mathds|mathbbm)\s*\{?\s*[1I]\s*\}?"
# \delta_{jy}, \delta_{j,y}, \delta_{j y}, \delta_{ij}: the subscript's two indices
_DELTA = re.compile(r"\\delta\s*_\s*\{([^{}]*)\}")


def _operand(free: set[str]) -> str:
    """A free index (longest first, not part of a longer name) or a whole number."""
    names = "|".join(re.escape(f) for f in sorted(free, key=len, reverse=True))
    return rf"(?<![\w\\])(?:{names}|\d+)(?![\w])"


def _indicators(latex: str, free: set[str]) -> list[tuple[str, str, str]]:
    """Each indicator of ``latex`` comparing a free index with another or with a number: (a, b, its text)."""
    if not free:
        return []
    op = _operand(free)
    found: list[tuple[str, str, str]] = []
    patterns = (rf"(?:\[|\\llbracket\b)\s*({op}){_REL}({op})\s*(?:\]|\\rrbracket\b)",
                rf"{_HEAD}\s*(?:_\s*)?(?:\{{\s*\\\{{|\\\{{|\(|\{{)\s*({op}){_REL}({op})")  # fmt: skip
    for pattern in patterns:
        found += [(m.group(1), m.group(2), m.group(0)) for m in re.finditer(pattern, latex)]
    for m in _DELTA.finditer(latex):
        inner = m.group(1).strip()
        parts = re.split(r"\s*,\s*|\s+", inner) if re.search(r"[,\s]", inner) else list(inner)
        if len(parts) == 2:
            found.append((parts[0], parts[1], m.group(0)))
    return [(a, b, text) for a, b, text in found if a != b and (a in free or b in free)
            and all(x in free or x.isdigit() for x in (a, b))]  # fmt: skip


def indicator_pairs(latex: str, free: set[str]) -> set[tuple[str, str]]:
    r"""The pairs (a, b) that an indicator in ``latex`` compares, a free index with another or with a
    number: a bracket ``[a = b]`` (bare, after a named indicator or in its subscript), a named indicator's
    ``\{a = b\}``, ``_{a = b}`` or ``(a \neq b)``, and the subscript of ``\delta_{ab}``."""
    return {(a, b) for a, b, _ in _indicators(latex, free)}


def writes_indicator_case(claim: str, free: set[str], prose: tuple[str, str, str], trees: Iterable[sp.Basic]) -> bool:
    r"""Does the step's right member ``claim`` write an indicator of a case of its ``free`` indices, a case
    that the ``prose`` around the display (before, its own lines, after) does not name? Then a failure at
    some index assignments only is the step's, not a case split the notes may assume. (The claim's own
    indicators are no prose naming the case: ``2[j = y]`` is taken out of the display's lines.)"""
    trees = list(trees)
    found = _indicators(claim, free)
    before, own, after = prose
    for _, _, text in found:
        own = own.replace(text, " ")
    return bool(found) and not any(case_said_around(before, own, after, trees, (a, b)) for a, b, _ in found)
