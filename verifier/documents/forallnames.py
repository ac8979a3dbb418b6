r"""Names the sentence leading into a display quantifies over every value: "For any numbers $a$, $b$, $c$,".

An equation between names the notes never declare may hold only for particular values of them, so the checker
(documents.guesses) SKIPs one that fails: "nothing says it is an identity". Notes that state an identity say so in
the lead-in: "For any numbers $a$, $b$, $c$," then ``(a - c)^2 = (a - b)^2 + 2(a - b)(b - c) + (b - c)^2`` (the
bias-variance notes' scalar identity). With that said, a wrong one fails for values the notes claim it for: the
step keeps its FAILED (newuser64). This module owns reading that sentence (:func:`quantified_before`): its last
sentence, up to the display, is only "for any/all/every [real] [numbers/values/scalars] $…$" with plain names (and
"we have", "then", "one has" after them); a restriction ("positive", "such that", a range ``a > 0``) or any other word
makes it say nothing here, as does a quantifier in an earlier sentence. A letter notes keep for integers (i, j, k,
l, m, n, and N, K, M, T) is quantified over the reals only where the lead says so ("real", ``\in \mathbb{R}``):
"For all $n$, we have $$(-1)^{2n} = 1$$" is an identity of integers, not FAILED at n = 1.33 (redmid64 M5).
"""

from __future__ import annotations

import re

from verifier.documents.sentences import DISPLAY_OPENER, DOLLAR_SPAN, last_sentence

__all__ = ["quantified_before"]

_SPAN = DOLLAR_SPAN.pattern
_SPANS = rf"{_SPAN}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_SPAN})*"
_LEAD = re.compile(
    r"^\s*(?:(?:and|so|thus|hence|now|recall\s+that|note\s+that)\s*,?\s*)?"
    r"for\s+(?:any|all|every|arbitrary)\s+(?:real\s+)?(?:(?:real\s+)?(?:numbers?|values?|scalars?|reals)\s+)?"
    rf"(?P<names>{_SPANS})\s*[,:]?\s*(?:(?:we\s+have|one\s+has|it\s+holds(?:\s+that)?|then)\s*[,:]?\s*)?$",
    re.IGNORECASE,
)
# a sentence's end inside Markdown emphasis, which last_sentence does not cut at: "it.** For", "it._ For"
_CLOSED = re.compile(r"[.!?][*_]+\s+")
# one plain name: a letter or a Greek letter's command (no subscript: a numbered name is an entry of something)
_NAME = re.compile(r"\s*\\?([A-Za-z]+)\s*")
# "$a, b \in \mathbb{R}$": real numbers, as "real" says
_REALS = re.compile(r"\\in\s*\\mathbb\s*\{?\s*R\s*\}?\s*$")
_REAL_WORD = re.compile(r"\breals?\b", re.IGNORECASE)
# the letters notes keep for integers (an index, a count, a size, a horizon): "for all $n$" means every integer n
_INTEGER_LETTERS = frozenset("ijklmnNKMT")


def quantified_before(prose: str) -> set[str]:
    """The names (``a``, ``lambda``) that the last sentence of ``prose`` (the text just before a display) says the
    display holds for at every real value; the empty set where it says anything else."""
    sentence = last_sentence(DISPLAY_OPENER.sub("", prose).rstrip())
    sentence = _CLOSED.split(sentence)[-1]  # "**A scalar identity.** For any …": the bold label's sentence ends
    m = _LEAD.match(sentence)
    if m is None:
        return set()
    out: set[str] = set()
    real = _REAL_WORD.search(sentence[: m.start("names")]) is not None
    for span in re.findall(_SPAN, m.group("names")):
        body = _REALS.sub("", span.strip("$"))
        real = real or body != span.strip("$")
        for item in body.split(","):
            name = _NAME.fullmatch(item)
            if name is None or (len(name.group(1)) > 1 and not item.strip().startswith("\\")):
                return set()  # "x_1", "ab", "a > 0": not a plain name
            out.add(name.group(1))
    return out if real or not out & _INTEGER_LETTERS else set()  # "for all $n$": every integer n, not every real
