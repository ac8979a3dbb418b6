r"""A step read again without the notes' own definitions: the reader's misfit readings.

Notes reuse letters: ``y := \sigma(z)`` earlier, then ``y_i`` in a sum meant as a label. A step that
does not resolve, or FAILS for an inner product of a scalar with a vector, because an earlier definition
does not fit it is read again with that definition left out (documents.misfits names the definitions
the failures blame), and as a last resort without any of the notes' definitions; the context is never
left out. This mixin of :class:`verifier.documents.doubts._Doubts` owns those re-readings and when their
verdicts are taken (ctx17, review30b). A FAILED of that reading is not taken where it read a call of a function the
notes define (``\hat m(1)``, its definition dropped) as an undefined value, its argument omitted: the function's
value there is unknown, not any number (fresh34). Moved out of doubts.py as it was, when that module passed 1,000
lines.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from verifier.documents.context import Definition, Scope, display_key
from verifier.documents.infer import NO_EVIDENCE_MARK, names_in
from verifier.documents.members import _Chain, member_trees
from verifier.documents.misfits import (
    CLASH_WORDS,
    SCALAR_IN_INNER,
    misfit_keys,
    overstepped_elsewhere,
    unwound,
    written_before,
)
from verifier.documents.steps import _Checker
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

__all__ = ["_WithoutDefinitions"]

_MISFIT_ROUNDS = 3  # definitions blamed one after another (x's, then y's that wrote x_1) before all are left out


class _WithoutDefinitions:
    """The misfit re-readings of a chain (a mixin of the checker: it uses its ``note_definitions``, ``ctx``,
    ``parse``, ``scope_for``, ``_infer``, ``_other_readings`` and ``_doubt``)."""

    note_definitions: list[Any]
    ctx: Any

    def _without_note_definitions(self, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
        """A name the notes defined earlier but use differently here (``y := \\sigma(z)``, then ``y_i``
        in a sum) is read again with that definition left out; the context is never left out. The
        definitions the failures blame (documents/misfits.py) are left out first, the others kept;
        only steps that still do not resolve are read without any of the notes' definitions. A step
        FAILED for an inner product of a scalar with a vector is such a misfit too (a letter defined as
        a scalar, meant as a vector here): the written expression is ill-formed only under that
        definition. A step unread for an entry past the size of a name it does not write (a
        definition's range slip, misfits.overstepped_elsewhere) is read so too, but taken only green:
        it then holds for every value of the names, the meant ones among them; a failure says nothing."""
        outside = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED
                   and overstepped_elsewhere(r.message, functools.partial(self._step_names, chain, k))]  # fmt: skip
        clash = [k for k, r in enumerate(steps)
                 if (r.verdict is Verdict.SKIPPED and any(w in r.message for w in CLASH_WORDS))
                 or (r.verdict is Verdict.FAILED and SCALAR_IN_INNER in r.message) or k in outside]  # fmt: skip
        if not clash or not self.note_definitions:
            return steps
        out = self._without_misfits(chain, steps, clash, frozenset(outside))
        return [r if k not in outside or r.verdict in (Verdict.PROVED, Verdict.PASSED) else steps[k]
                for k, r in enumerate(out)]  # fmt: skip

    def _step_names(self, chain: _Chain, k: int) -> set[str]:
        """The names step ``k`` of ``chain`` writes (its two members)."""
        step = chain.steps[k]
        return {n for i in (step.left, step.right) if chain.members[i].parsed is not None
                for t in member_trees(chain.members[i].parsed) for n in names_in(t)}  # fmt: skip

    def _without_misfits(
        self, chain: _Chain, steps: list[StepResult], clash: list[int], outside: frozenset[int] = frozenset()
    ) -> list[StepResult]:
        """The steps ``clash`` read again, first without the definitions their failures blame, then
        (those still unread) without any of the notes' definitions (``outside``: steps taken only where
        that reading keeps the kind of every name it drops the definition of, :meth:`_read_without`)."""
        out = list(steps)
        every = {d.key for d in self.note_definitions}
        blamed: frozenset = frozenset()
        messages = [steps[k].message for k in clash]
        for _ in range(_MISFIT_ROUNDS):  # each round may blame the definition the last one reached
            named = misfit_keys(messages, self.note_definitions)
            if named <= blamed:
                break  # the messages blame no other definition: the last resort below
            more = blamed | named
            more |= written_before(more, self.note_definitions, self._body_names, chain.line)
            if len(more) >= len(every):
                break
            blamed = more
            written = {n for m in chain.members if m.parsed is not None for t in member_trees(m.parsed)
                       for n in names_in(t)}  # fmt: skip
            names = ", ".join(sorted(display_key(k) for k in blamed if k[0] in written) or
                              sorted(display_key(k) for k in blamed))  # fmt: skip
            note = f"read without the notes' earlier definition of {names} (it does not fit this line)"
            keep = [d for d in self.note_definitions if d.key not in blamed]
            out, alt = self._read_without(chain, out, clash, keep, note, outside)
            clash = [k for k in clash if out[k].verdict is Verdict.SKIPPED]
            messages = [alt[k].message for k in clash]
            if not clash:
                break
        if clash:
            note = "read without the notes' earlier definitions of its names (they do not fit this line)"
            out, _ = self._read_without(chain, out, clash, [], note, outside)
        return out

    def _guessed_scalar(self, chain: _Chain, k: int, scope: Scope, dropped: set[object]) -> bool:
        """Does step ``k`` write a name of ``dropped`` (definitions left out) that ``scope`` reads as a
        scalar by default ("no other evidence")? Then its meant value (a vector, a matrix) is no value
        of the reading, and the step holding there is no evidence for the notes."""
        written = self._step_names(chain, k) & dropped
        return any(key[0] in written and NO_EVIDENCE_MARK in why for key, why in scope.inferred.items())

    def _body_names(self, body: str) -> set[str] | None:
        try:
            return names_in(self.parse(body, None, frozenset()))
        except LatexError:
            return None

    def _read_without(
        self, chain: _Chain, steps: list[StepResult], todo: list[int], keep: list[Definition], note: str,
        outside: frozenset[int] = frozenset(),
    ) -> tuple[list[StepResult], list[StepResult]]:
        """The steps ``todo`` checked again with only the notes' definitions ``keep`` in force; a step
        that then resolves takes that verdict, with ``note``. Also returns that reading's results.

        A step of ``outside`` (an entry past a size reached through a definition it does not write) is
        not taken where a name it writes, whose definition this reading drops, is read as a scalar for
        want of other evidence: ``M N = N M`` for ``M = z z^T``, ``N = c c^T`` holds for scalars only
        (they commute), so green there says nothing of the notes' matrices."""
        dropped = {d.key[0] for d in self.note_definitions} - {d.key[0] for d in keep}
        saved, self.note_definitions = self.note_definitions, keep
        try:
            base = self.scope_of(chain) if keep else self.ctx.scope_at(chain.line)
            scope = self._infer(chain, base)
            alt = _Checker(self, chain, scope, {chain.steps[k].index for k in todo}).run()
        finally:
            self.note_definitions = saved
        alt = self._other_readings(chain, scope, alt)
        alt = [self._doubt(chain, scope, st, r) if k in todo else r
               for k, (st, r) in enumerate(zip(chain.steps, alt, strict=True))]  # fmt: skip
        out = list(steps)
        # \hat m(1) after the notes define \hat m(x): with that definition dropped, the call read as an undefined
        # value its argument omitted (documents.omitted) fails at any value of it, which says nothing (fresh34)
        functions = {d.key[0] for d in self.note_definitions if d.is_function and d.key[0] in dropped}
        for k in todo:
            if k in outside and self._guessed_scalar(chain, k, scope, dropped):
                continue
            if alt[k].verdict is Verdict.FAILED and _valued_calls(alt[k].message) & functions:
                continue
            # a targeted reading (``keep``) is taken only when it decides the step: an ERROR there
            # (no finite sample) says the reading does not fit either, and the step stays as it was
            decided = alt[k].verdict in (Verdict.PROVED, Verdict.PASSED, Verdict.FAILED)
            if (alt[k].verdict is not Verdict.SKIPPED and (decided or not keep)) or unwound(steps[k], alt[k]):
                out[k] = replace(alt[k], message="; ".join(x for x in (note, alt[k].message) if x))
        return out, alt


_VALUED_CALL = re.compile(r"(\S+)\(…\) read as the value \1:")


def _valued_calls(message: str | None) -> set[str]:
    """The names a reading took ``name(…)`` for the value ``name`` of (documents.omitted's note in ``message``)."""
    return set(_VALUED_CALL.findall(message or ""))
