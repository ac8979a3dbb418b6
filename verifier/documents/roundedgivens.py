r"""Values stated with ``=`` that are roundings all the same: of a name computed before, or called approximate.

documents.stated reads every inline ``$name = number$`` of the prose as a value the notes give, exact where
documents.exactdata calls it data. Two kinds of such statements give no exact value:

* a name the notes set equal to a formula before it, in its section, then state with a number derived from it
  ("Let $p = \sigma(1)$, so $p = 0.62$."): the number is a claim about the formula (here a wrong one: σ(1) =
  0.731), rounded at best. Read as a given, ``2p = 1.24`` was PROVED (sound45; redteam44 had stopped the same
  sentence written with ``\approx``, documents.approxvalues). :func:`computed_claims` leaves such a value out of
  the values a chain is read at (the chain is SKIPPED or read at the formula), unless the words right before it
  give it as an input ("Suppose $p = 0.25$", "for $x = 2$", "with $w = 0.5$": documents.codecomputed's cue words
  and the preposition of a worked case). The statement itself is still a step of its own, checked as a claim.
* a value the sentence calls approximate ("the step size is about $\eta = 0.33$", "approximately", "roughly"):
  :func:`said_roughly` — the word right before the formula — makes it a rounding like ``\approx``
  (documents.approxvalues.rounded_names): a step PROVED at it is PASSED, a worked number far from every value it
  admits FAILED. The word must qualify the formula: "about ten steps; the rate is $\eta = 0.33$" leaves it exact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.documents.definitions import INLINE_MATH

__all__ = ["computed_claims", "said_roughly"]

# an adverb of approximation right before the formula ("about $\eta = 0.33$", "approximately equal to $")
_ROUGHLY = re.compile(r"\b(?:about|approximately|approx\.|roughly|around|nearly|circa|almost|close\s+to)"
                      r"(?:\s+(?:equal|equals)(?:\s+to)?)?\s*$", re.I)  # fmt: skip
# words that give the value as an input or a case, at most three words before the formula
_GIVEN = re.compile(r"\b(?:given|suppose|assume|assuming|let|take|set|choose|fix|pick|say|consider|if|when|for|with"
                    r"|at|where|e\.g\.|example|instance|initiali[sz]e|initially|start|starting)\b"
                    r"(?:\s+[A-Za-z]+){0,3}[\s,:]*$", re.I)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?<!e\.g\.\s)")
_SPACE = re.compile(r"[{}\s]|\\[,;:!]")


def _same(a: str, b: str) -> bool:
    return _SPACE.sub("", a) == _SPACE.sub("", b)


def _statements(text: str, name: str, number: str, line: int) -> list[int]:
    """The offsets in ``text`` of the inline formulas on ``line`` (1-based) that state ``name = number``."""
    from verifier.documents.stated import split_commas

    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return []
    start = sum(len(x) + 1 for x in lines[: line - 1])
    out = []
    for m in INLINE_MATH.finditer(lines[line - 1]):
        for piece in split_commas(m.group(1)):
            parts = piece.split("=")
            if len(parts) >= 2 and _same(parts[-1].rstrip(".,;"), number) and any(_same(p, name) for p in parts[:-1]):
                out.append(start + m.start())
                break
    return out


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence before offset ``at`` (a ``$`` opening a formula), on its own line."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    ends = [e.end() for e in _SENTENCE_END.finditer(before)]
    return before[ends[-1] if ends else 0 :]


def _given(text: str, at: int) -> bool:
    return _GIVEN.search(_sentence_before(text, at)) is not None


def computed_claims(values: Sequence[tuple[str, str, int]], text: str) -> list[tuple[str, str, int]]:
    """``values`` (name, number, line) without those that state a number for a name computed before (docstring)."""
    from verifier.documents.approxvalues import computed_before

    out = []
    for name, number, line in values:
        claims = [at for at in _statements(text, name, number, line)
                  if computed_before(text, at, name) and not _given(text, at)]  # fmt: skip
        if not claims:
            out.append((name, number, line))
    return out


def said_roughly(text: str, name: str, number: str, line: int) -> bool:
    """Does the sentence on ``line`` call the value ``name = number`` it states approximate (module docstring)?"""
    return any(_ROUGHLY.search(_sentence_before(text, at)) for at in _statements(text, name, number, line))
