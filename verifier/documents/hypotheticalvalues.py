r"""A value the prose only supposes, in a sentence that says what would happen: no claim of the notes.

"Let $x = 10$, $y = 9$ and $d = x^2 - y^2$. … If for instance we had $d = 7$, it would change the factors": the
inline ``d = 7`` is the premise of a counterfactual, not a value the notes state of their d (d = 19), so it is not
checked against d's definition (documents.inlinerestated; alarm71). A formula is such a premise when the sentence
before it opens a supposition ("if", "suppose", "imagine", "had we", "were we", "say we had") with no "then",
"would", "could" or "might" between the opener and the formula (a consequence, "we would get $d = 7$", stays a
claim), and the sentence says what would happen ("would", "were", "had", "could", "might"). Apart from
documents.renewednames (which decides whether the sentence renews the name: it does not) because this reads
whether the formula is a claim at all.

A formula after such a premise in the same sentence is its consequence ("If we had $d = 7$, then $d + 1 = 8$ would
hold": :func:`hypothetical_consequence`): true or false in the supposition, not at the notes' d = 19, so it is
reported, not checked (documents.inlineclaims; red72 — at d = 19 the right ``8`` was FAILED, a wrong ``20`` PROVED)."""

from __future__ import annotations

import re

from verifier.documents.sentences import DOLLAR_SPAN, SENTENCE_END_OR_DISPLAY, formulas_blanked

_STOP = SENTENCE_END_OR_DISPLAY
_OPENER = re.compile(
    r"(?<!only\s)(?<!even\s)\b(?:if|suppose|supposing|imagine|had\s+we|were\s+we|what\s+if)\b", re.IGNORECASE)
_IFF = re.compile(r"\bif\s+and\s+only\s+if\b|\biff\b", re.IGNORECASE)  # a condition, no supposition
_CONSEQUENCE = re.compile(r"\b(?:then|would|could|might|gives?|yields?|get|obtain)\b", re.IGNORECASE)
_WOULD = re.compile(r"\b(?:would|were|could|might)\b", re.IGNORECASE)
_HAD = re.compile(r"\b(?:had|were)\b", re.IGNORECASE)  # "If we had $d = 7$", "If $d = 7$ were": only in the premise



# a formula of the if-clause, then its comma and the main clause's words (not "$x = 1$, $y = 2$", "…, say, …")
_CLAUSE_CLOSED = re.compile(r"\$\s*,\s*(?!(?:and|or|say|for\s+instance|for\s+example)\b)[A-Za-z]", re.IGNORECASE)


def hypothetical_premise(text: str, start: int, end: int) -> bool:
    """Is the inline formula at ``text[start:end]`` the premise of a sentence that says what would happen?"""
    before = formulas_blanked(text[text.rfind("\n\n", 0, start) + 1 : start])  # from the paragraph's start: $ pair up
    stops = list(_STOP.finditer(before))
    head = before[stops[-1].end() :] if stops else before
    after = formulas_blanked(text[end : text.find("\n\n", end) % (len(text) + 1)])
    stop = _STOP.search(after)
    tail = after[: stop.start()] if stop else after
    head = _IFF.sub(lambda m: " " * len(m.group(0)), head)
    openers = list(_OPENER.finditer(head))
    if not openers or _CONSEQUENCE.search(head[openers[-1].end() :]):
        return False
    if _CLAUSE_CLOSED.search(text[start - len(head) + openers[-1].end() : start]):
        return False  # "If $x = 1$, the slope is $f'(1) = 5$": the if-clause ended at its comma (red72)
    opened = head[openers[-1].start() :]
    return bool(_WOULD.search(opened + " " + tail) or _HAD.search(opened) or _HAD.match(tail.lstrip()))


#: why a consequence of a supposed value is reported, not checked (documents.inlineclaims)
CONSEQUENCE = ("a consequence of a value the sentence only supposes ({premise}): it is not checked at the values the "
               "notes go on with")


def hypothetical_consequence(text: str, start: int, end: int) -> str | None:
    """The premise (its formula, ``$…$``) of the sentence of the inline formula at ``text[start:end]``, where an
    inline formula before it in that sentence is the premise of a counterfactual (:func:`hypothetical_premise`)
    whose if-clause says "had"/"were" or whose sentence says "would" before the formula, and the formula itself is
    none; else None ("If $x = 1$, the slope is $f'(1) = 5$, which would …" states a claim at the case)."""
    if hypothetical_premise(text, start, end):
        return None
    paragraph = text.rfind("\n\n", 0, start) + 1
    stops = list(_STOP.finditer(formulas_blanked(text[paragraph:start])))
    sentence = paragraph + (stops[-1].end() if stops else 0)
    for m in DOLLAR_SPAN.finditer(text, sentence, start):
        if text[m.start() - 1 : m.start()] != "$" and hypothetical_premise(text, m.start(), m.end()) and (
                _HAD.search(formulas_blanked(text[sentence : m.start()]))
                or _WOULD.search(formulas_blanked(text[m.end() : start]))):
            return m.group(0)  # "If we had $d = 7$, then …", "If $d = 7$, we would get …" (not "If $x = 1$, … is")
    return None
