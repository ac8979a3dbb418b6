r"""A case the prose states on a quantity (``**Case $w > 0$.** … $$\frac{d}{dw}(\ldots + \lambda w) = w - z
+ \lambda$$``): the chain is checked with that quantity in the case's range.

Notes split a derivation of a piecewise function into cases, one bullet or paragraph each: "Case
$w > 0$: here $|w| = w$ and … $\frac{d}{dw}\big(\frac12 (w - z)^2 + \lambda w\big) = w - z + \lambda$".
The reader attaches the case to the display after it (``_Chain.conditions``), and a condition that is
not about indices made every step SKIPPED ("declare it as a domain instead"). A reader of the notes
takes the case as the domain of that derivation. This module owns that reading: a condition that is a
range of one undeclared real scalar (``w > 0``, ``w < 0``, ``0 < \alpha < 1``, ``p \in (0, 1)``, by
:func:`verifier.documents.ranges.scalar_ranges`) becomes that scalar's domain for the chain, and is
taken out of the conditions the checker evaluates at each index assignment. Any other condition
(``i = j``, ``x > y``) stays a condition, with its verdicts as before. A step that fails on the
case's domain is FAILED: it is wrong in the very case the notes state.

Only a case the prose *heads* the display with is its domain: "Case $w > 0$.", "**Case 2: $w < 0$**",
"In the case $w > 0$, …", "(a) Case $w > 0$." (after an exam part's label) — not a case named in
passing ("the case $w > 0$ is analogous", "this settles the case $w > 0$"), which is about another
display. Several ranges of one scalar are intersected; when they exclude each other (two headings in one
paragraph) none is a domain, and the conditions stay.
"""

from __future__ import annotations

import copy
import math
import re
from typing import TYPE_CHECKING

from verifier.documents.ranges import restricted, scalar_ranges

if TYPE_CHECKING:
    from verifier.documents.context import Scope
    from verifier.documents.members import _Chain

__all__ = ["case_domains"]


_WHERE = re.compile(r"'(?P<said>[^\n]*)' at line (?P<line>\d+)")
# before "Case" on its line: nothing but list, bold or item markup since the sentence began ("In the case")
_HEADING = re.compile(r"(?:^|[.!?;:]\s)\s*(?:[-*+>]\s*|\d+[.)]\s*|\\item(?:\[[^\]]*\])?\s*|#+\s*)?"
                      r"(?:(?:\*\*|__)?\(?[a-z]{1,4}\)(?:\*\*|__)?\s*)?"  # an exam part's label: (a), b), (ii)
                      r"(?:\*\*|__|\*|_|\\textbf\{|\\emph\{|\\textit\{)?\s*(?:(?:now|next|finally|then)\s*,?\s+(?:consider\s+)?the\s+|"
                      r"(?:in|for|consider)\s+the\s+)?$",
                      re.I)  # fmt: skip
# after the case: a verb makes the sentence about the case ("is analogous", "was done"), not its heading
_ABOUT = re.compile(r"\s*(?:\*\*|__|\})?\s*(?:is|are|was|were|has|have|had|follows?|works?|goes|proceeds?|looks?|"
                    r"gives?|reads?|can|will|would|should|needs?|remains?|holds?)\b", re.I)  # fmt: skip


def heads(where: str, lines: list[str]) -> bool:
    """Does the case ``where`` names ("'Case $w > 0$' at line 5", from the reader) head its sentence
    on that line of ``lines`` (the document's)? A condition from elsewhere (a context file) does."""
    m = _WHERE.fullmatch(where)
    if m is None:
        return where.startswith("context line")
    number = int(m.group("line"))
    line = lines[number - 1] if 0 < number <= len(lines) else ""
    said = m.group("said")
    at = line.find(said)
    if at < 0:
        return False
    return _HEADING.search(line[:at]) is not None and _ABOUT.match(line[at + len(said) :]) is None


def case_domains(chain: _Chain, scope: Scope, text: str = "") -> tuple[_Chain, Scope]:
    """``chain`` without the conditions that are a scalar's range stated by a case heading, and ``scope``
    with those ranges as the scalars' domains (both unchanged when there is none). ``text`` is the
    document's (where the heading is read)."""
    if not chain.conditions:
        return chain, scope  # most chains: the document's text is not split for nothing
    lines = text.split("\n")
    ranges: dict[str, list[tuple[float, float, tuple[str, str]]]] = {}
    for cond in chain.conditions:
        for name, lo, hi in scalar_ranges(cond[0].strip().rstrip(",.;:")):  # "Case $a, b > 0$": a and b
            if heads(cond[1], lines):
                ranges.setdefault(name.lstrip("\\"), []).append((lo, hi, cond))
    out = scope
    used: list[tuple[str, str]] = []
    for name, found in ranges.items():
        lo, hi = max((f[0] for f in found), default=-math.inf), min((f[1] for f in found), default=math.inf)
        if lo < hi and (narrower := restricted(out, name, lo, hi)) is not None:  # "Case $w<0$ … Case $w>0$": none
            out = narrower
            used.extend(f[2] for f in found)
    if out is scope:
        return chain, scope
    checked = copy.copy(chain)
    checked.conditions = [c for c in chain.conditions if c not in used]
    return checked, out
