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
  it (the new problem's letter may be its own). A step that fails both ways stays FAILED.

Inside one part a definition reaches every later line, whatever the words say: that is the rule many notes rely on,
and a renewal in the same part is documents.renewednames' and documents.anew's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.members import _Chain
from verifier.documents.partscope import OTHER, across_problems, part_start, relation
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
    r"\$\s*{name}\s*(?:\\in|>|<|\\geq?|\\leq?|\\neq)(?![^$]*=)[^$]*\$",  # "$q \in (0, 1)$", "$q > 0$" (no value)
)
# words that say the old meaning is kept: "$q$ from Part 1", "the same $q$", "as before"
_KEPT = re.compile(r"\b(?:as\s+(?:before|above|defined)|same|from\s+(?:part|section|above)|defined\s+(?:above|"
                   r"earlier|before)|again|previous(?:ly)?|earlier|recall)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# an example's own part: ``\begin{example}``, "## Example 2", "**Example 3.**", "Example 1:" opening a line
_EXAMPLE = re.compile(r"^\s*(?:\\begin\s*\{example\*?\}|(?:#{1,6}\s+|\*\*|__|\\textbf\s*\{|\\(?:sub)*section\*?\s*"
                      r"\{|\\paragraph\*?\s*\{)?\s*Example\b)", re.IGNORECASE)


def _written(name: str) -> str:
    r"""A pattern for the name as the notes write it (``q``, ``\sigma``, ``\mathbf{w}``, ``x_1``), braces optional."""
    parts = [re.escape(c) for c in re.sub(r"[\s{}]", "", name)]
    return r"[\s{}]*".join(parts)


def reintroduces(prose: str, name: str) -> int | None:
    """The offset in ``prose`` where words introduce the name ``name`` (as written: ``q``, ``\\sigma``) anew, or
    None (module docstring). A sentence that says the old meaning is kept ("the same $q$", "as before") is none."""
    written = _written(name)
    for pattern in _INTRODUCING:
        for m in re.finditer(pattern.format(name=written), prose, re.IGNORECASE):
            start = max((e.end() for e in _SENTENCE_END.finditer(prose, 0, m.start())), default=0)
            end = _SENTENCE_END.search(prose, m.end())
            if not _KEPT.search(prose[start : end.end() if end else len(prose)]):
                return m.start()
    return None


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
    start: int | None = None
    prose = ""
    for key, entry in list(scope.names.items()):
        if not isinstance(entry, Definition) or id(entry) not in mine or entry.builtin or entry.line >= line:
            continue
        if relation(lines, entry.line, line) != OTHER:
            continue
        if start is None:
            start = max(part_start(lines, line)[0], 1)
            prose = "\n".join(lines[start - 1 : line])
        names = {_line_text(key), key[0]}
        at = min((x for n in names if (x := reintroduces(prose, n)) is not None), default=None)
        if at is None:
            continue
        said = start + prose.count("\n", 0, at)
        if said <= entry.line:
            continue
        del scope.names[key]
        scope.inferred.pop(key, None)
        why[key] = (f"{display_key(key)} {REINTRODUCED} {said}, in another part than its definition at line "
                    f"{entry.line}: that definition is not carried here")
    return why


def _in_example(lines: Sequence[str], line: int) -> bool:
    """Is 1-based ``line`` inside an example's own part (its part starts with "Example", or a ``\\begin{example}``
    before it is not yet closed)?"""
    first, _ = part_start(lines, line)
    if 0 < first <= len(lines) and _EXAMPLE.match(lines[first - 1]):
        return True
    for k in range(line - 1, -1, -1):
        row = lines[k]
        if re.search(r"\\end\s*\{example\*?\}", row):
            return False
        if re.search(r"\\begin\s*\{example\*?\}", row):
            return True
    return False


def _elsewhere(lines: Sequence[str], defined: int, line: int) -> bool:
    """Is a definition at 1-based ``defined`` another problem's or another example's for a step at ``line``?"""
    if across_problems(lines, defined, line):
        return True
    return _in_example(lines, defined) and (relation(lines, defined, line) == OTHER or not _in_example(lines, line)
                                            or _closed_between(lines, defined, line))  # fmt: skip


def _closed_between(lines: Sequence[str], a: int, b: int) -> bool:
    return any(re.search(r"\\end\s*\{example\*?\}", lines[k]) for k in range(a, min(b - 1, len(lines))))


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
        for key, why in scope.set_aside.items():
            if REINTRODUCED in why:
                earlier = [d for d in self.note_definitions if d.key == key and d.line < chain.line]
                if earlier:
                    back[key] = max(earlier, key=lambda d: d.line)
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
        return out
