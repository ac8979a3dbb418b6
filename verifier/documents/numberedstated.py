r"""The entries of a stated vector of numbers, for names that write them with a numeric subscript (``p_1``).

"Let $p = (0.5, 0.3, 0.2)$ … $0.4 \cdot 1 + 0.4 \cdot 0.25 = 0.5 = p_1$": where p is written nowhere with a
free index, ``p_1`` is read as a scalar of its own, so the stated vector (a hypothesis ``p = (0.5, 0.3, 0.2)``,
documents.statedvectors) met no name the step declares and was dropped, leaving ``p_1`` free: ``0.5 = p_1`` FAILED
at a random p_1 (fresh28's speculative decoding, a false alarm). A reader takes ``p_1`` as the first entry. This
module owns that reading: :func:`entry_hypotheses` turns such a hypothesis into one per entry (``p_{1} = 0.5``,
``p_{2} = 0.3`` …), counted from 1 — or from 0 where the notes write the name with the subscript 0 ("of classes
$0, 1, 2$, so $p_0 = 0.5$": ``p_1`` is then the second entry; gaps40), unless they also write the subscript of the
last entry counted from 1 (``p_0`` and ``p_3`` of three entries): then neither count fits every name written, and
no entry is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

__all__ = ["entry_hypotheses"]

# the name plain or bold: the plain g_2 is the second entry of a stated \mathbf{g} (fresh42)
_PLAIN = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}|(\\?[A-Za-z]+))\s*")


def entry_hypotheses(equation: str, where: str, parse: Callable[[str], sp.Basic], text: str) -> list[tuple[str, str]]:
    r"""``name = <vector of numbers>`` (``equation``, as the notes state it) as one hypothesis per entry, with its
    ``where``; none for another hypothesis or where ``text`` (the notes) writes ``name_0``."""
    name, eq, literal = equation.partition("=")
    plain = _PLAIN.fullmatch(name)
    if not eq or plain is None:
        return []
    letter = plain.group(1) or plain.group(2)
    try:
        value = parse(literal)
    except Exception:  # noqa: BLE001 - a literal the grammar refuses gives no entries
        return []
    if not isinstance(value, sp.MatrixBase) or 1 not in value.shape \
            or not all(isinstance(v, sp.Rational) for v in value):  # fmt: skip
        return []
    start = 0 if _subscripted(text, letter, 0) else 1  # p_0 written: counted from 0
    if start == 0 and _subscripted(text, letter, len(value)):
        return []  # p_0 and p_3 of three entries: neither count fits
    return [(f"{letter}_{{{k}}} = {sp.latex(v)}", where) for k, v in enumerate(value, start)]


def _subscripted(text: str, letter: str, k: int) -> bool:
    """Does ``text`` write ``letter`` with the subscript ``k`` (``p_0``, ``p_{3}``)?"""
    return re.search(re.escape(letter) + rf"(?![A-Za-z])\s*_\s*\{{?\s*{k}(?!\d)", text) is not None
