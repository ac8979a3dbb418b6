r"""A function's value written with its argument at a point the sentence names: not a new meaning of it.

A note defines ``h(x)`` by cases, then says "At $|x| = c$ both pieces give $h(x) = c^2$": the value of the function
where the pieces meet. documents.inlinedefinitions learned the inline ``h(x) = c^2`` as a new definition of h — the
constant c² for every x — so a right worked value after it (``h(1) = 1`` with c = 2) was FAILED against 4.
documents.casevalues reads a case ``v = c`` after "at"; a point written otherwise (``|x| = c``, ``x = \pm c``) was no
case. This module owns telling such a formula (:func:`value_at_a_point`): its sentence names a point or region with
a formula (a relation) after "at", "where" or "when" before it, and its left side is a call of a function the notes
defined before. The reader does not learn it (the function keeps its definition); the formula itself is reported,
SKIPPED (:data:`AT_A_POINT`), not checked: the point is not read as a condition (sound54: dropped, a wrong ``h(x) =
c^3`` there made no step at all).

The bare name (fresh47's Tukey "both pieces give $\rho = c^2/6$") is left as it was: learned, it retires the
function for the lines after it (SKIPPED "function rho is not defined"); read as the function, the note's later
steps on the inner piece (``\psi(r)/r = (1 - r^2/c^2)^2 \quad (|r| \le c)``, ψ′ in a section that does not restate
the region) were FAILED outside it — conditions the checker does not read yet (gaps53, tried and left).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verifier.documents.sentences import SENTENCE_END

__all__ = ["AT_A_POINT", "value_at_a_point"]

#: the SKIPPED message of such a formula
AT_A_POINT = ("a value of {lhs} at the point or region its sentence names: the checker does not read that point as a "
              "condition, so the claim is not checked ({lhs} keeps the notes' definition)")

# "At $|r| = c$ both pieces give", "where $x = \pm c$", "when $|x| \ge 1$": a point or region written as a formula
_AT_FORMULA = re.compile(r"\b(?:at|where|when)\s+\$([^$]+)\$", re.IGNORECASE)
# the left side: a call of a name at names, as the function was defined (``h(x)``, ``\rho(r)``; not ``\rho(1)``, a
# worked value the notes claim)
_HEAD = re.compile(r"\s*(\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*)?\(\s*(?:\\?[A-Za-z]+\s*,?\s*)+(?:\\right\s*)?\)\s*$")


def value_at_a_point(prose: str, lhs: str, is_function: Callable[[str], bool]) -> bool:
    """Is the inline ``lhs = …`` right after ``prose`` (which ends where the formula starts) a value of a function
    the notes defined (``is_function``: is this LaTeX name one?) at a point its sentence names?"""
    head = _HEAD.match(lhs)
    if head is None:
        return False
    ends = list(SENTENCE_END.finditer(prose))
    sentence = prose[ends[-1].end() :] if ends else prose
    points = [f.group(1) for f in _AT_FORMULA.finditer(sentence)]
    if not any(re.search(r"=|<|>|\\(?:le|ge|leq|geq|pm)(?![A-Za-z])", p) for p in points):
        return False
    return is_function(head.group(1))
