r"""A defined name the prose takes again as an arbitrary member of a class: "For symmetric positive definite $X$".

A homework's Problem 2 writes "Write $X = \begin{pmatrix} a & b \\ c & d \end{pmatrix}$" and works the gradient of
log det X there; Problem 3 starts "For symmetric positive definite $X$ and a fixed vector $\mathbf{y}$," and
claims ``\nabla_X(-\frac12\log\det X + \frac12\mathbf{y}^\top X\mathbf{y}) = -\frac12 X^{-1} +
\frac12\mathbf{y}\mathbf{y}^\top``. Problem 2's X, four free entries, was still X there — not symmetric — and the
right step was FAILED (its gradient is X^{-\top}). The sentence speaks of any matrix of that class: the earlier
definition says nothing of it.

This module owns that reading. :func:`class_members` finds the sentences that take a name as any member of a
class of matrices or vectors:

* "let / suppose / assume $X$ (now) be (a / an / any) <class words> …" ("Let $X$ be symmetric positive definite");
* "for / take / consider / given (a / an / any / every / all) <class words> (matrix / vector …) $X$" ("For
  symmetric positive definite $X$", "for an invertible matrix $A$");

where a class word is one of symmetric, positive (semi-)definite, invertible, nonsingular, orthogonal, diagonal,
square, full-rank, arbitrary, general, generic. Not "the", "this", "our" or "such" before the words (they point
back at the matrix the notes have), nor a sentence that keeps the meaning ("as before", "above", "the same").
:func:`set_aside_members` drops the notes' definition of the name written before such a sentence from the scope of
the lines after it in the sentence's section (documents.sizeorder.section_of); a definition written after the
sentence holds again. The class itself (symmetric) is read where the prose states it (documents.symmetricprose).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.sentences import WORD_STOP as _SENTENCE_END
from verifier.documents.sizeorder import section_of

__all__ = ["class_members", "set_aside_members"]

_WORD = (r"(?:symmetric|positive[- ](?:semi-?)?definite|invertible|non-?singular|orthogonal|diagonal|square|"
         r"full[- ]rank|arbitrary|general|generic)")
_WORDS = rf"{_WORD}(?:\s*,?\s*(?:and\s+)?{_WORD})*"
# the name alone in its formula: $X$, $\mathbf{A}$, $\Sigma$ (no subscript, no relation)
_NAME = r"\$\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?\\?([A-Za-z]+)\s*\}?\s*\$"
_FORMS = [
    re.compile(rf"\b(?:let|suppose|assume)\s+{_NAME}\s+(?:now\s+)?be\s+(?:(?:an?|any)\s+)?{_WORDS}\b", re.I),
    re.compile(rf"\b(?:for|take|consider|given)\s+(?:(?:an?|any|every|all)\s+)?{_WORDS}\s+"
               rf"(?:(?:real\s+)?(?:matrix|matrices|vector|vectors)\s+)?{_NAME}", re.I),
]
# a sentence that keeps the meaning the notes gave the name
_KEEPS = re.compile(r"\b(?:as\s+before|as\s+above|above|the\s+same|still|again|unchanged|previous|earlier)\b", re.I)


def class_members(text: str) -> dict[str, list[int]]:
    """Each name the prose of ``text`` takes as any member of a class, with the 1-based lines that say so."""
    out: dict[str, set[int]] = {}
    for form in _FORMS:
        for m in form.finditer(text):
            ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
            start = ends[-1] if ends else 0
            stop = _SENTENCE_END.search(text, m.end())
            sentence = text[start : stop.start() if stop else len(text)]
            if _KEEPS.search(sentence):
                continue
            out.setdefault(m.group(1), set()).add(text.count("\n", 0, m.start()) + 1)
    return {name: sorted(lines) for name, lines in out.items()}


def set_aside_members(scope: Scope, note_definitions: Iterable[Definition], members: dict[str, list[int]],
                      lines: list[str], line: int) -> dict[Key, str]:
    """Drop from ``scope`` each notes' definition of a name (no parameters) written before a line that takes the
    name as any member of a class, for ``line`` after that one in its section; return why, by key."""
    if not members:
        return {}
    mine = {id(d) for d in note_definitions}
    why: dict[Key, str] = {}
    for key, entry in list(scope.names.items()):
        if key[1] or not isinstance(entry, Definition) or id(entry) not in mine or entry.params:
            continue
        said = [at for at in members.get(key[0], ()) if entry.line < at <= line
                and (s := section_of(lines, at))[0] <= line <= s[1]]
        if said:
            del scope.names[key]
            why[key] = (f"the notes' definition of {display_key(key)} at line {entry.line} is set aside here: line "
                        f"{said[-1]} takes {display_key(key)} as any member of a class")
    return why
