"""Doubt before FAILED: other plausible readings of a failing step, and failures that rest on a guess.

Issue 8, section 4: a step is FAILED only if every plausible reading fails. :class:`_Doubts`
re-checks a FAILED step under the other readings (Einstein summation, ``\\log`` over a whole product,
one-hot labels, positive or probability-valued quantities, the other derivative layouts, scalars
for shapes that clash) and reports the reading under which it holds; a failure that still rests on
a guess about undeclared names (a test function, inferred shapes, a name that may depend on the
variable, an equation to solve) becomes SKIPPED with the reason; a number rounded by the author
passes. It is a base of :class:`verifier.documents.check._Document`."""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import replace

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.context import (
    Definition,
    DomainSpec,
    IndexRange,
    Scope,
    VarDecl,
    display_key,
)
from verifier.documents.generic import (
    bare_parameters,
    direct_partials_scope,
    generic_names,
    undecided,
    variables_of,
)
from verifier.documents.infer import (
    names_in,
)
from verifier.documents.members import _Chain, _keys_in, _member_trees, _Step, free_names
from verifier.documents.opaque import opaque_verdict
from verifier.documents.orientation import (
    bounded,
    declared,
    fits,
    is_row_reading,
    rows_differ,
    rows_fail,
    up_to_orientation,
)
from verifier.documents.orientation import row_note as row_note_of
from verifier.documents.readings import log_of_product
from verifier.documents.resolve import (
    ListMember,
    ResolveError,
)
from verifier.documents.steps import _Checker, _shape_failure
from verifier.documents.summation import SumReading, free_indices, implied_readings
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict

READINGS_SECONDS = 4.0  # time for the other readings of one chain's FAILED steps
_SHAPE_ONLY = "the undeclared vectors and matrices as scalars"
_LABELS = frozenset({"y", "t"})  # vectors that ML notes use for (one-hot) labels
_CASE_SPLIT = "a case split the notes may assume"  # steps.py's reason for a step that holds at some indices only
_BARE_LOG = re.compile(r"\\(?:log|ln)(?![A-Za-z])\s*(?!\s|\(|\\left|\\big|\\Big)")


class _Doubts:
    def _without_note_definitions(self, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
        """A name the notes defined earlier but use differently here (``y := \\sigma(z)``, then ``y_i``
        in a sum) is read again with that definition left out; the context is never left out."""
        words = ("has no entry", "is a function; call it", "several indices", "nested too deeply")
        clash = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and any(w in r.message for w in words)]
        if not clash or not self.note_definitions:
            return steps
        base = self.ctx.scope_at(chain.line)
        saved, self.note_definitions = self.note_definitions, []
        try:
            scope = self._infer(chain, base)
            alt = _Checker(self, chain, scope, {chain.steps[k].index for k in clash}).run()
        finally:
            self.note_definitions = saved
        out = list(steps)
        alt = self._other_readings(chain, scope, alt)
        alt = [self._doubt(chain, scope, st, r) for st, r in zip(chain.steps, alt, strict=True)]
        for k in clash:
            if alt[k].verdict is not Verdict.SKIPPED:
                note = "read without the notes' earlier definitions of its names (they do not fit this line)"
                out[k] = replace(alt[k], message="; ".join(x for x in (note, alt[k].message) if x))
        return out

    # -- every plausible reading before FAILED -------------------------------------------------
    def _other_readings(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        """A FAILED step is checked again under each other plausible reading of the notes; the first
        reading under which it holds gives its verdict, reported with the step (section 4 of
        issue 8: FAILED only if every plausible reading fails).

        Implied summation (:mod:`verifier.documents.summation`) is one of those readings, and it is
        also tried on a step the literal reading leaves as a case split (it holds only where the
        indices coincide: ``W_{ib} \\delta_{ic} = W_{cb}``). Where the notes say they write sums
        implicitly (their prose names Einstein notation, implied sums or repeated indices, or a
        context declares ``summation: einstein``) it is tried *first*, before the other meanings of
        the names: it is how the notes are written, so it is the reading to report. Elsewhere it
        comes after them, because a reader of notes that say nothing looks for a missing \\sum only
        once the names' other meanings fail. A definition written with a repeated index is *not*
        taken as that signal: the resolver already reads such a definition with its sum (an
        unindexed name can only mean the sum), and it says less about the rest of the notes
        (``L = -y_k \\log p_k`` usually names the true class k of a one-hot y, not a convention).
        Either way a step the literal reading proves stays proved: that reading is sound for what
        is written."""
        if not any(_open(r) for r in steps):
            return steps
        out = list(steps)
        if self._implied_first(scope):
            out = self._implied_sums(chain, scope, out)
        out = self._alternative_readings(chain, scope, out)
        if not self._implied_first(scope):
            out = self._implied_sums(chain, scope, out)
        return out

    def _implied_first(self, scope: Scope) -> bool:
        """Do the notes say they leave sums implicit (or does a context declare it)?"""
        return bool(getattr(self, "einstein", False)) or scope.conventions.get("summation") == "einstein"

    def _alternative_readings(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        if not any(r.verdict is Verdict.FAILED for r in steps):
            return steps
        out = list(steps)
        started = time.perf_counter()
        settled: set[int] = set()
        if generic_names(scope):
            for k, st in enumerate(chain.steps):
                sides = [
                    _member_trees(p) if (p := chain.members[i].parsed) is not None else [] for i in (st.left, st.right)
                ]
                if out[k].verdict is Verdict.FAILED and undecided(scope, sides[0], sides[1]):
                    settled.add(k)
        # the row reading (documents.orientation): per step whose columns clash, its result in each variant
        rows_seen: dict[int, list[StepResult | None]] = {}
        rows_cut = False
        clash = any(r.verdict is Verdict.FAILED and _shape_failure(r) for r in out)
        if clash:  # the row reading's inference (cached) is not the readings' time
            before = time.perf_counter()
            self._row_scope(chain, scope)
            started += time.perf_counter() - before
        for note, alt_chain, alt_scope in self._alternatives(chain, scope, clash):
            # a step that says what an undefined function is fails under every reading (generic.undecided)
            failing = [k for k, r in enumerate(out) if r.verdict is Verdict.FAILED and k not in settled]
            if not failing or time.perf_counter() - started > READINGS_SECONDS:
                rows_cut = bool(failing)
                break
            if note.endswith(_SHAPE_ONLY) or is_row_reading(note):
                # scalars are a specialisation, and rows the other convention: they may only rescue a
                # step whose shapes clash
                failing = [k for k in failing if _shape_failure(out[k])]
                if note.endswith(_SHAPE_ONLY):  # where the row reading fits, its counterexample stands
                    failing = [k for k in failing if not fits(rows_seen.get(k, []))]
                if not failing:
                    continue
            decided = True
            try:
                with bounded(self) if is_row_reading(note) else nullcontext() as run:
                    alt = _Checker(self, alt_chain, alt_scope, {chain.steps[k].index for k in failing}).run()
                decided = run is None or not run.cut
            except ResolveError:
                decided = False
            if is_row_reading(note):  # a run cut short, or that could not be read, decides nothing
                for k in failing:
                    rows_seen.setdefault(k, []).append(alt[k] if decided else None)
            if not decided:
                continue
            for k in failing:
                r = alt[k]
                if r.verdict in (Verdict.PROVED, Verdict.PASSED):
                    msg = "; ".join(
                        x for x in (f"holds when read with {note} (the literal reading fails)", r.message) if x
                    )
                    out[k] = replace(r, message=msg)
        out = up_to_orientation(self, chain, scope, out)
        if not rows_cut:
            out = rows_fail(out, rows_seen)
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

        def is_index(name: str) -> bool:
            # an index a context declares is a free index, as written, unless it declares the convention
            key = (name, ())
            return isinstance(scope.names.get(key), IndexRange) and (declared or key in scope.inferred)

        out = list(steps)
        head = chain.members[0].parsed if chain.members else None
        answer = None
        if self._implied_first(scope) and head is not None and not isinstance(head.tree, ListMember):
            answer = free_indices(head.tree, is_index)
        per_step: dict[int, list[SumReading]] = {}
        for k, r in enumerate(out):
            st = chain.steps[k]
            a, b = chain.members[st.left].parsed, chain.members[st.right].parsed
            if not _open(r) or a is None or b is None or isinstance(a.tree, ListMember | sp.Tuple) \
                    or isinstance(b.tree, ListMember | sp.Tuple):  # fmt: skip
                continue
            found = implied_readings(a.tree, b.tree, is_index, answer)
            if a.unsummed is not None or b.unsummed is not None:
                # a declared convention replaced the members: the plain indices are a reading too
                plain = (a.unsummed if a.unsummed is not None else a.tree,
                         b.unsummed if b.unsummed is not None else b.tree)  # fmt: skip
                if plain != (a.tree, b.tree):
                    found.insert(0, SumReading("written", *plain, (), True))
            if found:
                per_step[k] = found
        if not per_step:
            return out
        failed = self._implied_failed()
        clash = any(_open(out[k]) and _shape_failure(out[k]) for k in per_step)
        scopes = [(n, sc) for n, sc in self._scopes(chain, scope, clash) if not n.endswith(_SHAPE_ONLY)]
        started = time.perf_counter()  # the readings' time, not the row reading's inference
        for snote, sc in scopes:
            for mode in ("written", "repeated", "lone", "answer"):
                if time.perf_counter() - started > READINGS_SECONDS:
                    return out
                todo = [(k, rd) for k, rds in per_step.items() if _open(out[k]) for rd in rds if rd.mode == mode
                        and (not is_row_reading(snote) or _shape_failure(out[k]))]  # fmt: skip
                for trees, group in _groups(chain, todo):
                    members = [replace(m, parsed=replace(m.parsed, tree=trees[i])) if i in trees and m.parsed
                               else m for i, m in enumerate(chain.members)]  # fmt: skip
                    try:
                        with bounded(self) if is_row_reading(snote) else nullcontext() as run:
                            alt = _Checker(self, replace(chain, members=members), sc,
                                           {chain.steps[k].index for k, _ in group}).run()  # fmt: skip
                    except ResolveError:
                        continue
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
                        elif (r.verdict is Verdict.FAILED and r.counterexample is not None and rd.balanced
                              and rd.mode == "repeated" and not snote):  # fmt: skip
                            why = f"fails as written and when read with {note}"
                            msg = "; ".join(x for x in (why, r.message) if x)
                            failed[(id(chain), chain.steps[k].index)] = replace(r, message=msg)
        return out

    def _implied_failed(self) -> dict[tuple[int, int], StepResult]:
        """Steps whose complete Einstein reading failed with a counterexample (by chain and step)."""
        found: dict[tuple[int, int], StepResult] | None = getattr(self, "_implied_failures", None)
        if found is None:
            found = {}
            self._implied_failures = found
        return found

    def _scopes(self, chain: _Chain, scope: Scope, rows: bool = True) -> list[tuple[str, Scope]]:
        """The meanings tried for the undeclared names, each a (note, scope); the literal one first
        (note ""): labels one-hot, positive, probabilities, the other derivative layouts, then the
        same under the row reading of the vectors (documents.orientation), and last the undeclared
        vectors and matrices as scalars."""
        scopes = self._meanings(chain, scope)
        rows_scope = self._row_scope(chain, scope) if rows else None  # only a shape clash asks for it
        if rows_scope is not None:
            flat = [x for x in scopes if x[0] == _SHAPE_ONLY]
            scopes = [x for x in scopes if x[0] != _SHAPE_ONLY]
            note = row_note_of(rows_scope)
            few = self._meanings(chain, rows_scope, few=True)
            scopes += [(" and ".join(x for x in (note, n) if x), sc) for n, sc in few if n != _SHAPE_ONLY]
            scopes += flat
        return scopes

    def _row_scope(self, chain: _Chain, scope: Scope) -> Scope | None:
        """The chain inferred again with its undeclared vectors as rows, or None where a context
        declares the orientation or no inferred shape changes (one per chain: it is asked twice)."""
        if declared(scope) is not None or not scope.inferred:
            return None
        cache: dict[tuple[int, int], Scope | None] | None = getattr(self, "_row_scopes", None)
        if cache is None:
            cache = {}
            self._row_scopes = cache
        key = (id(chain), id(scope))
        if key not in cache:
            rows = self._infer(chain, self.scope_for(chain.line), rows=True)
            for name, value in scope.conventions.items():  # generic functions, partials: as in the literal one
                rows.conventions.setdefault(name, value)
            cache[key] = rows if rows_differ(scope, rows) else None
        return cache[key]

    def _meanings(self, chain: _Chain, scope: Scope, few: bool = False) -> list[tuple[str, Scope]]:
        """:meth:`_scopes` for one orientation of the vectors; ``few``: only one-hot labels and the
        layouts (the row reading is checked under a time bound: the meanings that matter most first)."""
        scopes: list[tuple[str, Scope]] = [("", scope)]
        trees = [t for m in chain.members if m.parsed is not None for t in _member_trees(m.parsed)]
        direct = direct_partials_scope(scope, trees, lambda src: self.parse(src, None, frozenset()))
        if direct is not None and not few:  # backprop notes: ∂y/∂μ is the partial of y's definition, σ held fixed
            scopes.append(("direct partials of the defined quantities (the others in the definition held fixed)",
                           direct))  # fmt: skip
        inferred = [(k, e) for k, e in scope.names.items() if k in scope.inferred and isinstance(e, VarDecl)]
        labels = scope.copy()
        for key, entry in inferred:
            if entry.kind == "vector" and key[0] in _LABELS:
                labels.names[key] = replace(entry, kind="onehot", domain=DomainSpec())
        if labels.names != scope.names:
            scopes.append(("the labels y/t one-hot", labels))
        positive, unit, flat = scope.copy(), scope.copy(), scope.copy()
        for key, entry in inferred:
            if entry.kind == "function":
                continue
            positive.names[key] = replace(entry, domain=DomainSpec("positive", 0.0, math.inf))
            unit.names[key] = replace(entry, domain=DomainSpec("interval", 0.0, 1.0))
            if entry.kind in ("vector", "matrix"):
                flat.names[key] = VarDecl(key, "scalar", None, entry.domain)
        if positive.names != scope.names and not few:
            scopes.append(("the undeclared quantities positive", positive))
        if unit.names != scope.names and not few:
            scopes.append(("the undeclared quantities in (0, 1) (probabilities)", unit))
        if "layout" not in scope.conventions:  # a layout the notes did not declare: try the other two
            for layout in ("denominator", "numerator"):
                other = scope.copy()
                other.conventions["layout"] = layout
                scopes.append((f"{layout} layout for derivatives", other))
            if labels.names != scope.names:  # ∂CE/∂θ = (ŷ - y)^T: a layout, and the sum of a one-hot label is 1
                for layout in ("denominator", "numerator"):
                    both = labels.copy()
                    both.conventions["layout"] = layout
                    scopes.append((f"the labels y/t one-hot and {layout} layout for derivatives", both))
        if flat.names != scope.names:
            scopes.append((_SHAPE_ONLY, flat))
        return scopes

    def _alternatives(self, chain: _Chain, scope: Scope, rows: bool = True) -> Iterable[tuple[str, _Chain, Scope]]:
        """Other plausible readings, each a (note, chain, scope): rewritings of the members (``\\log``
        over a whole product) crossed with other meanings of the undeclared names (labels one-hot,
        positive, probabilities, scalars). Implied summation is tried by :meth:`_implied_sums`,
        which reads each step on its own (the indices a step sums depend on that step)."""

        def rewritten(fn: Callable[[sp.Basic], sp.Basic]) -> _Chain | None:
            members, changed = [], False
            for m in chain.members:
                if m.parsed is None or isinstance(m.parsed.tree, ListMember):
                    members.append(m)
                    continue
                tree = fn(m.parsed.tree)
                changed |= tree != m.parsed.tree
                members.append(replace(m, parsed=replace(m.parsed, tree=tree)))
            return replace(chain, members=members) if changed else None

        chains: list[tuple[str, _Chain]] = [("", chain)]
        if any(_BARE_LOG.search(m.latex) for m in chain.members):
            logged = rewritten(log_of_product)
            if logged is not None:
                chains.append(("\\log applied to the whole product after it", logged))
        scopes = self._scopes(chain, scope, rows)
        for cnote, c in chains:
            for snote, sc in scopes:
                if cnote or snote:
                    yield " and ".join(x for x in (cnote, snote) if x), c, sc

    def _doubt(self, chain: _Chain, scope: Scope, step: _Step, r: StepResult) -> StepResult:
        """A FAILED that rests on a guess about undeclared names is not a FAILED: SKIPPED, with why."""
        own = [t for i in (step.left, step.right) if (p := chain.members[i].parsed) is not None
               for t in _member_trees(p)]  # fmt: skip
        reached = self._reach(set().union(*(names_in(t) for t in own)), scope) if own else set()
        bodies = [e.body for n in reached if isinstance(e := scope.names.get((n, ())), Definition) and e.body]
        opaque = opaque_verdict(own, [m.latex for m in chain.members] + bodies, r, reached)
        if opaque is not None:  # a macro not defined in the notes (verifier.documents.opaque)
            return opaque
        if r.verdict is not Verdict.FAILED:
            return r
        rounded = self._rounded(chain, step, r)
        if rounded is not None:
            return rounded
        trees = [t for i in (step.left, step.right) if (p := chain.members[i].parsed) is not None
                 for t in _member_trees(p)]  # fmt: skip
        names = [_keys_in(t) for t in trees[:1]] + [set().union(*(_keys_in(t) for t in trees[1:]))] if trees else []
        used = {k[0] for side in names for k in side}
        suspect = self._index_as_number(used, scope)
        if suspect:
            return self._demote(r, f"the notes' definition of {suspect} uses an index as a number; read literally "
                                   "the step fails (a typo in that definition?)")  # fmt: skip
        reached = self._reach(used, scope)
        guessed_values = sorted(display_key(k) for k in scope.inferred if k[0] in reached - used
                                and isinstance(scope.names.get(k), VarDecl))  # fmt: skip
        numbers = [t for t in trees[:2] if not t.free_symbols and not t.atoms(sp.Indexed)]
        if guessed_values and numbers and len(trees) >= 2:
            return self._demote(r, f"a worked number against a definition over {', '.join(guessed_values)}, whose "
                                   "values the notes give only in prose")  # fmt: skip
        inferred = {k for k in scope.inferred if k[0] in used}
        if not inferred:
            return r
        lone_function = undecided(scope, trees[:1], trees[1:])
        if lone_function:
            return self._demote(r, lone_function)
        functions = set(generic_names(scope))  # undefined names read as arbitrary functions of their variables
        guessed = [display_key(k) for k in inferred if isinstance(scope.names.get(k), VarDecl)
                   and scope.names[k].kind == "function"]  # type: ignore[union-attr]  # fmt: skip
        if guessed:
            return self._demote(r, f"{', '.join(sorted(guessed))} is not defined in the notes; the step fails for the "
                                   "test function only")  # fmt: skip
        if _shape_failure(r):
            return self._demote(r, f"the shapes inferred for the undeclared names do not fit this step ({r.message}); "
                                   "declare the shapes in a context")  # fmt: skip
        tried: StepResult | None = None
        left, right = chain.members[step.left], chain.members[step.right]
        if left.latex.strip() == "0" or right.latex.strip() == "0":
            return self._demote(r, "an equation to solve (one side is 0), not an identity")
        for t in trees:
            for d in t.atoms(sp.Derivative):
                layered = _layer_recursion(d, scope)
                if layered:
                    return self._demote(r, layered)
                variables = {str(v.base.label) if isinstance(v, sp.Indexed) else str(v) for v, _ in d.variable_count}
                reached = self._reach(names_in(d.expr), scope)
                # what the variable is defined from cannot depend on it; an arbitrary function's dependence is modelled
                fixed = (self._reach(variables, scope) - variables) | functions
                loose = sorted(display_key(k) for k in scope.inferred if k[0] in reached and k[0] not in variables
                               and k[0] not in fixed
                               and isinstance(e := scope.names.get(k), VarDecl) and e.kind != "matrix")  # fmt: skip
                if loose:
                    return self._demote(r, f"{', '.join(loose)} (not defined in the notes) may depend on the variable "
                                           "of the derivative")  # fmt: skip
        if len(trees) >= 2:
            sides = (
                [trees[:1], trees[1:]]
                if len(trees) == 2
                else [_member_trees(chain.members[step.left].parsed), _member_trees(chain.members[step.right].parsed)]
            )  # type: ignore[arg-type]
            free = [{n for t in side for n in free_names(t) if (n, ()) in inferred
                     and isinstance(scope.names.get((n, ())), IndexRange)} for side in sides]  # fmt: skip
            lone = sorted(free[0] ^ free[1])
            # the sum that would excuse the free index was tried and fails too: FAILED, unless another doubt below
            tried = self._implied_failed().get((id(chain), step.index)) if lone else None
            if lone and tried is None:
                return self._demote(r, f"the index {', '.join(lone)} is free on one side only (an implied sum?)")
        if len(chain.steps) == 1 and not any(t.atoms(sp.Derivative, sp.Sum, sp.Product, AppliedUndef) for t in trees):
            if all(isinstance(scope.names.get(k), VarDecl) for k in inferred):
                return self._demote(r, "an equation between undeclared quantities: nothing says it is an identity "
                                       "(it may hold only for particular values)")  # fmt: skip
        if len(names) == 2:
            # variables of an arbitrary function's derivatives; parameters of a defined function used bare
            related = variables_of(scope, trees) | bare_parameters(scope, trees)
            one_side = sorted(display_key(k) for k in inferred if (k in names[0]) != (k in names[1])
                              and isinstance(scope.names.get(k), VarDecl) and k[0] not in related)  # fmt: skip
            if one_side:
                why = f"{', '.join(one_side)} appear(s) on one side only and the notes do not define it"
                return self._demote(r, why + ": the step relates it to the other side in a way the checker cannot see")
        return tried if tried is not None else r

    def _index_as_number(self, names: set[str], scope: Scope) -> str | None:
        """The name (among ``names`` and what their definitions use) whose definition *in the notes*
        uses an index as a value (``p_j = e^j / \\sum_i e^i``, meant ``e^{o_j}``), or None."""
        for name in sorted(self._reach(names, scope)):
            entry = scope.names.get((name, ()))
            if not isinstance(entry, Definition) or entry not in self.note_definitions or not entry.body:
                continue
            try:
                tree = self.parse(entry.body, None, frozenset())
            except LatexError:
                continue
            indices = set(entry.index_params)
            for sub in sp.preorder_traversal(tree):
                if isinstance(sub, sp.Sum | sp.Product):
                    indices |= {str(v) for v, *_ in sub.limits}
            if indices & _values_of(tree):
                return display_key(entry.key)
        return None

    def _reach(self, names: set[str], scope: Scope) -> set[str]:
        """``names`` and every name their definitions (the context's or the notes') use."""
        out, todo = set(names), list(names)
        while todo and len(out) < 500:
            entry = scope.names.get((todo.pop(), ()))
            if isinstance(entry, Definition) and entry.body:
                try:
                    body = names_in(self.parse(entry.body, None, frozenset())) - set(entry.params)
                except LatexError:
                    continue
                todo.extend(body - out)
                out |= body
        return out

    @staticmethod
    def _rounded(chain: _Chain, step: _Step, r: StepResult) -> StepResult | None:
        """``-\\log(0.245) = 1.406``: a number written with d decimals is right if it is within one
        unit of its last digit (the author rounded)."""
        cx = r.counterexample
        texts = (chain.members[step.left].latex, chain.members[step.right].latex)
        decimals = [len(m) for t in texts for m in re.findall(r"\d\.(\d+)", t)]
        if cx is None or not decimals:
            return None
        if any(re.search(r"(?<![a-zA-Z\\])[a-zA-Z](?![a-zA-Z])", re.sub(r"\\[a-zA-Z]+", "", t)) for t in texts):
            return None  # a free letter: not a worked number
        try:
            lhs, rhs = float(cx.lhs), float(cx.rhs)
        except ValueError:
            return None
        tol = 10.0 ** -min(decimals)
        if abs(lhs - rhs) > tol:
            return None
        if cx.entry:  # one entry of a vector is within the rounding: the others are not known to be
            return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=(
                f"numbers rounded to {min(decimals)} decimals: entry {cx.entry} agrees to that precision "
                f"({cx.lhs} and {cx.rhs}); the other entries are not compared"))  # fmt: skip
        return replace(r, verdict=Verdict.PASSED, counterexample=None,
                       message=f"equal to the {min(decimals)} decimals written ({cx.lhs} and {cx.rhs})")  # fmt: skip

    @staticmethod
    def _demote(r: StepResult, why: str) -> StepResult:
        cx = r.counterexample
        extra = f" (literally it fails at {', '.join(f'{k}={v}' for k, v in cx.point)})" if cx is not None else ""
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=why + extra)


def _values_of(tree: sp.Basic) -> set[str]:
    """Names of the symbols of ``tree`` used as values: outside subscripts and sum limits."""
    if isinstance(tree, sp.Indexed):
        return set()
    if isinstance(tree, sp.Symbol):
        return {tree.name}
    if isinstance(tree, sp.Sum | sp.Product):
        return _values_of(tree.function)
    out: set[str] = set()
    for a in tree.args:
        if isinstance(a, sp.Basic):
            out |= _values_of(a)
    return out


def _open(r: StepResult) -> bool:
    """Is the step still open to another reading: FAILED, or a case split of its indices?"""
    return r.verdict is Verdict.FAILED or (r.verdict is Verdict.SKIPPED and _CASE_SPLIT in r.message)


_Group = tuple[dict[int, sp.Basic], list[tuple[int, SumReading]]]


def _groups(chain: _Chain, todo: list[tuple[int, SumReading]]) -> list[_Group]:
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


def _layer_recursion(d: sp.Derivative, scope: Scope) -> str:
    """``∂a^{(l+1)}_k / ∂a^{(l)}_j`` between entries of one family the notes never define, at index
    positions written as different expressions (``l + 1`` against ``l``): backprop notes mean one
    layer computed from the other, which the notes define elsewhere or only in prose. Reading the
    two as independent entries of one inferred array makes the derivative 0 — a guess, so a
    failure resting on it is not a FAILED. Plain indices (``∂x_i/∂x_j = δ_ij``) stay independent.
    The parser may read ``z^{m+1}_i`` as a power where ``z^{m}_j`` is the family ``z^()``: the
    same name under another superscript is the same doubt."""
    for v, _ in d.variable_count:
        if not isinstance(v, sp.Indexed):
            continue
        label = str(v.base.label)
        key = (label, ())
        if key not in scope.inferred or isinstance(scope.names.get(key), Definition):
            continue
        entries = d.expr.atoms(sp.Indexed)
        same = [a for a in entries if a.base == v.base and len(a.indices) == len(v.indices)]
        for a in same:
            shifted = [(p, q) for p, q in zip(a.indices, v.indices, strict=True)
                       if p != q and not (p.is_Atom and q.is_Atom)]  # fmt: skip
            if shifted:
                p, q = shifted[0]
                return (f"{display_key(key)} at {p} and at {q} are read as independent entries of one array the notes "
                        "do not define; whether one is computed from the other (a layer recursion?) is not stated")
        root = label[: -len("^()")] if label.endswith("^()") else ""
        if root and not same and any(str(a.base.label) == root for a in entries):
            return (f"{root} under another superscript is read as another quantity than {display_key(key)}; whether "
                    "one layer is computed from the other (a layer recursion?) is not stated")
    return ""
