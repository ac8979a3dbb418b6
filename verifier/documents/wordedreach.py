r"""How far a definition read from the notes' words reaches: its own part, or from a setup section on.

A formula the notes write, ``\bar x = \frac1n\sum_i x_i``, defines its name from there on, across headings:
the notes' usual rule. A definition the reader takes from words — "with the sample mean $\bar x$" of data
$x_1, \dots, x_n$ (documents.samplemean) — is weaker evidence: the words name one problem's mean, and a later
problem that writes ``\bar x`` and says nothing of it may mean anything by it (another problem's data, a
conjugate, a weighted mean). Read across, Problem 1's words decided Problem 2's identities (review35a's left
item). Here such a definition reaches where the other facts the prose states reach
(:func:`verifier.documents.partscope.relation`): its own part, the sub-parts of the part whose setup states it,
and the sections after a setup section ("# Notation"); elsewhere it is set aside, the name read as undefined
(so a step that needs it is SKIPPED with the reason), and a sentence of the later part naming the mean again
defines it anew there.

Set aside is not denied: the later part may still mean the mean of the same data, so a step that fails without
the definition and holds with it is SKIPPED, not FAILED (:class:`_WordedElsewhere`, a mixin of the doubts):
FAILED needs every plausible reading to fail. A step that fails both ways is FAILED.

This module owns that bound (:func:`set_aside_worded`) and that doubt; the readings that make such definitions
own their words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from verifier.documents.context import Definition, Key, Scope, display_key
from verifier.documents.members import _Chain
from verifier.documents.partscope import OTHER, relation
from verifier.results import StepResult, Verdict

__all__ = ["WORDED", "_WordedElsewhere", "set_aside_worded"]

#: the words of a set-aside note that say a worded definition was not carried (what the doubt looks for)
WORDED = "is named in words at line"


def set_aside_worded(scope: Scope, worded: Iterable[Definition], lines: Sequence[str], line: int) -> dict[Key, str]:
    """Drop from ``scope`` each definition of ``worded`` (read from words) that a part of the notes other than
    its own holds at ``line``; return why, by key."""
    worded = list(worded)
    why: dict[Key, str] = {}
    for key, entry in list(scope.names.items()):
        if not isinstance(entry, Definition) or entry not in worded or entry.line >= line:
            continue
        if relation(lines, entry.line, line) == OTHER:
            del scope.names[key]
            scope.inferred.pop(key, None)
            why[key] = (f"{display_key(key)} {WORDED} {entry.line}, in another part of the notes: that reading is "
                        "not carried here")
    return why


class _WordedElsewhere:
    """The doubt of a step that fails with a worded definition set aside (a mixin of the checker: it uses its
    ``note_definitions``, ``_step_reach`` and ``_demote``)."""

    note_definitions: list[Any]
    _step_reach: Any
    _demote: Any

    def _worded_elsewhere(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        """A FAILED step that writes a name whose worded definition another part states, and holds with that
        definition, is SKIPPED: the notes may mean it here too."""
        from verifier.documents.steps import _Checker  # (steps reads the scopes this module bounds)

        failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
        keys = {key for key, why in scope.set_aside.items() if WORDED in why}
        if not failing or not keys:
            return steps
        alt = scope.copy()
        said: dict[Key, Definition] = {}
        for key in keys:
            earlier = [d for d in self.note_definitions if d.key == key and d.line < chain.line]
            if earlier:
                said[key] = alt.names[key] = max(earlier, key=lambda d: d.line)
        todo = [k for k in failing if {key[0] for key in said} & self._step_reach(chain, k, scope)]
        if not todo:
            return steps
        asked = {chain.steps[k].index for k in todo}
        res = _Checker(self, chain, alt, asked, frozenset(asked)).run()  # only whether they hold
        out = list(steps)
        where = ", ".join(f"{display_key(key)} (line {d.line})" for key, d in sorted(said.items()))
        for k in todo:
            if res[k].verdict in (Verdict.PROVED, Verdict.PASSED):
                out[k] = self._demote(out[k], f"holds with the meaning the words of another part of the notes give "
                                              f"{where}, and fails without it (the notes may mean it here too)")
        return out
