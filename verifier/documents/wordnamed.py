r"""A formula the notes derive for a quantity they named in words: a claim, not its definition.

"Write $m$ for the mean, $v$ for the variance and $\nu = \alpha + \beta$. Then $m = \alpha/\nu$, … and $v = m(1 -
m)/(\nu + 1)$, so …": the prose gave m and v their meaning in words ("the mean", "the variance"), then states what
they come to. documents.inlinedefinitions learns an inline ``$v = …$`` as v's definition — the only formula the reader
has for v — so a wrong one there (``v = m(1 - m)/\nu``, fresh44's beta-moments wrong6) made no step: the line was
green. This module owns telling such a formula (:func:`named_in_words`): its left side is a name the prose before
named in words — ``$v$ for the …`` after "write", "let $v$ be/denote the …", "denote by $v$ the …" — and its
sentence opens with a word of consequence ("Then", "So", "Hence", "Thus", "Therefore"). The reader keeps the formula
as the name's definition for the lines after it (the rest of the notes is read as before) and reports it as a step,
SKIPPED, saying what the words named: the checker cannot see what "the variance" is, so the claim is not checked,
and it is never green. A formula with no such word ("Write $s$ for the spread, $s = b - a$": it spells out the
words) or of a name never given in words defines, as before.
"""

from __future__ import annotations

import re

from verifier.documents.sentences import last_sentence

__all__ = ["named_in_words", "unchecked_reason"]

# the sentence of the formula opens with a word of consequence: "Then $m = …$", "So $v = …$"
_CONSEQUENCE = re.compile(r"\s*(?:then|so|hence|thus|therefore|it\s+follows\s+that)\b", re.IGNORECASE)
# a naming sentence: "Write …", "Let …", "Denote by …", "We write …", "call"
_NAMING_VERB = re.compile(r"\b(?:write|let|denote|call|use)\b", re.IGNORECASE)


def _naming(name: str) -> re.Pattern[str]:
    r"""``$v$ for the variance``, ``$v$ be the variance``, ``$v$ denote the variance``, ``by $v$ the variance``."""
    return re.compile(r"\$\s*" + re.escape(name) + r"\s*\$\s*(?:for|be|denotes?|stands?\s+for|by)?\s*"
                      r"(the\s+[A-Za-z][\w-]*(?:\s+(?!(?:and|or|of|with|in|on|at|to|for|by)\b)[a-z][\w-]*)?)")


def named_in_words(before: str, lhs: str) -> str | None:
    """The words that named ``lhs`` in ``before`` (the text before the formula), where the formula's sentence opens
    with a word of consequence; else None."""
    if _CONSEQUENCE.match(last_sentence(before)) is None:
        return None
    name = lhs.strip()
    if not name or "=" in name:
        return None
    for m in _naming(name).finditer(before):
        sentence = before[: m.start()].rsplit(".", 1)[-1]
        if _NAMING_VERB.search(sentence) is not None:
            return m.group(1)
    return None


def unchecked_reason(lhs: str, words: str) -> str:
    """The SKIPPED message of such a formula."""
    return (f"a formula the notes derive for {lhs.strip()}, which they named in words before ({words!r}): what the "
            "words name is not a formula the checker can read, so the claim is not checked (the lines after it read "
            f"{lhs.strip()} by it)")
