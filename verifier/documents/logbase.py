r"""``\log`` without a base, read in base 2 or base 10 where the notes' numbers say so.

Machine-learning notes mean the natural logarithm by ``\log``, and so does the checker. Information
theory writes ``\log`` for the binary logarithm ("the entropy of a fair coin is $-\frac12\log\frac12 -
\frac12\log\frac12 = 1$ bit"), and some books write it for the common one ("$\log 1000 = 3$"). Read
with the natural logarithm such a step FAILED: a false alarm under a plausible reading. This module
owns the two other readings (:func:`log_bases`: which of them may be tried for a chain, and
:func:`in_base`: the rewriting), tried by :mod:`verifier.documents.doubts` only when the literal
reading fails, and reported with the step:

* for a chain of numbers only (worked values: no name but a member that is one name alone), both:
  a number that comes out exactly under another base and not under the natural one is no coincidence
  a student makes — unless the prose says its ``\log`` is the natural one ("natural logarithm", "nats",
  "base $e$", "$\log = \ln$"): then only a base the prose also states;
* for a chain with variables, only the base the notes' prose near it states ("bits", "base 2",
  "common logarithm", "base 10", "decibels"), since a formula may hold in base 2 by a factor of
  ``\ln 2`` a student wrote wrongly.

A chain that writes ``\ln``, ``\exp``, ``e^``, or an explicit base (``\log_2``) says which logarithm it
means and is left as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

__all__ = ["bare_log", "in_base", "log_bases"]

_BARE = re.compile(r"\\log(?![A-Za-z])(?!\s*_)")
_NATURAL = re.compile(r"\\ln(?![A-Za-z])|\\log\s*_|\\exp(?![A-Za-z])|(?<![A-Za-z\\])e\s*\^")
# "bits" as a unit ("in bits", "$1$ bit", "3 bits", "bits per symbol", "bits of information"), not "a bit",
# "a few bits of algebra" (review32a: those made log(2x) = log x + 1 PROVED)
_BITS = re.compile(r"(?:\d|\$|\b(?:in|of|one|two|single|many|zero|half\s+a)\s)\s*bits?\b"
                   r"(?!\s+of\s+(?!information|entropy|uncertainty))|"
                   r"\bbits?\s+(?:per|of\s+(?:information|entropy|uncertainty))\b|"
                   r"\bbase[- ]?(?:2|two)\b|\bbinary logarithm|\blog(?:arithm)?s? (?:to )?base 2\b", re.I)
_TEN = re.compile(r"\bbase[- ]?(?:10|ten)\b|\bcommon logarithm|\bdecimal logarithm|\bdecibels?\b", re.I)
# the prose saying its \log is the natural one: then a number that comes out in base 2 or 10 is a slip, not another
# reading ("Throughout, $\log$ denotes the natural logarithm. $$\log 8 = 3$$" was PROVED in base 2: redteam28)
_STATED_NATURAL = re.compile(r"\bnatural\s+(?:log|logarithm)s?\b|\blog(?:arithm)?s?\s+(?:\w+\s+){0,2}base\s*\$?\s*e\b|"
                             r"\bnats\b|\\log\s*\$?\s*(?:=|\\equiv|is|means|denotes)\s*\$?\s*\\ln(?![A-Za-z])", re.I)
#: how far (in lines) from a chain the prose may state the base
NEAR_LINES = 40

BASE_NOTES = {2: r"\log in base 2 (the binary logarithm)", 10: r"\log in base 10 (the common logarithm)"}


def bare_log(latex: str) -> bool:
    r"""Does ``latex`` write ``\log`` without a base, and no other sign of the natural logarithm?"""
    return bool(_BARE.search(latex)) and not _NATURAL.search(latex)


def log_bases(latexes: Iterable[str], trees: Iterable[sp.Basic], prose: str) -> list[int]:
    """The bases to try for a chain whose members are ``latexes`` (read as ``trees``), with the notes'
    ``prose`` near it: both for numbers alone, else the one the prose states; none where a member writes
    the natural logarithm otherwise or no member writes a bare ``\\log``."""
    latexes = list(latexes)
    if not any(bare_log(s) for s in latexes) or any(_NATURAL.search(s) for s in latexes):
        return []
    numbers = all(not t.free_symbols for t in trees if not isinstance(t, sp.Symbol | sp.Indexed))
    numbers = numbers and not _STATED_NATURAL.search(prose)  # the notes' own word: only a base they state then
    return [b for b, said in ((2, _BITS), (10, _TEN)) if numbers or said.search(prose)]


def in_base(tree: sp.Basic, base: int) -> sp.Basic:
    """``tree`` with each natural logarithm ``log(u)`` read as ``log(u)/log(base)``."""
    return tree.replace(lambda e: isinstance(e, sp.log) and len(e.args) == 1,
                        lambda e: sp.log(e.args[0]) / sp.log(base))  # fmt: skip
