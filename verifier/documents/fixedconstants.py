r"""Constants the notes fix before a step ("Let $A = \begin{pmatrix} 2 & 1 \\ 1 & 3 \end{pmatrix}$"): what the step
is about, not a special case it may name.

A worked example states its constants and then writes a general-looking step about the others: "Let $A = …$ (a
symmetric 2×2 matrix) and $b = …$, and $f(w) = \tfrac12 w^\top A w - b^\top w$. Then $$\nabla f(w) = A w - b$$".
A stated name that both members use (A, through f) makes the checker doubt the statement: a "where $\lambda = 0$"
may name a special case that wipes out a mistake (documents.hypotheses.special_case), so the step, false for a
general A and true at the stated one, was SKIPPED "the sentence may name a special case" (gaps68). Here nothing is
special: the notes fixed A for everything that follows, and the step holds for every w at it.

This module owns that distinction (:func:`fixed_before`). The stated values are the notes' constants when

* every one is a value stated in the notes' prose or displays (documents.stated), before the chain;
* the sentence that states each opens with a word that fixes a name (*let*, *take*, *consider*, *define*, *fix*,
  *choose*, *given*; not *for*, *at*, *in the case*, "for example": a case, a point, an illustration);
* each is an exact input, stated once (documents.exactslips.inexact_input: no rounding, no other value of the
  name anywhere in the notes, not computed);

and, the caller's part, the step keeps a free name at those values (it is still an identity, in w): a step that
the values turn into numbers on both sides holds or fails at a point, and a coincidence there (``x^3 = x^2`` at
``x = 1``) stays the special case it was (lead67's guard).
"""

from __future__ import annotations

import re
from typing import Any

from verifier.documents.exactslips import inexact_input
from verifier.documents.mathspans import formulas
from verifier.documents.stated import WHERE

__all__ = ["fixed_before"]

_LINE = re.compile(r"\(line (\d+)\)")
# the sentence's first word fixes a name ("Let", "Take", "We take", "Consider the matrix", "Given")
_FIXING = re.compile(r"^\W*(?:(?:here|now|first),?\s+)?(?:we\s+)?(?:let|take|consider|define|fix|choose|pick|given)\b",
                     re.IGNORECASE)  # fmt: skip
_NOT_FIXED = re.compile(r"\b(?:e\.g\.|for\s+example|for\s+instance|special|case|suppose|if)\b", re.IGNORECASE)
_INLINE = re.compile(r"(?<![\\$])\$(?!\$)(?:[^$\\]|\\.)*?\$")
_BOUNDARY = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n|\$\$|\\\]|\\end\{[a-z]+\*?\}")


def _sentence(text: str, line: int) -> str | None:
    """The prose of the sentence that leads into the formula of ``text`` on ``line`` (1-based), inline formulas
    written as ``$…$``, up to the formula; None where no formula runs over the line."""
    for f in formulas(text):
        if f.line <= line <= f.line + f.body.count("\n"):
            before = _INLINE.sub("$X$", text[: max(f.opens, 0)])
            cuts = [m.end() for m in _BOUNDARY.finditer(before)]
            return before[cuts[-1] if cuts else 0 :].strip()
        if f.line > line:
            break
    return None


def fixed_before(doc: Any, chain: Any) -> bool:
    """Are ``chain``'s hypotheses constants the notes fix before it (module docstring), rather than a case or a point
    its sentence may name? ``doc``: the document checker (its text, display lines and parser)."""
    hypotheses = list(chain.hypotheses)
    if not hypotheses or not all(where.startswith(WHERE) for _, where in hypotheses):
        return False
    for _, where in hypotheses:
        found = _LINE.search(where)
        if found is None or not 0 < int(found.group(1)) < chain.line:
            return False
        sentence = _sentence(doc.text, int(found.group(1)))
        if sentence is None or not _FIXING.match(sentence) or _NOT_FIXED.search(sentence):
            return False
    return inexact_input(hypotheses, doc.text, getattr(doc, "display_lines", ()), doc.parse_plain, chain.line,
                         getattr(doc, "source_text", "")) is None  # fmt: skip
