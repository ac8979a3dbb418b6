r"""An equation the note after a step claims: ``… \text{ (by the power rule, and } \frac{d}{dx}x^2 = 3x)`` (sound44).

latex.chains makes a ``\text{…}`` after an equation the step's note (``\text{ since …}``; lead42: a reason,
``\text{ (by …)}``, ``\text{ using …}``), and documents.notedcondition reads a relation in it after a reason or
condition word as the condition of the step. But a note may go on to claim another equation: "by the power rule,
*and* d/dx x² = 3x". Nothing checked or reported it: the step was PROVED and the wrong claim in its note had no step
(redteam43; issue 8 §2, nothing dropped silently). This module owns that reading (:func:`noted_claims`): an equation
in a note's math (outside its ``\text{…}`` groups) whose words before it end with a word that adds a claim ("and",
"also", "so", "hence", "thus", "therefore", "giving", "i.e.", "then", "similarly" …) is a chain of its own, checked
as a display's; after a reason or condition word ("since", "as", "if", "with", "using" …) it is the step's condition
(documents.notedcondition), as before.
"""

from __future__ import annotations

import re

from verifier.documents.members import _Chain, _Member, _Step
from verifier.latex.braces import split_top_equals

__all__ = ["noted_claims"]

_TEXT = re.compile(r"\\(?:text|textrm|mbox)\s*\{")
#: the words before the math that make it a claim of its own (not a condition of the step)
_CLAIM = re.compile(r"(?:\b(?:and|also|so|hence|thus|therefore|giving|gives|then|similarly|likewise|whereas|while)"
                    r"|\bi\.\s*e\.)\s*[,:]?\s*$", re.IGNORECASE)
_RELATION = re.compile(r"<|>|\\(?:le|leq|ge|geq|ne|neq|approx|to|in|sim)(?![A-Za-z])")
NOTE = "an equation the note after the step at line {line} claims (\"{words} …\"): checked as a step of its own"


def _groups(note: str) -> list[tuple[str, str]]:
    r"""``note`` as (words, math) pairs: each ``\text{…}`` group's words and the math after it, to the next group."""
    out: list[tuple[str, str]] = []
    k = 0
    while (m := _TEXT.search(note, k)) is not None:
        math_before = note[k : m.start()]
        if out:
            out[-1] = (out[-1][0], out[-1][1] + math_before)
        depth, j = 1, m.end()
        while j < len(note) and depth:
            depth += {"{": 1, "}": -1}.get(note[j], 0)
            j += 1
        if depth:
            return []
        words = note[m.end() : j - 1]
        out.append((words, ""))
        k = j
    if out:
        out[-1] = (out[-1][0], out[-1][1] + note[k:])
    return out


def _balanced(math: str) -> str:
    """``math`` without the closing brackets and punctuation the note's words opened (``… = 3x)``)."""
    math = math.strip()
    while math and (math[-1] in ".,;" or (math[-1] in ")]" and
                                          math.count(math[-1]) > math.count("(" if math[-1] == ")" else "["))):
        math = math[:-1].rstrip()
    return math


def _qualified(after: list[tuple[str, str]]) -> bool:
    """Do the note's next words, with no math after them, qualify the claim before them ("… = 0.25 at the origin)",
    "at a perfect fit"): where it holds, in words the checker does not read (sound46; a condition in math, ``for x
    < 0``, is read under it; words that start another claim, ", and", qualify nothing)?"""
    if not after:
        return False
    words, math = after[0]
    words = re.sub(r"[()\[\].,;:\s]+", " ", words).strip()
    return bool(words) and not _balanced(math) and not _CLAIM.search(words)


def noted_claims(chain: _Chain) -> list[_Chain]:
    """The chains the notes of display ``chain`` claim (module docstring), each on the chain's last line."""
    if chain.inline:
        return []
    line = max(m.line for m in chain.members)
    out: list[_Chain] = []
    for note in chain.notes:
        if not _TEXT.match(note.lstrip()):
            continue
        groups = _groups(note)
        for k, (words, math) in enumerate(groups):
            math = _balanced(math)
            if not _CLAIM.search(words) or _RELATION.search(math) or _qualified(groups[k + 1 :]):
                continue
            parts = [p.strip() for p in split_top_equals(math)]
            if len(parts) < 2 or not all(parts):
                continue
            members = [_Member(p, line) for p in parts]
            said = " ".join(words.split()[-3:])
            c = _Chain(line, members, [], notes=[NOTE.format(line=chain.line, words=said)])
            c.steps = [_Step(i + 1, i, i + 1, None, line) for i in range(len(parts) - 1)]
            out.append(c)
    return out
