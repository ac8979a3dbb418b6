r"""Names a display uses and the sentence right after it defines: "where $B_1 = \exp(W)$, …".

Notes often write a display first and say what its new names mean just after it::

    $$ B = softmax(W) = \exp(W) \odot (\ldots) = B_1 \odot (B_3 \mathbf{1}_n^T) = B_1 \odot B_4 $$

    Where $B_1 = exp(W)$, $B_2 = B_1\mathbf{1}_n$, $B_3 = B_2^{-1}$, and $B_4 = B_3\mathbf{1}_n^T$.

A definition of the notes otherwise holds from its line on, so the display before it would read
``B_1`` as an entry of ``B`` (and be SKIPPED: "one index is not enough"). A reader takes such a
"where" sentence as part of the display it follows, and so one that goes on with "using (the fact) that"
("$$… \Rightarrow \phi = \frac{m_1}{m},$$ using that $m = m_0 + m_1$.", asis69). This module owns recognising
it: the inline definitions of a sentence that *starts* with "where" right after a display, in
the same sentence as that opening word, also hold for the chains of that display. The reader's
scope (``reader.scope_for``) asks :func:`display_before` once per inline definition.

The same holds inside one sentence of prose: ``$\frac{\partial \hat y}{\partial z} = \hat y(1-\hat y)$
with $z = w^\top x + b$`` (or ", where $z = …$"): the definition right after an inline claim, joined to
it by "where"/"with", holds for that claim (:func:`inline_claim_before`). After a display a sentence
may go on with a lower-case "with" (the display ended with a comma); "With …" opens a new one.

A hypothesis (``where $Ax = 0$``, ``proseconditions._where``) is a different thing: an equation that restricts
the steps; it is still read as one where it is one (its left side is no name the notes define).
"""

from __future__ import annotations

import re

from verifier.documents.prosewords import other_languages
from verifier.documents.sentences import DOLLAR_SPAN as _INLINE_MATH
from verifier.documents.sentences import STOP_MARK as _SENTENCE_END

__all__ = ["display_before", "inline_claim_before"]

# "where" opens such a sentence, and a lower-case "with" goes on with the display's ("$$…,$$ with $z = …$");
# "With the label written as $c$, $L = -\log p_c$" starts a new topic
# (and the words notes in other languages write for them: "wobei", "où", "其中", "mit", "avec": documents.prosewords)
# "$$… \Rightarrow \phi = \frac{m_1}{m},$$ using that $m = m_0 + m_1$." names m as "where" does (asis69): lower-case
# only, the display's sentence going on ("Using that …, we get" opens a sentence about the display after it)
_OPENING = re.compile(r"^[\s,:;>*-]*(?:(?i:where|" + other_languages("where") + ")|with|" + other_languages("with")
                      + r"|using\s+(?:the\s+fact\s+)?that)(?![A-Za-zÀ-ÿ])")  # fmt: skip
# the end of an inline claim and the connective before the definition: "$…$ with ", "$…$, where "
_JOINED = re.compile(r"\$(?P<claim>[^$]*=[^$]*)\$\s*[,，]?\s*(?:where|with|" + other_languages("where", "with")
                     + r")\s*$")  # fmt: skip
_CLOSING = re.compile(r"^[ \t>]*(?:\$\$|\\\]|\\end\{[^{}]*\})[ \t]*$", re.M)


def display_before(text: str, pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """``(first line, last line)`` of the display whose "where" sentence holds the inline formula
    starting at offset ``pos`` of ``text``, or None when the formula is not in such a sentence.
    ``spans`` are the displays' (first line, last line), 1-based."""
    line = text.count("\n", 0, pos) + 1
    before = [s for s in spans if s[1] < line]
    if not before:
        return None
    start, end = max(before, key=lambda s: s[1])
    offset = 0
    for _ in range(end):  # the offset of the line after the display
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return None
    between = _CLOSING.sub("", text[offset:pos])  # the display's closing delimiter may follow its span
    if "$$" in between or not _OPENING.match(between):
        return None
    if _SENTENCE_END.search(_INLINE_MATH.sub(" ", between)):
        return None  # "Where … . Then $x = …$": a later sentence, holding from its line on
    return start, end


def inline_claim_before(text: str, pos: int) -> tuple[int, int] | None:
    """``(line, line)`` of the inline claim the definition starting at offset ``pos`` of ``text`` is
    joined to by "where"/"with" in the same sentence ("$…$ with $z = …$"), or None."""
    start = max(0, pos - 400)
    m = _JOINED.search(text[start:pos])
    if m is None:
        return None
    line = text.count("\n", 0, start + m.start()) + 1
    return line, line
