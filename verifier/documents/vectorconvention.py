r"""The orientation of vectors the prose states for the whole notes: "All vectors are column vectors."

A context may declare ``vectors: columns`` (or ``rows``): the declared orientation is then the literal reading
and the other is never tried (documents.orientation). Notes say the same in words — "All vectors are column
vectors", "we write vectors as rows", "Vectors are row vectors in these notes" — and were not heard: after
"All vectors are column vectors" the product ``x A`` made x a row (documents.shapes: a vector written before a
matrix), so ``x A = (A^T x^T)^T``, true only for rows, was PROVED. This module owns reading that sentence:
:func:`stated_vectors` gives "columns" or "rows" when the prose states one of them for vectors in general (a
statement about all, every, our or plain "vectors", without a negation), and nothing where it states both.
The reader sets it as the scope's convention unless a context declares one (documents.reader.scope_for).
"""

from __future__ import annotations

import functools
import re

__all__ = ["stated_vectors"]

_KIND = r"(column|row)(?:\s+vectors?|s)?\b"
_STATED = re.compile(
    r"\b(?<!row\s)(?<!column\s)(?:(?:all|every|our)\s+)?vectors\s+(?:in\s+these\s+notes\s+|here\s+|throughout\s+)?(?:are|will\s+be)\s+"
    r"(?:always\s+|taken\s+(?:to\s+be|as)\s+|written\s+as\s+|treated\s+as\s+)?(?:\$[^$]*\$\s+)?" + _KIND
    + r"|\bevery\s+vector\s+is\s+(?:a\s+)?" + _KIND
    + r"|\bwe\s+(?:write|treat|take|use|represent)\s+(?:all\s+)?vectors\s+as\s+" + _KIND,
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|unless|except|no)\b", re.IGNORECASE)
# "in NumPy, vectors are row vectors", "in some textbooks", "in the code below": how others write them (review31a)
_ELSEWHERE = re.compile(
    r"\b(?:in|with|for|by)\s+(?:numpy|pytorch|torch|tensorflow|jax|python|matlab|julia|code|the\s+code|software|"
    r"(?:some|other|many|most|several)\s+(?:texts?|textbooks?|books?|papers?|libraries|courses|sources|references))\b"
    r"|\b(?:some|other|many|most)\s+(?:authors|texts|textbooks|books|papers|libraries)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16)
def stated_vectors(text: str) -> str | None:
    """"columns" or "rows" where the prose states that orientation for vectors in general, else None. A
    function of the text alone, scanned once per text (the reader asks it for every chain's scope, docspeed19)."""
    found = set()
    for m in _STATED.finditer(text):
        # not sentences.MARK_SPACE: no blank line (an 80-character window before the convention's words)
        sentence = re.split(r"[.!?]\s", text[max(0, m.start() - 80) : m.start()])[-1] + m.group(0)
        if _NEGATED.search(sentence) or _ELSEWHERE.search(sentence):
            continue
        kind = next(g for g in m.groups() if g)
        found.add("columns" if kind.lower() == "column" else "rows")
    return found.pop() if len(found) == 1 else None
