r"""An equation the prose assumes ("assume that $x = Az$"): a hypothesis of the displays after it.

Proofs by induction and case arguments state a hypothesis in prose and then compute under it: "For
the inductive step, assume that $y_k = B w_k$, and use the equations above" followed by a display
that replaces ``B w_k`` by ``y_k``. Read without it, the display is an identity between unrelated
quantities. The reader already takes "where $A x = 0$" right after a chain as a hypothesis of its
steps (``proseconditions._where``, solved by ``steps._Checker._hypotheses``); this module finds the other
form, the assumption stated *before* the displays it governs, and says how far it holds:

* the words: "assume (that)", "suppose (that)", "if we assume (that)", "assuming (that)", "let us
  assume (that)" right before an inline ``$…$`` holding one equation (two members);
* not where the sentence takes it back before the words ("We do not assume that …", "Nothing lets us
  assume …": documents.symmetricprose's NEGATION), asks it ("Can we assume that $A = A^T$?") or declines it
  in a later clause ("…, but we will not"): read as hypotheses, those made a wrong step green "under the
  hypothesis";
* from the sentence on to the end of its part (:mod:`verifier.documents.parts`: the next heading,
  ``\item`` or enumerator ``(c)`` drops it);
* only for a chain that writes a name of each side of the equation (a display about other
  quantities is not under it) — decided by the caller, which parses.

The hypothesis is reported with every step it is used on ("under the hypothesis …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sympy as sp

from verifier.documents.infer import names_in
from verifier.documents.members import cut_tail
from verifier.documents.parts import part_of
from verifier.documents.sentences import MARK_OR_BLANK
from verifier.documents.symmetricprose import NEGATION, declined_after, sentence_before
from verifier.latex import LatexError
from verifier.latex.braces import split_top_equals

__all__ = ["Assumed", "assumed_for", "stated_assumptions", "written_names"]

_SAID = re.compile(
    r"\b(?:(?:if\s+we\s+|let\s+us\s+|we\s+)?assum(?:e|ing)|(?:if\s+we\s+|we\s+)?suppos(?:e|ing))\s+(?:that\s+)?"
    r"\$(?P<eq>[^$]+)\$",
    re.I,
)


@dataclass(frozen=True)
class Assumed:
    """``body`` (one equation, LaTeX) assumed at ``line`` for the chains on lines ``line``..``last``."""

    body: str
    line: int
    last: int

    @property
    def note(self) -> str:
        return f"'assume that ${self.body}$' at line {self.line}"


def stated_assumptions(text: str) -> list[Assumed]:
    """Every equation the prose of ``text`` assumes, with the lines it holds on."""
    out = []
    lines = text.split("\n")
    for m in _SAID.finditer(text):
        taken_back = NEGATION.search(sentence_before(text, m.start(), 300)) or declined_after(text, m.end())
        if taken_back or _asked(text, m.end()):
            continue  # "We do not assume that …", "Can we assume that …?", "…, but we will not."
        body = cut_tail(m.group("eq").strip())
        if len(split_top_equals(body)) != 2:
            continue  # "suppose $x > 0$", "assume $a = b = c$": not one equation
        line = text.count("\n", 0, m.start()) + 1
        out.append(Assumed(body, line, part_of(lines, line)[1]))
    return out


def _asked(text: str, end: int) -> bool:
    """Does the sentence that goes on at ``end`` end with a question mark?"""
    stop = MARK_OR_BLANK.search(text[end:])
    return stop is not None and stop.group(0) == "?"


def written_names(members: Sequence[str], parse: Callable[[str], sp.Basic]) -> set[str]:
    """The names the chain's ``members`` (LaTeX) write (a member that cannot be read writes none)."""
    written: set[str] = set()
    for src in members:
        try:
            written |= names_in(parse(src))
        except LatexError:
            continue
    return written


def assumed_for(
    assumptions: Sequence[Assumed], line: int, members: Sequence[str], parse: Callable[[str], sp.Basic]
) -> list[tuple[str, str]]:
    """The hypotheses ``(equation, where)`` of the chain on ``line`` whose ``members`` (LaTeX) write a
    name of each side of an equation assumed before it in its part."""
    here = [a for a in assumptions if a.line < line <= a.last]
    if not here:
        return []
    written = written_names(members, parse)
    out = []
    for a in here:
        try:
            sides = [names_in(parse(x)) for x in split_top_equals(a.body)]
        except LatexError:
            continue
        if all(side & written for side in sides):
            out.append((a.body, a.note))
    return out
