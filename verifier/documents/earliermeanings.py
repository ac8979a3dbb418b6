r"""A step FAILED under the latest definition of a reused letter, read again with the earlier ones.

Notes reuse a letter for several examples; the reader reads a step with the nearest definition before it. A step
that fails so and holds with an earlier definition is SKIPPED, not FAILED: the later line may be a new meaning or a
slip in restating the old one, and the step fails under one reading only. This mixin of
:class:`verifier.documents.doubts._Doubts` owns that doubt (:meth:`_EarlierMeanings._earlier_meanings`, with a worked
number checked again at the values the notes state, :meth:`_EarlierMeanings._held_at_stated`); *which* earlier
definitions may return at a step, and the stated values, are :mod:`verifier.documents.earlierdefinitions`'s.
"""

from __future__ import annotations

import copy
from typing import Any

import sympy as sp

from verifier.documents.boundlesssums import boundless_indices, same_range_scope
from verifier.documents.context import Definition, Scope, display_key
from verifier.documents.earlierdefinitions import may_return, stated_for
from verifier.documents.members import _Chain, chain_trees, step_trees
from verifier.documents.resolve import ResolveError
from verifier.documents.steps import _Checker
from verifier.results import StepResult, Verdict

__all__ = ["_EarlierMeanings"]

_GREEN = (Verdict.PROVED, Verdict.PASSED)


class _EarlierMeanings:
    """The doubt of a step that holds under an earlier definition (a mixin of the doubts: it uses their
    ``note_definitions``, ``text``, ``_infer``, ``_step_reach`` and ``_demote``)."""

    note_definitions: list[Any]
    text: str
    _infer: Any
    _step_reach: Any
    _demote: Any

    def _earlier_meanings(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        """A step still FAILED under the latest of the definitions the notes give a name, that holds
        under an earlier one, is SKIPPED: the later line ("defines g anew") may be a new meaning or
        a slip in restating the old one, and the step fails under one reading only. Every earlier
        definition is tried, the latest first: notes that reuse a letter for several examples (a quadratic
        f, then an exponential f, then the softplus) come back to the first one (fresh51)."""
        failing = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
        if not failing or not self.note_definitions:
            return steps
        out = list(steps)
        mine = {id(d) for d in self.note_definitions}
        for key, entry in sorted(scope.names.items(), key=lambda kv: str(kv[0])):
            if not isinstance(entry, Definition) or id(entry) not in mine:
                continue
            earlier = [d for d in self.note_definitions if d.key == key and d.line < entry.line]
            todo = [k for k in failing
                    if out[k].verdict is Verdict.FAILED and key[0] in self._step_reach(chain, k, scope)]  # fmt: skip
            nearest = max((d.line for d in earlier), default=0)
            for prev in sorted(earlier, key=lambda d: -d.line):
                todo = [k for k in todo if out[k].verdict is Verdict.FAILED]
                if not todo:
                    break
                if not may_return(self.text, entry.line, prev.line, nearest, chain.line):
                    continue  # in the latest definition's own section: read with it (earlierdefinitions)
                alt = scope.copy()
                alt.names[key] = prev
                try:
                    alt = self._infer(chain, alt)  # the names only the earlier body writes (a of f(x) = ax²/2)
                    asked = {chain.steps[k].index for k in todo}
                    res = _Checker(self, chain, alt, asked, frozenset(asked)).run()  # only whether they hold
                    if (ranged := same_range_scope(alt, boundless_indices(chain_trees(chain)))) is not None and any(
                            res[k].verdict not in _GREEN for k in todo):  # Σ_k over the step's N too (boundlesssums)
                        again = _Checker(self, chain, ranged, asked, frozenset(asked)).run()
                        res = [again[k] if again[k].verdict in _GREEN else r for k, r in enumerate(res)]
                except ResolveError:
                    continue
                own = {n for n, _ in alt.inferred} - {n for n, _ in scope.inferred}  # a of f(x) = ax²/2 alone
                for k in todo:
                    if res[k].verdict in (Verdict.PROVED, Verdict.PASSED):
                        out[k] = self._demote(out[k], f"holds with the notes' definition of {display_key(key)} at "
                                                      f"line {prev.line} but not with the one at line {entry.line} "
                                                      "(a new meaning, or a slip in restating it?)")  # fmt: skip
                    elif (free := _free_in_worked(chain, k, res[k], own)) is not None and \
                            (said := self._held_at_stated(chain, k, alt, free)) is not None:  # fmt: skip
                        out[k] = self._demote(out[k], f"fails with the notes' definition of {display_key(key)} at line "
                                                      f"{entry.line}; with the one at line {prev.line} a worked number "
                                                      f"against it holds at {said}, stated in the notes "
                                                      "(a new meaning, or a slip?)")  # fmt: skip
        return out

    def _held_at_stated(self, chain: _Chain, k: int, alt: Scope, free: list[str]) -> str | None:
        """The values the notes state for the names ``free`` (an earlier body's own) where step ``k`` holds at them
        read in ``alt``; None where one has no stated value or the step fails there too (earlierdefinitions)."""
        last = max([chain.line, *(m.line for m in chain.members)])
        hypotheses = stated_for(self.text, free, last)
        if not hypotheses:
            return None
        again = copy.copy(chain)
        again.hypotheses = [*chain.hypotheses, *hypotheses]
        asked = {chain.steps[k].index}
        try:
            res = _Checker(self, again, alt, asked, frozenset(asked)).run()
        except ResolveError:
            return None
        if res[k].verdict not in (Verdict.PROVED, Verdict.PASSED):
            return None
        return ", ".join(h for h, _ in hypotheses)


def _free_in_worked(chain: _Chain, k: int, r: StepResult, own: set[str]) -> list[str] | None:
    """The names of ``own`` (inferred only for an earlier definition's body, :meth:`_EarlierMeanings._earlier_meanings`)
    that the counterexample of ``r`` varies, where step ``k`` has a side of numbers alone (a worked number); else
    None: failing only at a guessed value of such a name refutes nothing the notes wrote."""
    if r.verdict is not Verdict.FAILED or r.counterexample is None:
        return None
    varied = sorted({str(p) for p, _ in r.counterexample.point} & own)
    trees = step_trees(chain, k)
    if not varied or not any(isinstance(t, sp.Expr) and not t.free_symbols and not t.atoms(sp.Indexed) for t in trees):
        return None
    return varied
