r"""Words after a claim that say it holds for every value of its names: "…, whatever $N$ is".

:mod:`verifier.documents.guesses` keeps a lone equation between undeclared quantities SKIPPED, "nothing says it is
an identity (it may hold only for particular values)": it may be an equation the notes solve, and a FAILED on it
would be false. Sometimes the notes do say it, right after the claim: "the sum is $N \cdot N \cdot \frac{1}{N^2} =
1$, whatever $N$ is" (fresh30's load-balancing note, where the planted ``N \cdot \frac{1}{N^2} = 1`` stayed
SKIPPED), "… for every $n$", "for all values of $a$ and $b$". This module owns that cue (:func:`said_for_every`):
the text right after the claim opens with "whatever $X$ is" or "for every/all/any/each (value(s) of) $X$" (more
names joined by commas or "and"), each ``$…$`` holding plain names only ("for every $N > 2$" states a range, read
elsewhere) and nothing after them but the sentence's punctuation ("for all $x$ in the kernel" restricts), and the
names it gives cover every undeclared name of the step. "whatever $X$ is" ends its clause ("whatever $N$ is called
in the code" is about the name), and the rest of the sentence's prose after either cue restricts nothing ("…,
whatever $N$ is, as long as it is positive", "provided", "if", "unless", "$N > 0$" …: no cue, redteam42).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from verifier.documents.claimplace import Written, after_claim
from verifier.documents.tiednames import is_tie

__all__ = ["said_after", "said_for_every"]

_NAMES = r"\$\s*[^$]+?\s*\$(?:\s*(?:,|and|,\s*and)\s*\$\s*[^$]+?\s*\$)*"
_CUE = re.compile(
    r"^\s*[,;:]?\s*(?:—\s*)?(?:whatever\s+(?P<a>" + _NAMES + r")\s+(?:is|are|may\s+be|might\s+be)"
    r"(?=\s*(?:[.,;:!?)]|$))"  # "whatever $N$ is called in the code": about the name, no cue
    r"|(?:for|holds\s+for)\s+(?:every|all|any|each)\s+(?:(?:possible\s+)?values?\s+of\s+)?(?P<b>" + _NAMES + r")"
    r"(?=\s*(?:[.,;:!?)]|$)))",  # "for all $x$ in the kernel", "… that satisfy …": a restriction, no cue
    re.IGNORECASE,
)
_MATH = re.compile(r"\$([^$]+)\$")
_SENTENCE = re.compile(r"[.!?](?:\s|$)|\n\s*\n|\$\$|\\begin\{|\\\[")  # the sentence's prose, to a display
_RESTRICTION = re.compile(
    r"\b(?:as\s+long\s+as|so\s+long\s+as|provided|if|when|whenever|unless|except|only|positive|negative|non-?zero|"
    r"non-?negative|nonpositive|larger|smaller|greater|less|between|within|satisf\w*)\b|[<>≤≥≠]|\\(?:[lg]eq?|neq?|in)\b",
    re.IGNORECASE)
_PLAIN = re.compile(r"^\\?[A-Za-z]+$")


def said_for_every(after: str, names: Collection[str]) -> bool:
    """Does the text ``after`` a claim say it holds whatever the values of ``names`` (the step's undeclared names,
    as the reader spells them: ``N``, ``alpha``) are?"""
    m = _CUE.match(after)
    if m is None or not names or _RESTRICTION.search(_SENTENCE.split(after[m.end() :], 1)[0]):
        return False  # "…, whatever $N$ is, as long as it is positive": a range, read elsewhere (redteam42)
    said: set[str] = set()
    for math in _MATH.findall(m.group("a") or m.group("b")):
        for part in re.split(r",|\\,", math):
            part = part.strip()
            if not _PLAIN.match(part):
                return False  # "for every $N > 2$", "for all $x_i$": not a plain list of names
            said.add(part.lstrip("\\"))
    return set(names) <= said


def said_after(lines: list[str], chain: Written, after_display: str, names: Collection[str], inline: bool) -> bool:
    """:func:`said_for_every` on the text right after ``chain``: the rest of its line for an ``inline`` claim
    (``lines``: the reader's lines), ``after_display`` (the prose after its display) for a display."""
    if not names or is_tie([m.latex for m in chain.members]):  # $w_1 = w_2 = w$, for every $w$: a tie (tiednames)
        return False
    if inline:
        last = max(m.line for m in chain.members)
        text = lines[last - 1] if 0 < last <= len(lines) else ""
        return said_for_every(after_claim(text, chain) or "", names)
    return said_for_every(after_display, names)
