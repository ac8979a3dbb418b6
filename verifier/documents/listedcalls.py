r"""``p(x, y)``: a letter the notes apply to a list of arguments is a function, and ``p(x)`` its call.

``f``, ``g`` and ``h`` are read as functions by default; any other letter before ``(`` multiplies the bracket
(``c(x + 1)``). A bracket holding a list separated by commas is no factor, though — no number multiplies a pair —
so ``p(x, y)``, ``k(x, x')``, ``B(\alpha, \beta)`` are calls wherever they are written. Notes on independence write
``\log p(x, y) = \log p(x) + \log p(y)``: read by default, ``p(x, y)`` was a call and ``p(x)`` the product p·x in the
same step (``\log p`` times x), a reading nobody means, and the step FAILED on a correct statement. A reader takes
the list call for what it says: p is a function in these notes, and ``p(x)`` its value at x.

This module owns that evidence: a single letter (Latin, or a Greek command) written directly before a bracket whose
top level holds a comma, in the math of the line being read (:func:`verifier.documents.mathspans.formulas`; a
display's row is math as it is). The line's, not the notes': "since $p(x, y) = p(x)p(y)$" in the prose before an
entropy sum made the sum's ``p(x)`` an arbitrary function, and a step that needs Σ p(y) = 1 FAILED — not a
subscript's or a command's letter (``\in (a, b)`` is an interval), and not a bracket raised to a power or transposed
(``c(1, 2)^\top``: a scaled vector). The reader adds those letters to the functions a name before ``(`` calls, as it
does for primed calls (documents.primedcalls), unless the notes define the letter as a value or a context declares
it otherwise; a formula that writes the letter as a value there keeps it so (``primedcalls.values_here``).
"""

from __future__ import annotations

import functools
import re

from verifier.documents.mathspans import formulas
from verifier.latex.braces import bracket_end, split_top_level
from verifier.latex.vocabulary import GREEK, GREEK_VARIANTS

__all__ = ["listed_calls"]

_CALL = re.compile(r"(?<![A-Za-z\\_^])(\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*)?\(")
_RAISED = re.compile(r"\s*(?:\^|')")  # (1, 2)^\top, (a, b)^2, (u, v)': a tuple transposed, a power, a derivative


def _listed(body: str, open_at: int) -> bool:
    """Does the bracket opening at ``open_at`` of ``body`` hold a comma at its top level, and is it not raised to a
    power, primed or transposed after it closes?"""
    close = bracket_end(body, open_at)
    if close <= 0:
        return False
    listed = len(split_top_level(body[open_at + 1 : close], lambda s, k: s[k] == ",")) > 1
    return listed and _RAISED.match(body, close + 1) is None


@functools.lru_cache(maxsize=32)
def listed_calls(text: str) -> frozenset[str]:
    r"""The letters the math of ``text`` (a line: its formulas, or all of it where it has none) applies to a list of
    arguments (``p`` of ``p(x, y)``, ``phi`` of ``\phi(u, v)``)."""
    out: set[str] = set()
    for body in [f.body for f in formulas(text)] or [text]:  # a display's row is math without delimiters
        for m in _CALL.finditer(body):
            name = m.group(1).lstrip("\\")
            if len(name) > 1 and name not in GREEK and name not in GREEK_VARIANTS:
                continue  # \in (a, b), \left(: a command, no letter
            if _listed(body, m.end() - 1):
                out.add(GREEK_VARIANTS.get(name, name))
    return frozenset(out)
