"""Checking the steps of one chain: each step at each instance (sizes and index assignment) through the engine.

:class:`_Checker` turns the members of a chain into SymPy objects over concrete variables at each
instance (:mod:`verifier.documents.indices` chooses them), runs the catalog's engine on every step,
and aggregates a step's verdict as the worst over its instances, with the sizes and indices of a
failure. Steps decided before any instance (definitions, links that are not equalities, unread
members) are SKIPPED with their reason.

This module owns the run over a chain: the steps decided before any instance, the instances (sizes,
assignments, the other size), and the members resolved at each (reused across assignments that read
the same indices). Its mixins own the rest: deciding the steps at one instance
(:mod:`verifier.documents.oneinstance`), one verdict per step from its outcomes
(:mod:`verifier.documents.stepverdicts`), index assignments (:mod:`verifier.documents.indices`), ⇔ links
(:mod:`verifier.documents.links`) and steps through a tensor (:mod:`verifier.documents.tensorsteps`)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.matrices.utilities import dotprodsimp

from verifier.documents.brackets import REPAIR
from verifier.documents.context import (
    Definition,
    IndexRange,
    Key,
    Scope,
    VarDecl,
    display_key,
)
from verifier.documents.everysize import extra_combos, step_pairs
from verifier.documents.indices import _Indices
from verifier.documents.infer import names_in
from verifier.documents.layout import by_matrices
from verifier.documents.links import _Links
from verifier.documents.members import _Chain, _Step, member_text, member_trees
from verifier.documents.nonnegative import against_zero
from verifier.documents.omitted import differentiates_anything
from verifier.documents.oneinstance import SPECIAL_CASE, _OneInstance  # noqa: F401 - SPECIAL_CASE re-exported
from verifier.documents.onesproducts import sized_members
from verifier.documents.othersizes import (
    REFUTED,
    Allowance,
    Others,
    other_sizes,
    rechecked,
    refuted_past,
    scalar_valued,
)
from verifier.documents.pairindices import UNVALUED, distinct, pair_indices
from verifier.documents.pastsizes import past_numbers
from verifier.documents.prefixes import Prefix, moved
from verifier.documents.renamed import Proofs
from verifier.documents.resolve import (
    Instance,
    ResolveError,
    Resolver,
    Value,
)
from verifier.documents.stepverdicts import (  # noqa: F401 - _Outcome and sample_curves re-exported
    HOLDS,
    _Outcome,
    _StepVerdicts,
    sample_curves,
)
from verifier.documents.tensorsteps import _TensorSteps
from verifier.documents.vacuouswhere import trailing_reading, vacuous_skipped
from verifier.latex import DEFINITION, EQUALITY, LatexError
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document


def layout_free(doc: _Document, chain: _Chain, scope: Scope, steps: set[int]) -> bool:
    """Did the last full check of ``chain`` in ``scope`` (every instance of each of its steps) cover
    ``steps`` and take no derivative by a vector or matrix (:func:`verifier.documents.layout.note_variable`)?
    Then another layout resolves every member of those steps to the same values at the same instances,
    and gives the same verdicts: re-reading them in it is left out (verifier.documents.doubts)."""
    seen = doc.__dict__.get("_layout_free", {}).get((id(chain), id(scope)))
    if seen is None or seen[0] is not chain or seen[1] is not scope:
        return False
    return seen[3] and steps <= seen[2]


def shape_failure(r: StepResult) -> bool:
    """Did the step fail because its members' shapes clash (not because their values differ)?"""
    return r.counterexample is None and any(w in r.message for w in ("mismatch", "cannot be combined", "conform"))


class _Resolved(NamedTuple):
    """The members of one instance resolved: the resolver (its expectation atoms, conditions and
    hypotheses are read after the members), each member's value or error, and its readings."""

    resolver: Resolver
    values: dict[int, Value | Exception]
    readings: dict[int, tuple[str, ...]]


# indices read (name, value or None), the resolver just after the members, their values, their readings
_Reads = tuple[tuple[str, int | None], ...]
_Reusable = tuple[_Reads, Resolver, dict[int, Value | Exception], dict[int, tuple[str, ...]]]


class _Checker(_Indices, _Links, _TensorSteps, _OneInstance, _StepVerdicts):
    def __init__(
        self,
        doc: _Document,
        chain: _Chain,
        scope: Scope,
        only: set[int] | None = None,
        holds_only: frozenset[int] = frozenset(),
        verdict_only: frozenset[int] = frozenset(),
    ) -> None:
        self.doc = doc
        self.chain = chain
        self.scope = scope
        self.only = only  # check just these steps (the FAILED ones, under another reading)
        # steps (by index) whose re-check under another reading only asks *whether they hold*: once
        # every step checked has an instance where it does not, no later instance can make one hold
        # (see _settled), so the remaining instances are not evaluated
        self.holds_only = holds_only
        self.where_reading, self.vacuity = trailing_reading(chain, scope), {}  # documents.vacuouswhere
        # steps whose re-check is read for its verdict and first counterexample only (not the readings
        # every instance noted): they stop being evaluated once those are fixed (see _settled)
        self.verdict_only = verdict_only
        # instances are shared by chains whose declared variables are the same (inferred ones included)
        self.scope_id = tuple(e for e in scope.names.values() if isinstance(e, VarDecl))
        self.outcomes: dict[int, list[_Outcome]] = {s.index: [] for s in chain.steps}
        # steps left out at assignments with a shifted entry outside, or where the matrix a solved form
        # inverts is singular (documents.solvedform)
        self.outside: dict[int, str] = {}
        self.fixed: dict[int, tuple[Verdict, str]] = {}  # steps decided before any instance
        self.tensor_steps: dict[int, str] = {}  # steps read through their parts (documents.tensorparts)
        self.texts: dict[int, str] = {}  # members rendered as text (see member_text)
        self.inferred_notes: dict[int, tuple[str, ...]] = {}  # see _inferred_notes
        # members resolved at each instance, with the indices their resolution read (see _resolve)
        self.resolved: dict[tuple[object, ...], list[_Reusable]] = {}
        self.prefixes: dict[tuple[object, ...], list[Prefix]] = {}  # the first members of those (documents.prefixes)
        self.proofs = Proofs()  # claims proved at one assignment, for the others (documents.renamed)
        self.others = Others()  # the instance at another size, for the steps proved (documents.othersizes)
        self.around: tuple[list[str], set[Key]] = ([], set())
        self.apart: list[tuple[sp.Basic, str]] = []  # conditions that a pair's indices differ (pairindices)

    def _latex(self, s: _Step) -> tuple[str, str]:
        return self.chain.members[s.left].latex, self.chain.members[s.right].latex

    @staticmethod
    def _defines(key: Key) -> str:
        return f"defines {display_key(key)} (the notes' definition, used by the lines after it)"

    def run(self) -> list[StepResult]:
        chain = self.chain
        for s in chain.steps:
            if s.relation == DEFINITION:
                self.fixed[s.index] = (Verdict.SKIPPED, "a definition (not a claim to check)")
            elif s.relation != EQUALITY and against_zero(s.relation, *self._latex(s)) is None:
                self.fixed[s.index] = (Verdict.SKIPPED, f"not an equality ({s.relation})")
        for s in chain.steps:
            for side in (s.left, s.right):
                m = chain.members[side]
                if m.parsed is None and s.index not in self.fixed:
                    self.fixed[s.index] = (Verdict.SKIPPED, f"{'left' if side == s.left else 'right'} member "
                                           f"(line {m.line}) {m.error}")  # fmt: skip
        if chain.unchecked and chain.steps:  # a claim about a name given in words (documents.wordnamed)
            self.fixed[chain.steps[0].index] = (Verdict.SKIPPED, chain.unchecked)
        first = [(chain.steps[0].index, chain.defines)] if chain.defines is not None and chain.steps else []
        for index, key in (first if not chain.solves_defining else []) + chain.named:
            why = self._defines(key)
            step = next((s for s in chain.steps if s.index == index), None)
            repairs = [r for i in ((step.left, step.right) if step else ()) if (p := chain.members[i].parsed)
                       for r in p.readings if r.startswith(REPAIR)]  # fmt: skip
            self.fixed.setdefault(index, (Verdict.SKIPPED, why + "".join(f"; read: {r}" for r in repairs)))
        if chain.names is not None and chain.steps and chain.steps[-1].index not in self.fixed:
            self.fixed[chain.steps[-1].index] = (
                Verdict.SKIPPED,
                f"names the value of the line's first member {display_key(chain.names)} (used by the lines after it)",
            )
        conditions: list[tuple[sp.Basic, str]] = []
        for text, where in chain.conditions:
            try:
                tree = self._condition_tree(text)
            except LatexError as exc:
                return self._all_skipped(f"the condition {text!r} ({where}) cannot be read: {exc.message}")
            if tree is not None:
                conditions.append((tree, f"{text} ({where})"))
        step_conditions: dict[int, sp.Basic] = {}
        for s in chain.steps:
            if s.condition:
                try:
                    tree = self._condition_tree(s.condition)
                except LatexError as exc:
                    self.fixed.setdefault(s.index, (Verdict.SKIPPED, f"its condition cannot be read: {exc.message}"))
                    continue
                if tree is not None:
                    step_conditions[s.index] = tree
        if self.only is not None:
            for s in chain.steps:
                if s.index not in self.only:
                    self.fixed.setdefault(s.index, (Verdict.SKIPPED, "not re-checked"))
        live = [s for s in chain.steps if s.index not in self.fixed]
        met = by_matrices()
        if live:
            try:
                self._instances(live, conditions, step_conditions)
                self._at_other_size(live, conditions, step_conditions)
            except ResolveError as exc:
                for s in live:
                    self.fixed.setdefault(s.index, (Verdict.SKIPPED, str(exc)))
        if not self.holds_only and not self.verdict_only:  # every live step checked at every instance
            seen = self.doc.__dict__.setdefault("_layout_free", {})
            checked = frozenset(s.index for s in live)
            seen[id(chain), id(self.scope)] = (chain, self.scope, checked, by_matrices() == met)
        return vacuous_skipped([self._aggregate(s) for s in chain.steps],
                               [self.vacuity.get(s.index) for s in chain.steps], self.where_reading)

    def _text(self, member: int) -> str:
        """A member as text, rendered once (an inner member belongs to two steps)."""
        if member not in self.texts:
            self.texts[member] = member_text(self.chain.members[member])
        return self.texts[member]

    def _inferred_notes(self, member: int) -> tuple[str, ...]:
        """What was inferred about the names of one member (reported like any other reading); the
        same at every instance (the member and the scope are fixed here), so found once."""
        if member not in self.inferred_notes:
            parsed = self.chain.members[member].parsed
            notes: tuple[str, ...] = ()
            if parsed is not None and self.scope.inferred:
                used: set[str] = set()
                for t in member_trees(parsed):
                    used |= names_in(t)
                    # a function the notes define where this line cannot see it (a later link, a "where")
                    used |= {f.func.__name__ for f in t.atoms(AppliedUndef)
                             if isinstance(self.scope.names.get((f.func.__name__, ())), Definition)}
                notes = tuple(f"inferred {note}" for key, note in self.scope.inferred.items() if key[0] in used)
            self.inferred_notes[member] = notes
        return self.inferred_notes[member]

    def _all_skipped(self, reason: str) -> list[StepResult]:
        return [self.doc._skipped(self.chain, s, reason) for s in self.chain.steps]

    def _resolver(self, instance: Instance, indices: dict[str, int]) -> Resolver:
        placeholders: dict[str, sp.Basic] = {}
        for m in self.chain.members:
            if m.parsed is not None:
                placeholders.update(m.parsed.placeholders)
        nc = self.doc.ctx.noncommutative(self.scope)
        resolver = Resolver(
            self.scope, instance, indices, parse=lambda src: self.doc.parse(src, None, nc), placeholders=placeholders
        )
        members = self.chain.members
        resolver.chain_differentiates = any(differentiates_anything(m.parsed and m.parsed.tree) for m in members)
        resolver.hypotheses_text = " ".join(h for h, _ in self.chain.hypotheses)  # documents.underexpectation
        return resolver

    # -- the instances ----------------------------------------------------------------------
    def _instances(
        self, live: list[_Step], conditions: list[tuple[sp.Basic, str]], step_conditions: dict[int, sp.Basic]
    ) -> None:
        chain = self.chain
        used = {i for s in live for i in (s.left, s.right)}
        members = [chain.members[i] for i in sorted(used)]
        cond_trees = [t for t, _ in conditions] + list(step_conditions.values())
        trees = self._trees(members)  # the members' trees, read once for the indices, the other sizes and the numbers
        free = self._free_indices([*trees, *cond_trees])
        # probe at the smallest sizes: which sizes do these members depend on?
        probe_sizes = self._combos(set())[0]
        probe_instance = self.doc.instance(self.scope_id, self.scope, probe_sizes)
        probe = self._resolver(probe_instance, {})
        first = self._assignments(free, probe_instance, conditions, probe)[:1] or [{}]
        # the members at the smallest sizes and the first assignment, resolved as _one resolves them
        # (a fresh resolver, members in _one's order): the instance that is exactly this one takes
        # them as they are instead of resolving every member a second time
        resolved: _Resolved | None = self._resolve(live, probe_instance, first[0])
        assert resolved is not None
        apart = conditions
        # d = ‖y_i − y_j‖ of a line that writes d alone, unreadable without i and j: the pair is the line's too,
        # taken distinct (documents.pairindices); only then, as more indices multiply the instances
        if any(isinstance(v, ResolveError) and UNVALUED in str(v) for v in resolved.values.values()):
            pair, pairs = pair_indices(trees, self.scope, lambda b: self.doc.parse(b, None, frozenset()))
            if pair - set(free):
                free, apart = sorted({*free, *pair}), conditions + distinct(pairs)
                probe = self._resolver(probe_instance, {})
                first = self._assignments(free, probe_instance, apart, probe)[:1] or [{}]
                resolved = self._resolve(live, probe_instance, first[0])
        relevant: set[Key] = set()
        for name in free:
            entry = self.scope.names[(name, ())]
            assert isinstance(entry, IndexRange)
            relevant |= {d for d in (entry.lo, entry.hi) if not isinstance(d, int)}
        relevant |= probe.sizes_used | resolved.resolver.sizes_used
        inferred = self.scope.inferred
        combos = self._combos(relevant)  # and a size where a closed form differs (documents.everysize)
        combos += extra_combos([p for s in live for p in self._sides(s)], self.scope, combos)
        scalar = all(scalar_valued(v) for v in resolved.values.values())  # a degree d asks n = d, else d + 1
        self.others = Others.at(*other_sizes(self.scope, relevant, combos, trees, scalar), relevant, combos[0])
        self.around = (free, relevant)  # the free indices and the sizes the members use, for _at_other_size
        self.apart = apart[len(conditions):]  # and the pairs' distinct values (documents.pairindices)
        for sizes in past_numbers(combos, relevant, self._sizes(), inferred, trees):
            instance = self.doc.instance(self.scope_id, self.scope, sizes)
            resolver0 = self._resolver(instance, {})
            shown_sizes = {display_key(k): v for k, v in sizes.items() if k in relevant}
            assignments = self._assignments(free, instance, apart, resolver0, list(step_conditions.values()))
            for assignment in assignments:
                ready = None
                if resolved is not None and instance is probe_instance and assignment == first[0]:
                    ready, resolved = resolved, None
                self._one(live, instance, shown_sizes, assignment, conditions, step_conditions, ready)
                if self._settled(live):
                    return
                if self.holds_only or self.verdict_only:
                    # a settled step is left out of the later instances: its members are no longer
                    # resolved for it (the re-checks under other readings ask them over and over)
                    live = [s for s in live if not self._settled([s])]
            # x_{k-1} at k = 1 and x_{k+1} at k = 3, the only assignments tried: the interior ones too
            outside = [s for s in live if s.index in self.outside and not self.outcomes[s.index]]
            for assignment in self._interior(free, instance, apart, resolver0, assignments) if outside else ():
                self._one(outside, instance, shown_sizes, assignment, conditions, step_conditions)
                if self._settled(outside):
                    break

    def _at_other_size(
        self, live: list[_Step], conditions: list[tuple[sp.Basic, str]], step_conditions: dict[int, sp.Basic]
    ) -> None:
        """The steps PROVED at the first sizes, checked numerically at the chain's other size, at the first
        index assignment, within the document's allowance (documents.othersizes); in a re-check of some steps
        under another reading (``only``) a step the first re-check that proves it, or one refuted there before
        (a reading must not rescue a step from a refutation it does not look at: othersizes.rechecked); the
        others say they were checked at the first sizes only."""
        sizes = self.others.sizes
        eligible = Others.eligible(live, self.outcomes) if sizes is not None else []
        if sizes is None or not eligible:
            return
        refuted = self.doc.__dict__.setdefault(REFUTED, set())  # (chain line, step): refuted at the other size
        if self.only is not None:  # a reading's re-check: a step rescued the first time, or refuted there before
            eligible = rechecked(self.doc, self.chain.line, eligible)  # (its cost: documents.othersizes)
            self.others.cut = not eligible
            if not eligible:
                return
        with self.others.checking(Allowance.of(self.doc)) as begun:
            if begun:
                instance = self.doc.instance(self.scope_id, self.scope, sizes)
                free, relevant = self.around
                shown_sizes = {display_key(k): v for k, v in sizes.items() if k in relevant}
                first = self._assignments(free, instance, conditions + self.apart, self._resolver(instance, {}),
                                          list(step_conditions.values()))[:1]  # fmt: skip
                with dotprodsimp(False):  # numeric only there: a matrix power's entries not expanded (4 s → 0.1 s)
                    for assignment in first:
                        self._one(eligible, instance, shown_sizes, assignment, conditions, step_conditions)
        refuted |= {(self.chain.line, s.index) for s in eligible if refuted_past(self.outcomes[s.index])}

    def _resolve(self, live: list[_Step], instance: Instance, assignment: dict[str, int]) -> _Resolved:
        """Every member the live steps use at one instance, each with the readings its resolution noted.

        The same members at the same sizes under another index assignment that agrees on every index
        their resolution looked up (``Resolver.index_reads``: only ``Resolver._symbol`` reads the
        indices) resolve to the same values and readings: the resolver is otherwise a pure function
        of the trees, the scope and the instance. So the members are resolved once per value of the
        indices they read, not once per assignment (a re-check whose live steps no longer read some of
        the free indices, a settled step left out or a sum written out, reads fewer). The values are
        taken as they are, with a copy of that resolution's resolver, set to this assignment, for what
        is read after them (conditions, hypotheses: its remembered values came from the same index
        values). Members with 𝔼 atoms (held by their resolver) are not reused."""
        order = tuple(dict.fromkeys(i for s in live for i in (s.left, s.right)))
        key = (order, id(instance))
        for reads, snapshot, values0, readings0 in self.resolved.get(key, ()):
            if all(assignment.get(name) == v for name, v in reads):
                return _Resolved(_copied(snapshot, assignment), dict(values0), dict(readings0))
        # the first members from an assignment that agrees on the indices they read (documents.prefixes)
        prefixes = self.prefixes.setdefault(key, [])
        start = max((p for p in prefixes if p.fits(assignment)), key=lambda p: p.done, default=None)
        resolver = _copied(start.resolver, assignment) if start is not None else None
        if resolver is None or not moved(resolver, start.resolver.indices, assignment):  # type: ignore[union-attr]
            start, resolver = None, self._resolver(instance, assignment)
        values: dict[int, Value | Exception] = dict(start.values) if start is not None else {}
        readings: dict[int, tuple[str, ...]] = dict(start.readings) if start is not None else {}
        for s in live:
            for i in (s.left, s.right):
                if i in values:
                    continue
                self._keep_prefix(prefixes, resolver, assignment, values, readings, len(order))
                parsed = self.chain.members[i].parsed
                assert parsed is not None
                resolver.readings = []
                try:
                    values[i] = resolver.member(parsed.tree)
                except ResolveError as exc:
                    values[i] = exc
                readings[i] = tuple(parsed.readings) + tuple(resolver.readings) + self._inferred_notes(i)
        member = lambda i: resolver.member(self.chain.members[i].parsed.tree)  # noqa: E731
        sized_members(values, [(s.left, s.right) for s in live], member)  # = \mathbf{1}(\mathbf{1}^T x) (onesproducts)
        if not resolver.functionals.symbols:
            reads = tuple(resolver.index_reads.items())
            snapshot = _copied(resolver, assignment)  # as it is now: _one reads conditions and hypotheses in it
            self.resolved.setdefault(key, []).append((reads, snapshot, dict(values), dict(readings)))
        return _Resolved(resolver, values, readings)

    @staticmethod
    def _keep_prefix(
        prefixes: list[Prefix],
        resolver: Resolver,
        assignment: dict[str, int],
        values: dict[int, Value | Exception],
        readings: dict[int, tuple[str, ...]],
        members: int,
    ) -> None:
        """Keep the resolver as it is after the members in ``values`` (documents.prefixes), where a
        later assignment can take it: some members done, not every index read, nothing held by it."""
        done = len(values)
        if not done or done == members or resolver._opaque or resolver.functionals.symbols:
            return
        read = {name for name, v in resolver.index_reads.items() if v is not None}
        if read >= assignment.keys():
            return  # only this assignment fits (the whole resolution is kept at the end)
        reads = tuple(resolver.index_reads.items())
        if any(p.done == done and p.reads == reads for p in prefixes):
            return
        prefixes.append(Prefix(done, reads, _copied(resolver, assignment), dict(values), dict(readings)))

    def _settled(self, live: list[_Step]) -> bool:
        """Is every step checked one whose caller only asks whether it holds (``holds_only``), and
        that already has an instance where it does not? Then its verdict cannot be PROVED or PASSED
        whatever the other instances give (:meth:`_aggregate`: any other verdict at one instance
        outranks them), which is all such a caller reads; evaluating them would not change it.
        A step in ``verdict_only`` is settled once its verdict and first counterexample are fixed."""
        if not self.holds_only and not self.verdict_only:
            return False
        for s in live:
            verdicts = [o.result.verdict if o.result is not None else o.verdict for o in self.outcomes[s.index]]
            if s.index in self.holds_only:
                if all(v in HOLDS for v in verdicts):
                    return False
            elif s.index in self.verdict_only:
                # FAILED at one instance is the verdict, its first counterexample the one reported; only a
                # step whose free indices were inferred may still become a case split (an instance that holds)
                if Verdict.FAILED not in verdicts:
                    return False
                if self._inferred_free(s) and not any(v in HOLDS for v in verdicts):
                    return False
            else:
                return False
        return True

    def _inferred_free(self, step: _Step) -> bool:
        """Does the step have a free index the notes leave undeclared (as :meth:`_aggregate` asks)?"""
        inferred = {k[0] for k, e in self.scope.names.items() if isinstance(e, IndexRange) and k in self.scope.inferred}
        members = [self.chain.members[step.left], self.chain.members[step.right]]
        return bool(set(self._free_indices(self._trees(members))) & inferred)

    def _sides(self, step: _Step) -> list[tuple[sp.Basic, sp.Basic]]:
        left, right = (self.chain.members[k].parsed for k in (step.left, step.right))
        return step_pairs(*(member_trees(p) if p is not None else [] for p in (left, right)))


def _copied(resolver: Resolver, indices: dict[str, int]) -> Resolver:
    """A copy of ``resolver`` at the index assignment ``indices`` whose remembered values and state
    (one level of dicts, sets and lists, its expectation atoms too) are its own: what is resolved
    in the copy leaves the original as it was."""

    def own(obj: object) -> object:
        out = copy.copy(obj)
        for name, v in vars(obj).items():
            if isinstance(v, dict | set | list):
                setattr(out, name, copy.copy(v))
        return out

    clone = own(resolver)
    assert isinstance(clone, Resolver)
    clone.functionals = own(resolver.functionals)  # type: ignore[assignment]
    clone.indices = dict(indices)
    return clone


def checked_under(doc: _Document, chain: _Chain, scope: Scope, hypotheses: Sequence[tuple[str, str]],
                  failing: Sequence[int]) -> list[StepResult] | None:
    """The steps of ``chain`` at the positions ``failing`` checked again with ``hypotheses`` (each a formula and where
    the notes state it) added to the chain's own, in ``scope`` as read: what a reading that names values or a
    condition for a failing step re-checks it with (documents.leadingvalues, closedvalues, notedcondition); None
    when it cannot be read."""
    alt = copy.copy(chain)
    alt.hypotheses = [*chain.hypotheses, *hypotheses]
    try:
        return _Checker(doc, alt, scope, {chain.steps[k].index for k in failing}, frozenset()).run()
    except (ResolveError, LatexError, NotImplementedError):
        return None


def checked_again(doc: _Document, alt: _Chain, scope: Scope, asked: set[int], members: int,
                  adjust: Callable[[Scope], Scope] | None = None) -> list[StepResult] | None:
    """The steps ``asked`` of ``alt`` (a copy of a chain whose members a reading rewrote) checked again in
    ``scope``, inferred, read and annotated as a chain's own reading is: None when it cannot be read or
    loses members on the way (it has ``members`` as written). What a post-pass re-checks a chain with
    (documents.appliedlabels, documents.constantfactors); ``adjust`` changes the inferred scope (the
    kind of a name the reading fixes: documents.distributioncalls)."""
    try:
        read = doc._infer(alt, scope)
        read = adjust(read) if adjust is not None else read
        doc._read(alt, read)
        doc._annotate(alt, read)
        if len(alt.members) != members:
            return None
        return _Checker(doc, alt, read, asked, frozenset(asked)).run()
    except (ResolveError, LatexError):
        return None
