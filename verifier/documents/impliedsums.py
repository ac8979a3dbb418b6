r"""Implied summation as a reading of a failing step: the sums the notes leave unwritten, written out.

Notes written in index notation often leave a sum implicit: ``\frac{\partial L}{\partial x_j} = W_{ij}
\delta_i`` means a sum over i, by Einstein's rule or by habit. A step still FAILED (or a case split of its
indices) is checked again with each reading of :func:`~verifier.documents.summation.implied_readings`
written out, under the literal meaning of the undeclared names first and then under their other
meanings (:meth:`_Doubts._scopes`); the step holds under the first reading that makes it hold, and says
so. The complete Einstein reading's counterexample is remembered, so that a free index is not excused
later as "an implied sum?" when that sum was tried. Where the prose announces the convention, a step the
literal reading proves but whose Einstein reading fails is SKIPPED (:meth:`_ImpliedSums._literal_against_declared_sums`:
``\delta_{ii} = 1`` holds entry by entry, the notes mean the trace). This mixin of
:class:`~verifier.documents.doubts._Doubts` owns that reading; the doubts' other readings call it in their order."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace

import sympy as sp

from verifier.documents.allowance import Allowance
from verifier.documents.basisvectors import holds_basis
from verifier.documents.context import IndexRange, Scope
from verifier.documents.explicitsums import denies_a_convention, written_sum_indices
from verifier.documents.guesses import _Guesses
from verifier.documents.indexlabels import unsummed_classes
from verifier.documents.layout import MATRIX_NUMERATOR, by_matrices
from verifier.documents.members import _Chain
from verifier.documents.orientation import bounded, is_row_reading
from verifier.documents.resolve import ListMember, ResolveError
from verifier.documents.steps import _Checker, shape_failure
from verifier.documents.summation import SumReading, free_indices, implied_readings
from verifier.documents.symmetricprose import symmetrised
from verifier.results import StepResult, Verdict

SHAPE_ONLY = "the undeclared vectors and matrices as scalars"  # the note of the scalars reading (doubts)
CASE_SPLIT = "a case split the notes may assume"  # steps.py's reason for a step that holds at some indices only


class _ImpliedSums(_Guesses):
    """The implied-summation reading of the steps still open (mixed into the doubts)."""

    def _readings_seconds(self) -> float:
        """The CPU seconds all the other readings of one chain may take (``doubts.READINGS_SECONDS``)."""
        raise NotImplementedError

    def _implied_first(self, scope: Scope) -> bool:
        """Do the notes say they leave sums implicit (or does a context declare it)?"""
        return bool(getattr(self, "einstein", False)) or scope.conventions.get("summation") == "einstein"

    def _literal_against_declared_sums(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        r"""Where the notes' prose says repeated indices are summed, a step the literal reading proves
        but whose Einstein reading (``repeated``, the one the notes announce) fails with a
        counterexample is SKIPPED: ``\delta_{ii} = 1`` holds entry by entry, while the notes mean the
        trace. A context's ``summation: einstein`` already rewrites the members before checking."""
        if not getattr(self, "einstein", False) or scope.conventions.get("summation") == "einstein":
            return steps

        def is_index(name: str) -> bool:
            key = (name, ())
            return isinstance(scope.names.get(key), IndexRange) and key in scope.inferred

        todo: list[tuple[int, SumReading]] = []
        for k, r in enumerate(steps):
            if r.verdict not in (Verdict.PROVED, Verdict.PASSED):
                continue
            st = chain.steps[k]
            a, b = chain.members[st.left].parsed, chain.members[st.right].parsed
            if a is None or b is None or any(isinstance(p.tree, ListMember | sp.Tuple) for p in (a, b)):
                continue
            found = [rd for rd in implied_readings(a.tree, b.tree, is_index) if rd.mode == "repeated"]
            if found:
                todo.append((k, found[0]))
        out = list(steps)
        for trees, group in sum_groups(chain, todo):
            members = [replace(m, parsed=replace(m.parsed, tree=trees[i])) if i in trees and m.parsed
                       else m for i, m in enumerate(chain.members)]  # fmt: skip
            try:
                alt = _Checker(self, replace(chain, members=members), scope,
                               {chain.steps[k].index for k, _ in group}).run()  # fmt: skip
            except ResolveError:
                continue
            for k, rd in group:
                if alt[k].verdict is Verdict.FAILED and alt[k].counterexample is not None:
                    why = (f"holds with the indices as written, but the notes sum repeated indices and read with "
                           f"{rd.note} it fails")  # fmt: skip
                    out[k] = self._demote(alt[k], why)
                elif alt[k].verdict is Verdict.TIMEOUT:  # a doubt cut short by its budget clears nothing (redteam9)
                    why = (f"holds with the indices as written, but the notes sum repeated indices and read with "
                           f"{rd.note} it could not be checked in time")  # fmt: skip
                    out[k] = self._demote(out[k], why)
        return out

    def _implied_sums(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        """The steps still FAILED, or a case split, checked again with their implied sums written
        out (each reading of :func:`~verifier.documents.summation.implied_readings`, under the
        literal meaning of the names first, then under their other meanings). Only indices the
        notes leave undeclared are summed: a context that declares ``k: index 1..K`` says k is free,
        unless it also declares ``summation: einstein``. A step whose
        Einstein reading is complete (both sides then have the same free indices) and fails with a
        counterexample is remembered, so that :meth:`_doubt` does not excuse its free index as
        "an implied sum?" — that sum was tried."""

        declared = scope.conventions.get("summation") == "einstein"
        if not declared and denies_a_convention(self.text):  # "We do not use the summation convention."
            return list(steps)

        def is_index(name: str) -> bool:
            # an index a context declares is a free index, as written, unless it declares the convention
            key = (name, ())
            return isinstance(scope.names.get(key), IndexRange) and (declared or key in scope.inferred)

        out = list(steps)
        classes = unsummed_classes(self.text, is_index)
        head = chain.members[0].parsed if chain.members else None
        answer = None
        if self._implied_first(scope) and head is not None and not isinstance(head.tree, ListMember):
            answer = free_indices(head.tree, is_index)
        per_step: dict[int, list[SumReading]] = {}
        written = frozenset() if declared else written_sum_indices(self.text, (m.latex for m in chain.members),
                                                                  bool(getattr(self, "einstein", False)))
        symmetric = self._said_symmetric(chain)
        for k, r in enumerate(out):
            st = chain.steps[k]
            a, b = chain.members[st.left].parsed, chain.members[st.right].parsed
            if not left_open(r) or a is None or b is None or isinstance(a.tree, ListMember | sp.Tuple) \
                    or isinstance(b.tree, ListMember | sp.Tuple):  # fmt: skip
                continue
            found = implied_readings(a.tree, b.tree, is_index, answer)
            if not declared and holds_basis(a.tree, b.tree):  # e_y^T e_y: no sum over y unsaid (basisvectors)
                found = []
            if classes:  # "let $y$ be the index of the true class": one class, not summed (documents.indexlabels)
                found = [rd for rd in found if not set(rd.summed) & classes]
            if written:  # an index the notes sum with a written ∑ is not summed silently (explicitsums.py)
                found = [rd for rd in found if not set(rd.summed) & written]
            if a.unsummed is not None or b.unsummed is not None:
                # a declared convention replaced the members: the plain indices are a reading too
                plain = (a.unsummed if a.unsummed is not None else a.tree,
                         b.unsummed if b.unsummed is not None else b.tree)  # fmt: skip
                if plain != (a.tree, b.tree):
                    found.insert(0, SumReading("written", *plain, (), True))
            if found and symmetric:  # "if $A$ is symmetric, $A_{ik} = A_{ki}$": the sums read with it too
                names, where = symmetric
                found += [replace(rd, left=symmetrised(rd.left, names), right=symmetrised(rd.right, names),
                                  hypothesis=f"{', '.join(sorted(names))} symmetric, as the notes say ({where})")
                          for rd in found if not rd.hypothesis]  # fmt: skip
            if found:
                per_step[k] = found
        if not per_step:
            return out
        failed = self._implied_failed()
        summed: dict[int, StepResult] = {}  # the textbook Einstein reading's failures (fresh15)
        clash = any(left_open(out[k]) and shape_failure(out[k]) for k in per_step)
        scopes = [(n, sc) for n, sc in self._scopes(chain, scope, clash) if not n.endswith(SHAPE_ONLY)]
        allowance = Allowance(self._readings_seconds())  # the readings' time, not the row reading's inference
        # the rewritten chains (trees, steps) whose check under the literal meanings took no derivative by a
        # vector or matrix: read in another layout they resolve to the same values, instance by instance
        # (layout.note_variable), so they stop where that check stopped, with the same outcomes
        same_in_layouts: set[tuple[object, ...]] = set()
        # under the literal meanings every reading, the sum placed in a denominator (innersums) last; under the
        # other meanings that one only after all the others, so it spends little of the readings' time
        modes = ("written", "repeated", "strict", "lone", "answer")
        passes = [(s, m) for s in scopes[:1] for m in (*modes, "inner")]
        passes += [(s, m) for s in scopes[1:] for m in modes] + [(s, "inner") for s in scopes[1:]]
        for (snote, sc), mode in passes:
            other_layout = sc is not scope and layout_only(scope, sc)
            if allowance.spent():
                if any(left_open(r) for r in out):
                    self._cut_short().add(id(chain))
                return out
            if mode == "strict" and not self._implied_first(scope):
                continue  # the textbook rule sums indices written on both sides: only where the notes say so
            todo = [(k, rd) for k, rds in per_step.items() if left_open(out[k]) for rd in rds if rd.mode == mode
                    and (not is_row_reading(snote) or shape_failure(out[k]))]  # fmt: skip
            for trees, group in sum_groups(chain, todo):
                rewritten = (tuple(sorted(trees.items(), key=lambda kv: kv[0])), frozenset(k for k, _ in group))
                if other_layout and rewritten in same_in_layouts:
                    continue
                members = [replace(m, parsed=replace(m.parsed, tree=trees[i])) if i in trees and m.parsed
                           else m for i, m in enumerate(chain.members)]  # fmt: skip
                met = by_matrices()
                try:
                    with bounded(self) if is_row_reading(snote) else nullcontext() as run:
                        alt = _Checker(self, replace(chain, members=members), sc,
                                       {chain.steps[k].index for k, _ in group},
                                       frozenset(chain.steps[k].index for k, rd in group
                                                 if not _records_failure(rd, snote))).run()  # fmt: skip
                except ResolveError:
                    continue
                if sc is scope and by_matrices() == met:
                    same_in_layouts.add(rewritten)
                if run is not None and run.cut:
                    continue
                for k, rd in group:
                    r = alt[k]
                    note = " and ".join(x for x in (rd.note, snote) if x)
                    if r.verdict in (Verdict.PROVED, Verdict.PASSED):
                        literal = ("the literal reading fails" if out[k].verdict is Verdict.FAILED
                                   else "read literally it holds only where the indices coincide")  # fmt: skip
                        msg = "; ".join(x for x in (f"holds when read with {note} ({literal})", r.message) if x)
                        out[k] = replace(r, message=msg)
                    elif (r.verdict is Verdict.FAILED and r.counterexample is not None
                          and _records_failure(rd, snote)):  # fmt: skip
                        why = f"fails as written and when read with {note}"
                        msg = "; ".join(x for x in (why, r.message) if x)
                        failed[(id(chain), chain.steps[k].index)] = replace(r, message=msg)
                    if (r.verdict is Verdict.FAILED and r.counterexample is not None and rd.balanced
                            and rd.mode in ("repeated", "strict") and not snote and not rd.hypothesis):
                        summed.setdefault(k, r)
        if getattr(self, "einstein", False):  # the prose declares the convention (explicitsums.names_a_convention)
            for k, r in summed.items():  # a repeated index is summed there: the literal case split is not theirs
                if out[k].verdict is Verdict.SKIPPED and CASE_SPLIT in out[k].message:
                    why = "the notes sum repeated indices, and read so it fails (it holds only where indices coincide)"
                    out[k] = replace(r, message="; ".join(x for x in (why, r.message) if x))
        return out

    def _implied_failed(self) -> dict[tuple[int, int], StepResult]:
        """Steps whose complete Einstein reading failed with a counterexample (by chain and step)."""
        found: dict[tuple[int, int], StepResult] | None = getattr(self, "_implied_failures", None)
        if found is None:
            found = {}
            self._implied_failures = found
        return found


def left_open(r: StepResult) -> bool:
    """Is the step still open to another reading: FAILED, or a case split of its indices?"""
    return r.verdict is Verdict.FAILED or (r.verdict is Verdict.SKIPPED and CASE_SPLIT in r.message)


_Group = tuple[dict[int, sp.Basic], list[tuple[int, SumReading]]]


def sum_groups(chain: _Chain, todo: list[tuple[int, SumReading]]) -> list[_Group]:
    """Steps whose readings agree on the members they share, grouped so that one check runs them
    together: (the rewritten tree of each member, the steps)."""
    groups: list[_Group] = []
    for k, rd in todo:
        st = chain.steps[k]
        pair = ((st.left, rd.left), (st.right, rd.right))
        for trees, group in groups:
            if all(trees.get(i, t) == t for i, t in pair) and all(k != j for j, _ in group):
                trees.update(pair)
                group.append((k, rd))
                break
        else:
            groups.append((dict(pair), [(k, rd)]))
    return groups


def layout_only(scope: Scope, alt: Scope) -> bool:
    """Is ``alt`` the literal ``scope`` read in another derivative layout, and in nothing else?"""
    layouts = ("numerator", "denominator", MATRIX_NUMERATOR)
    if "layout" in scope.conventions or alt.conventions.get("layout") not in layouts:
        return False
    rest = {k: v for k, v in alt.conventions.items() if k != "layout"}
    return rest == scope.conventions and replace(alt, conventions=scope.conventions) == scope


def _records_failure(rd: SumReading, snote: str) -> bool:
    """Does :meth:`_Doubts._implied_sums` keep this reading's counterexample (the complete Einstein
    reading under the literal meanings)? For any other reading it only asks whether the step holds."""
    return rd.balanced and rd.mode == "repeated" and not snote and not rd.hypothesis
