r"""A name defined in one part of the notes and introduced again in another: how far the definition reaches (alarm70).

A formula definition holds from its line on, across headings: the notes' usual rule, which lecture notes rely on
(a loss defined under "Forward pass" is the loss of "Backward pass"). Notes also reuse a letter: "Let $q = a + b$"
in one section, then "Consider a coin with bias $q$" in the next. Read with the first section's q, ``\frac{d}{da}(a
q) = q`` was FAILED (red69's "Left open"); the base did the same with any letter. This module owns two bounds on
that reach:

* :func:`set_aside_reintroduced`: a definition written in another part (documents.partscope: a sibling section, an
  earlier problem; not a setup section the part belongs to) is set aside for a line whose own part introduces the
  name again in words before it — "a coin with bias $q$", "let $q$ be …", "$q$ denotes …", "where $q$ is …",
  ``$q \in (0, 1)$``, "for some $q$", "fix $q > 0$". The name is read as undefined there, as the words say.
* :class:`_DefinedElsewhere` (a mixin of the doubts): a FAILED step that reaches such a definition is re-read; where
  the scope is not clear it is SKIPPED, never FAILED — a step that fails without a set-aside definition and holds
  with it (the words may have meant the same q), and a step that fails with a definition written inside another
  problem or example (``\begin{example}``, "## Example 2", documents.partscope.across_problems) and holds without
  it (the new problem's letter may be its own); and a step that differentiates by a name the notes tied to another,
  read free (documents.aliasvariables), that holds only with the tie. A step that fails both ways stays FAILED.

Inside one part a definition reaches every later line, whatever the words say: that is the rule many notes rely on,
and a renewal in the same part is documents.renewednames' and documents.anew's.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from verifier.documents.aliasvariables import ALIASED
from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.members import _Chain
from verifier.documents.partscope import OTHER, across_problems, example_start, part_start, relation
from verifier.documents.sentences import STOP_MARK
from verifier.documents.values import ResolveError
from verifier.results import StepResult, Verdict

__all__ = ["REINTRODUCED", "_DefinedElsewhere", "reintroduces", "set_aside_reintroduced"]

#: the words of a set-aside note that say a name was introduced again (what the doubt looks for)
REINTRODUCED = "is introduced again in words at line"
_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NAME = r"\$\s*{name}\s*\$"
# words that introduce the name (inside ``$…$`` as {name}): a new object with it as its parameter, a "let … be", …
_INTRODUCING = (
    # "a coin with bias $q$", "a Bernoulli variable with parameter $q$", "an exponential of rate $q$"
    r"\b(?:a|an)\s+(?:[A-Za-z-]+\s+){{1,3}}(?:with|of)\s+(?:[A-Za-z-]+\s+){{0,2}}" + _NAME,
    r"\blet\s+" + _NAME + r"\s+(?:be|denote|stand)\b",  # "let $q$ be the bias", "Let $q$ denote"
    _NAME + r"\s+(?:denotes?|stands?\s+for)\b",  # "$q$ denotes the bias"
    r"\bwhere\s+" + _NAME + r"\s+is\s+(?:a|an|the|some|any)\b",  # "where $q$ is the bias"
    r"\b(?:for|with)\s+(?:some|any|every|each|all|a\s+(?:fixed|given))\s+(?:[A-Za-z-]+\s+){{0,2}}" + _NAME,
    r"\b(?:fix|consider|take|choose|pick)\s+(?:a\s+|an\s+|some\s+)?(?:[A-Za-z-]+\s+){{0,2}}" + _NAME + r"(?!\s*=)",
    # "take $q \in (0, 1)$", "for $q > 0$" (no value; not "since $q > 0$", a claim about the old q)
    r"\b(?:take|let|fix|for|with|where|assume|suppose|consider)\s+(?:[A-Za-z-]+\s+){{0,2}}\$\s*{name}\s*"
    r"(?:\\in|>|<|\\geq?|\\leq?|\\neq)(?![^$]*=)[^$]*\$",
)
# words that make the name general, which end a definition even in its own part ("More generally, for any $q$",
# "let $q$ now be arbitrary"): the reach of documents.generalfunctions' functions, for a quantity
_GENERAL_INTRO = (
    r"\b(?:for|with)\s+(?:any|every|each|all|an?\s+arbitrary|a\s+general)\s+(?:[A-Za-z-]+\s+){{0,2}}" + _NAME,
    r"\blet\s+" + _NAME + r"\s+(?:now\s+)?be\s+(?:any|arbitrary|an?\s+arbitrary|a\s+general)\b",
)
# words that say the old meaning is kept: "$q$ from Part 1", "the same $q$", "as before"
# ("$q$ as computed in Part 1", "where $q$ is the sum computed above", "the $q$ of Section 1": red71)
_KEPT = re.compile(r"\b(?:as\s+(?:before|above|defined|in|computed|found|obtained|derived|given)|same|from\s+(?:part|"
                   r"section|above)|(?:defined|computed|found|obtained|derived|given)\s+(?:above|earlier|"
                   r"before)|again|previous(?:ly)?|earlier|recall|"
                   r"(?:in|of)\s+(?:part|section|problem|exercise|question|step)\s*\(?\w)\b", re.IGNORECASE)
# where a sentence's clauses part: what one says of the letter the other need not ("…, but now let $q$ …")
_CLAUSE = re.compile(r";|,?\s+\b(?:but|whereas|while|however)\b", re.IGNORECASE)
# a clause that names a new object: "the bias of a new coin", "another coin", "a different coin"
_NEW_OBJECT = re.compile(r"\b(?:a\s+new|another|a\s+(?:different|second|fresh|separate|distinct))\b", re.IGNORECASE)
_SAME = re.compile(r"\bsame\b", re.IGNORECASE)


def _written(name: str) -> str:
    r"""A pattern for the name as the notes write it (``q``, ``\sigma``, ``\mathbf{w}``, ``x_1``), braces optional."""
    parts = [re.escape(c) for c in re.sub(r"[\s{}]", "", name)]
    return r"[\s{}]*".join(parts)


@functools.lru_cache(maxsize=512)
def reintroduces(prose: str, name: str, general: bool = False) -> int | None:
    """The offset in ``prose`` where words introduce the name ``name`` (as written: ``q``, ``\\sigma``) anew, or
    None (module docstring). A sentence that says the old meaning is kept ("the same $q$", "as before") is none.
    With ``general`` only words that make the name general count ("for any $q$").

    Remembered (docspeed72): :func:`set_aside_reintroduced` asks it of the same prose and name each time the scope
    of a line is read again (the chain's readings, the misfit rounds: three calls in four on the corpus), and each
    call runs up to nine patterns over a part of the notes. A prose where the name never follows a ``$`` is
    answered without them: every pattern writes the name as ``\\$\\s*{name}`` (``_NAME`` or the relation's form)."""
    written = _written(name)
    if re.search(r"\$\s*" + written, prose, re.IGNORECASE) is None:
        return None  # no pattern can match (docstring)
    for pattern in _GENERAL_INTRO if general else _INTRODUCING + _GENERAL_INTRO:
        for m in re.finditer(pattern.format(name=written), prose, re.IGNORECASE):
            start = max((e.end() for e in STOP_MARK.finditer(prose, 0, m.start())), default=0)
            end = STOP_MARK.search(prose, m.end())
            if not _kept(prose[start : end.end() if end else len(prose)], m.start() - start, m.end() - start):
                return m.start()
    return None


def _kept(sentence: str, start: int, end: int) -> bool:
    """Does the clause of ``sentence`` holding the introducing words at ``start:end`` say the old meaning is kept?
    Not words of another clause ("As in Part 1 we toss a coin, but now let $q$ denote …"), and not where the clause
    names a new object ("the bias of a new coin", "another coin"), unless it says "the same" (red72)."""
    head = max((c.end() for c in _CLAUSE.finditer(sentence, 0, start)), default=0)
    tail = _CLAUSE.search(sentence, end)
    clause = sentence[head : tail.start() if tail else len(sentence)]
    if _NEW_OBJECT.search(clause) and not _SAME.search(clause):
        return False
    return bool(_KEPT.search(clause))


def _latex_of(key: Key) -> str:
    """``key`` written as LaTeX (``\\sigma_{1}``, ``s_{1}``, ``w``)."""
    head = _line_text(key)
    return head + ("_{" + ",".join(key[1]) + "}" if key[1] else "")


def _line_text(key: Key) -> str:
    """The name of ``key`` as the notes would write it (``q``; ``\\sigma``; the head of an entry family)."""
    name = key[0]
    return name if len(name) == 1 else "\\" + name


def set_aside_reintroduced(scope: Scope, note_definitions: Iterable[Definition], text: str, lines: Sequence[str],
                           line: int) -> dict[Key, str]:  # fmt: skip
    """Drop from ``scope`` each of the notes' definitions written in another part than ``line``'s whose name the
    prose of ``line``'s part introduces again before ``line`` (module docstring); return why, by key."""
    mine = {id(d) for d in note_definitions}
    why: dict[Key, str] = {}
    for key, entry in list(scope.names.items()):
        if not isinstance(entry, Definition) or id(entry) not in mine or entry.builtin or entry.line >= line:
            continue
        apart = _apart(lines, entry.line, line)
        if apart:
            start = max(part_start(lines, line)[0], example_start(lines, line) or 1, 1)
        else:  # its own part: only words that make the name general, after the definition
            start = entry.line + 1
        prose = "\n".join(lines[start - 1 : line])
        names = {_line_text(key), key[0]}
        at = min((x for n in names if (x := reintroduces(prose, n, general=not apart)) is not None), default=None)
        if at is None:
            continue
        said = start + prose.count("\n", 0, at)
        if said <= entry.line:
            continue
        del scope.names[key]
        scope.inferred.pop(key, None)
        where = "in another part than its definition" if apart else "after its definition"
        why[key] = (f"{display_key(key)} {REINTRODUCED} {said}, {where} at line {entry.line}: that definition is not "
                    "carried here")
    return why


def _elsewhere(lines: Sequence[str], defined: int, line: int) -> bool:
    """Is a definition at 1-based ``defined`` another problem's or another example's for a step at ``line``: a new
    problem starts between them, or the definition is inside an example the step is not in?"""
    if across_problems(lines, defined, line):
        return True
    own = example_start(lines, defined)
    return own is not None and example_start(lines, line) != own


def _apart(lines: Sequence[str], defined: int, line: int) -> bool:
    """Is a definition at ``defined`` in another part than ``line`` (documents.partscope), or another example's?"""
    return relation(lines, defined, line) == OTHER or _elsewhere(lines, defined, line)


class _DefinedElsewhere:
    """The doubt of a step read with or without a definition of another part (a mixin of the checker: it uses its
    ``note_definitions``, ``lines``, ``_step_reach``, ``_infer`` and ``_demote``)."""

    note_definitions: list[Any]
    lines: list[str]
    _step_reach: Any
    _demote: Any
    _infer: Any

    def _defined_elsewhere(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        """FAILED steps re-read (module docstring): with a definition the words set aside, and without a definition
        of another problem or example; a step that holds so is SKIPPED."""
        from verifier.documents.steps import _Checker  # (steps reads the scopes this module bounds)

        out = list(steps)
        mine = {id(d) for d in self.note_definitions}
        back: dict[Key, Definition] = {}
        tied: dict[Key, Definition] = {}
        for key, why in scope.set_aside.items():
            if REINTRODUCED in why or ALIASED in why:
                earlier = [d for d in self.note_definitions if d.key == key and d.line <= chain.line]
                if earlier:
                    (back if REINTRODUCED in why else tied)[key] = max(earlier, key=lambda d: d.line)
        away = {key: e for key, e in scope.names.items() if isinstance(e, Definition) and id(e) in mine
                and not e.builtin and e.line < chain.line and _elsewhere(self.lines, e.line, chain.line)}  # fmt: skip
        for keys, restore, note in (
            (back, True, "holds with the meaning {where} had in another part of the notes, and fails without it "
                         "(the words that introduce it here may mean the same)"),
            (away, False, "holds with {where} read without the definition another problem or example gives it, and "
                          "fails with it (which meaning this part uses is not said)"),
        ):  # fmt: skip
            failing = [k for k, r in enumerate(out) if r.verdict is Verdict.FAILED]
            if not failing or not keys:
                continue
            todo = [k for k in failing if {key[0] for key in keys} & self._step_reach(chain, k, scope)]
            if not todo:
                continue
            alt = scope.copy()
            for key, d in keys.items():
                if restore:
                    alt.names[key] = d
                else:
                    alt.names.pop(key, None)
                    alt.inferred.pop(key, None)
            try:
                alt = self._infer(chain, alt) if not restore else alt
                asked = {chain.steps[k].index for k in todo}
                res = _Checker(self, chain, alt, asked, frozenset(asked)).run()  # only whether they hold
            except ResolveError:  # a reading that cannot be read clears nothing
                continue
            where = ", ".join(f"{display_key(key)} (line {d.line})" for key, d in sorted(keys.items()))
            for k in todo:
                if res[k].verdict in _GREEN:
                    out[k] = self._demote(out[k], note.format(where=where))
        return self._tied_after(chain, scope, out, tied)

    def _tied_after(self, chain: _Chain, scope: Scope, steps: list[StepResult],
                    tied: dict[Key, Definition]) -> list[StepResult]:  # fmt: skip
        r"""FAILED steps that differentiate by a tied name read free (documents.aliasvariables), checked again with
        the tie a hypothesis: the derivative taken first, the tie applied to its value (``\partial f/\partial s_1 =
        2 s_2^2`` under ``s_1 = s_2``); a step that holds so is SKIPPED, not FAILED."""
        from verifier.documents.steps import _Checker  # (steps reads the scopes this module bounds)

        failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
        if not failing or not tied:
            return steps
        again = copy.copy(chain)
        again.hypotheses = [*chain.hypotheses, *((f"{_latex_of(key)} = {d.body}",
                                                  f"the notes' tie (line {d.line})") for key, d in tied.items())]
        asked = {chain.steps[k].index for k in failing}
        try:
            res = _Checker(self, again, scope, asked, frozenset(asked)).run()
        except ResolveError:
            return steps
        out = list(steps)
        where = ", ".join(f"{display_key(key)} = {d.body} (line {d.line})" for key, d in sorted(tied.items()))
        for k in failing:
            if res[k].verdict in _GREEN:
                out[k] = self._demote(out[k], f"fails with the derivative's variable free, and holds with the notes' "
                                              f"tie {where} applied to the derivative (which one is meant is not said)")
        return out
