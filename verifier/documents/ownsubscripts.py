r"""A subscripted name the notes compute from its own subscript: ``d_h = d/h`` names a quantity, no entry of d.

Shape inference reads ``x_n`` written anywhere in the notes as evidence that a bare ``x`` is a vector
(documents.docsubscripts). "A layer of width $d$ with $h$ heads of size $d_h = d/h$" writes ``d_h`` with the
subscript h that the same equation divides by: h is a quantity (the number of heads), so ``d_h`` is a name of its
own, not entry h of a vector d. Read as evidence, it made d a vector, and ``d^2 + 2\,d\,d_h + d^2 = 2d^2 +
d\,d_h`` was SKIPPED ("a differential (d before a name) is not read"), right or wrong (fresh33's MQA note).

:func:`own_subscript_bases`: the bases x whose every letter subscript s in the displays is one the notes define
``x_s = …`` by a formula writing s itself (outside a subscript), and never use as an index (summed, given a range:
``x_i = i/n`` with ``i = 1, \dots, n`` is a family). Such an x is no vector by its subscripts."""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from verifier.documents.context import text_of

__all__ = ["an_index", "own_subscript_bases"]


def _defines_from_subscript(text: str, base: str, letter: str) -> bool:
    r"""Does ``text`` write ``base_letter = …`` whose right side writes ``letter`` outside a subscript?"""
    name = re.escape(base) + r"\s*_\s*(?:\{\s*" + re.escape(letter) + r"\s*\}|" + re.escape(letter) + r"(?![A-Za-z]))"
    for m in re.finditer(r"(?<![A-Za-z\\])" + name + r"\s*=\s*([^$=,;]*)", text):
        body = m.group(1)
        if re.search(r"(?<![A-Za-z\\_{])" + re.escape(letter) + r"(?![A-Za-z])", body):
            return True
    return False


def an_index(text: str, letter: str) -> bool:
    r"""Do the notes use ``letter`` as an index somewhere: summed (``\sum_{h}``, ``\sum_h``), given a range (``h = 1,
    \dots``, ``1 \le h \le``, ``h \in \{``)?"""
    x = re.escape(letter) + r"(?![A-Za-z])"
    return re.search(r"\\(?:sum|prod|max|min)(?:\\limits)?\s*_\s*\{?\s*" + x
                     + r"|(?<![A-Za-z\\_])" + x + r"\s*=\s*[01]\s*,|\\le(?:q)?\s*" + x + r"\s*\\le"
                     + r"|(?<![A-Za-z\\_])" + x + r"\s*\\in\s*\\\{", text) is not None


def own_subscript_bases(trees: Iterable[sp.Basic], text: str) -> set[str]:
    """The bases of the subscripted names in ``trees`` whose every letter subscript the notes ``text`` compute the
    name from (``d_h = d/h``)."""
    letters: dict[str, set[str]] = {}
    for t in trees:
        for sub in sp.preorder_traversal(t):
            if isinstance(sub, sp.Indexed) and sub.indices and all(isinstance(i, sp.Symbol) for i in sub.indices):
                letters.setdefault(text_of(sub.base.label), set()).update(text_of(i) for i in sub.indices)
    return {base for base, used in letters.items()
            if len(base) == 1 and all(_defines_from_subscript(text, base, s) and not an_index(text, s) for s in used)}
