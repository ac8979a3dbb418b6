"""Checking the steps of one chain: each step at each instance (sizes and index assignment) through the engine.

:class:`_Checker` turns the members of a chain into SymPy objects over concrete variables at each
instance (:mod:`verifier.documents.indices` chooses them), runs the catalog's engine on every step,
and aggregates a step's verdict as the worst over its instances, with the sizes and indices of a
failure. Steps decided before any instance (definitions, links that are not equalities, unread
members) are SKIPPED with their reason."""

from __future__ import annotations

import copy
import re
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.matrices.utilities import dotprodsimp

from verifier.budget import BudgetExceeded
from verifier.catalog import Claim, D, Variable, explicit
from verifier.documents.brackets import REPAIR
from verifier.documents.computedworked import rounded_when_computed
from verifier.documents.context import (
    Definition,
    IndexRange,
    Key,
    Scope,
    VarDecl,
    display_key,
)
from verifier.documents.distributions import only_stated
from verifier.documents.everysize import extra_combos, proved_for_every_size, step_pairs
from verifier.documents.expectation import unproved
from verifier.documents.hypotheses import solved_hypotheses, special_case
from verifier.documents.identity import identity_as_one
from verifier.documents.indicatorcases import writes_indicator_case
from verifier.documents.indices import _Indices
from verifier.documents.infer import (
    names_in,
)
from verifier.documents.jacobiancases import case_said_around, jacobian_indices
from verifier.documents.layout import by_matrices
from verifier.documents.links import _Links
from verifier.documents.members import _Chain, _Member, _member_trees, _Step, _text
from verifier.documents.minima import compare_values
from verifier.documents.nonnegative import READING as NONNEGATIVE
from verifier.documents.nonnegative import against_zero, nonnegative, unproven
from verifier.documents.numberednames import applied_in
from verifier.documents.numberlinks import numbers_alone
from verifier.documents.omitted import differentiates_anything
from verifier.documents.onesidedvectors import one_sided, stated_vector_names
from verifier.documents.onesproducts import sized_members
from verifier.documents.optimum import OptimumValue, compare_optima, holds_optimum
from verifier.documents.othersizes import (
    REFUTED,
    Allowance,
    Others,
    apart,
    other_sizes,
    rechecked,
    refuted_past,
    scalar_valued,
)
from verifier.documents.pastsizes import past_numbers
from verifier.documents.prefixes import Prefix, moved
from verifier.documents.renamed import Proofs
from verifier.documents.resolve import (
    DimensionError,
    Instance,
    ResolveError,
    Resolver,
    Value,
    free_symbols,
    shape_of_value,
    shape_text,
)
from verifier.documents.sectioncases import with_section_cases
from verifier.documents.solvedform import SINGULAR
from verifier.documents.solvedvalues import SUBSTITUTED
from verifier.documents.stated import WHERE, closed_form, worked
from verifier.documents.statedvectors import worked_vector
from verifier.documents.tensorparts import not_refuted
from verifier.documents.tensorsteps import _TensorSteps
from verifier.documents.vacuouswhere import note_vacuous, trailing_reading, vacuous_skipped
from verifier.documents.values import IndexOutside, substitute
from verifier.documents.writtencases import writes_index_cases
from verifier.documents.zeros import zero_as_zeros
from verifier.engine import DEFAULT_POINTS, check_claim
from verifier.latex import DEFINITION, EQUALITY, LatexError
from verifier.plots import with_curve
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.check import _Document


_HOLDS = (Verdict.PROVED, Verdict.PASSED)


@dataclass(frozen=True)
class _Unsampled:
    """What a refuted step's curve (:func:`verifier.plots.with_curve`) is sampled from, kept in the
    step's ``curve`` until the chain's verdicts are final (:func:`sample_curves`). Why: most refuted
    instances are re-checks under other readings, or literal failures another reading rescues, and
    sampling the curve of a large member (printing its entry) can cost more than checking it: only a
    step that is reported is sampled, from the claim and step it would have been sampled from then."""

    claim: Claim
    step: StepResult


def sample_curves(steps: Sequence[StepResult]) -> list[StepResult]:
    """The chain's final steps with their curves sampled (see :class:`_Unsampled`): exactly the curve
    each would have carried had it been sampled when the step was refuted."""
    out = []
    for r in steps:
        pending = r.curve
        if isinstance(pending, _Unsampled):
            r = replace(r, curve=with_curve(pending.claim, pending.step).curve)
        out.append(r)
    return out


def layout_free(doc: _Document, chain: _Chain, scope: Scope, steps: set[int]) -> bool:
    """Did the last full check of ``chain`` in ``scope`` (every instance of each of its steps) cover
    ``steps`` and take no derivative by a vector or matrix (:func:`verifier.documents.layout.note_variable`)?
    Then another layout resolves every member of those steps to the same values at the same instances,
    and gives the same verdicts: re-reading them in it is left out (verifier.documents.doubts)."""
    seen = doc.__dict__.get("_layout_free", {}).get((id(chain), id(scope)))
    if seen is None or seen[0] is not chain or seen[1] is not scope:
        return False
    return seen[3] and steps <= seen[2]


#: the words of a step FAILED as written that holds (or is undecided) at the values its sentence sets: SKIPPED, the
#: sentence may name a point rather than a hypothesis (documents.leadingvalues recognises its own checks by them)
SPECIAL_CASE = "the sentence may name a special case rather than a hypothesis"


def _shape_failure(r: StepResult) -> bool:
    """Did the step fail because its members' shapes clash (not because their values differ)?"""
    return r.counterexample is None and any(w in r.message for w in ("mismatch", "cannot be combined", "conform"))


_DERIVES = re.compile(r"\\partial|\\nabla|'|\\prime|\\frac\s*\{\s*d|\\dot\b")


def _diagonal(a: Value, b: Value, derives: tuple[bool, bool] = (True, True)) -> tuple[Value, Value, str] | None:
    """``∂ReLU(z)/∂z = 1[z > 0]``: a diagonal Jacobian against the vector of its diagonal; ``derives``:
    whether each member writes a derivative (the Jacobian's side must: ``∂(wᵀx)/∂w = diag(x)``, a
    diagonal matrix written out against a gradient, was PROVED)."""
    for jac_left, jac, vec in ((True, a, b), (False, b, a)):
        shape, vshape = shape_of_value(jac), shape_of_value(vec)
        if len(shape) != 2 or shape[0] != shape[1] or len(vshape) != 2 or 1 not in vshape:
            continue
        if max(vshape) != shape[0]:
            continue
        if not derives[0 if jac_left else 1]:
            continue  # ∂(wᵀx)/∂w = diag(x): a diagonal matrix written out is no Jacobian (review19a)
        full = jac.explicit() if isinstance(jac, D) else jac
        n = shape[0]
        if any(full[i, j] != 0 for i in range(n) for j in range(n) if i != j):  # structurally zero only
            continue
        diag = sp.ImmutableMatrix(vshape[0], vshape[1], [full[i, i] for i in range(n)])
        note = "the Jacobian of an entry-wise function (diagonal) read as the vector of its diagonal"
        return (diag, vec, note) if jac_left else (vec, diag, note)
    return None


# ---------------------------------------------------------------------------------------------
# The per-chain checker


def _inner_optimum(v: Value | Exception) -> bool:
    """Does the value ``v`` hold an optimum (``\\arg\\min_w J(w)``) inside a formula (documents.optimum)?"""
    if isinstance(v, sp.MatrixBase):
        return any(_inner_optimum(x) for x in v)
    return isinstance(v, sp.Basic) and holds_optimum(v)  # v.has(OptimumValue), each shared sub-tree once


@dataclass
class _Outcome:
    """One step at one instance: an engine result, or a reason it could not run."""

    result: StepResult | None = None
    verdict: Verdict | None = None
    message: str = ""
    label: str = ""
    readings: tuple[str, ...] = ()
    numeric: bool = False  # at the other size (documents.othersizes)


class _Resolved(NamedTuple):
    """The members of one instance resolved: the resolver (its expectation atoms, conditions and
    hypotheses are read after the members), each member's value or error, and its readings."""

    resolver: Resolver
    values: dict[int, Value | Exception]
    readings: dict[int, tuple[str, ...]]


# indices read (name, value or None), the resolver just after the members, their values, their readings
_Reads = tuple[tuple[str, int | None], ...]
_Reusable = tuple[_Reads, Resolver, dict[int, Value | Exception], dict[int, tuple[str, ...]]]


class _Checker(_Indices, _Links, _TensorSteps):
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
        self.texts: dict[int, str] = {}  # members rendered as text (see _text)
        self.inferred_notes: dict[int, tuple[str, ...]] = {}  # see _inferred_notes
        # members resolved at each instance, with the indices their resolution read (see _resolve)
        self.resolved: dict[tuple[object, ...], list[_Reusable]] = {}
        self.prefixes: dict[tuple[object, ...], list[Prefix]] = {}  # the first members of those (documents.prefixes)
        self.proofs = Proofs()  # claims proved at one assignment, for the others (documents.renamed)
        self.others = Others()  # the instance at another size, for the steps proved (documents.othersizes)
        self.around: tuple[list[str], set[Key]] = ([], set())

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
            self.texts[member] = _text(self.chain.members[member])
        return self.texts[member]

    def _inferred_notes(self, member: int) -> tuple[str, ...]:
        """What was inferred about the names of one member (reported like any other reading); the
        same at every instance (the member and the scope are fixed here), so found once."""
        if member not in self.inferred_notes:
            parsed = self.chain.members[member].parsed
            notes: tuple[str, ...] = ()
            if parsed is not None and self.scope.inferred:
                used: set[str] = set()
                for t in _member_trees(parsed):
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
        relevant: set[Key] = set()
        probe = self._resolver(probe_instance, {})
        for name in free:
            entry = self.scope.names[(name, ())]
            assert isinstance(entry, IndexRange)
            relevant |= {d for d in (entry.lo, entry.hi) if not isinstance(d, int)}
        first = self._assignments(free, probe_instance, conditions, probe)[:1] or [{}]
        # the members at the smallest sizes and the first assignment, resolved as _one resolves them
        # (a fresh resolver, members in _one's order): the instance that is exactly this one takes
        # them as they are instead of resolving every member a second time
        resolved: _Resolved | None = self._resolve(live, probe_instance, first[0])
        assert resolved is not None
        relevant |= probe.sizes_used | resolved.resolver.sizes_used
        inferred = self.scope.inferred
        combos = self._combos(relevant)  # and a size where a closed form differs (documents.everysize)
        combos += extra_combos([p for s in live for p in self._sides(s)], self.scope, combos)
        scalar = all(scalar_valued(v) for v in resolved.values.values())  # a degree d asks n = d, else d + 1
        self.others = Others.at(*other_sizes(self.scope, relevant, combos, trees, scalar), relevant, combos[0])
        self.around = (free, relevant)  # the free indices and the sizes the members use, for _at_other_size
        for sizes in past_numbers(combos, relevant, self._sizes(), inferred, trees):
            instance = self.doc.instance(self.scope_id, self.scope, sizes)
            resolver0 = self._resolver(instance, {})
            shown_sizes = {display_key(k): v for k, v in sizes.items() if k in relevant}
            assignments = self._assignments(free, instance, conditions, resolver0, list(step_conditions.values()))
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
                first = self._assignments(free, instance, conditions, self._resolver(instance, {}),
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
                if all(v in _HOLDS for v in verdicts):
                    return False
            elif s.index in self.verdict_only:
                # FAILED at one instance is the verdict, its first counterexample the one reported; only a
                # step whose free indices were inferred may still become a case split (an instance that holds)
                if Verdict.FAILED not in verdicts:
                    return False
                if self._inferred_free(s) and not any(v in _HOLDS for v in verdicts):
                    return False
            else:
                return False
        return True

    def _inferred_free(self, step: _Step) -> bool:
        """Does the step have a free index the notes leave undeclared (as :meth:`_aggregate` asks)?"""
        inferred = {k[0] for k, e in self.scope.names.items() if isinstance(e, IndexRange) and k in self.scope.inferred}
        members = [self.chain.members[step.left], self.chain.members[step.right]]
        return bool(set(self._free_indices(self._trees(members))) & inferred)

    def _one(
        self,
        live: list[_Step],
        instance: Instance,
        sizes: dict[str, int],
        assignment: dict[str, int],
        conditions: list[tuple[sp.Basic, str]],
        step_conditions: dict[int, sp.Basic],
        ready: _Resolved | None = None,
    ) -> None:
        """One instance: ``ready`` holds its members already resolved (see :meth:`_instances`)."""
        chain = self.chain
        label = ", ".join(f"{k}={v}" for k, v in {**sizes, **assignment}.items())
        resolver, values, readings = ready or self._resolve(live, instance, assignment)
        applicable: list[_Step] = []
        # a step read through its parts (documents.tensorparts) has values of its own: the members it
        # shares with the steps beside it keep theirs, and it is checked in a claim of its own
        own: dict[int, tuple[Value, Value]] = {}

        def sides(st: _Step) -> tuple[Value, Value]:
            return own.get(st.index) or (values[st.left], values[st.right])  # type: ignore[return-value]
        chain_ok = self._holds(conditions, {}, resolver)
        if chain_ok is None:  # e.g. "Case: $x > 0$": a restriction of the domain, not of the indices
            why = "; ".join(w for _, w in conditions)
            for s in live:
                if not numbers_alone(chain, s):  # a link of numbers alone holds or not under any case
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label, message=(
                        f"the condition {why} is not about indices; declare it as a domain instead")))  # fmt: skip
            live = [s for s in live if numbers_alone(chain, s)]
        for s in live:
            cond = step_conditions.get(s.index)
            holds = True if chain_ok is None else chain_ok
            if cond is not None and numbers_alone(chain, s):
                cond = None
            if cond is not None:
                try:
                    c = resolver.condition(cond)
                except ResolveError as exc:
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, message=f"its condition: {exc}", label=label))
                    continue
                if c is None:
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label,
                                          message=f"the condition {s.condition} is not about indices"))  # fmt: skip
                    continue
                holds = c if holds is not False else False
            if holds is False:
                continue
            notes = readings.get(s.left, ()) + tuple(r for r in readings.get(s.right, ()) if r not in readings[s.left])
            bad = [(i, values[i]) for i in (s.left, s.right) if isinstance(values[i], Exception)]
            parts = self._tensor_parts(s, resolver, bad) if bad else None  # documents.tensorparts
            if parts is not None:
                own[s.index], bad = (parts[0], parts[1]), []
                notes = (*notes, parts[2])
            if bad and assignment and all(isinstance(e, IndexOutside) and e.shifted for _, e in bad):
                self.outside.setdefault(s.index, f"{'left' if bad[0][0] == s.left else 'right'} member: {bad[0][1]}")
                continue  # x_{k+1} at k = n: an assignment where the notes' formula does not apply
            follows = None
            if chain.after is not None and s.index == chain.steps[0].index and \
                    (excluded := self._excluded_root(s)) is not None:  # t²/t = 0 ⇒ t = 0 (writtendivisors)
                self._add(s, _Outcome(verdict=Verdict.SKIPPED, message=excluded, label=label))
                continue
            if chain.after is not None and s.index == chain.steps[0].index and \
                    not self._defined_unknown(resolver, s):  # E₁ ⇔ E₂ (documents.equivalent)
                follows = None if bad else self._follows(resolver, *sides(s))
                if follows is None:  # v = M⁻¹q after M v = q (documents.solvedform)
                    follows, singular = self._solved(resolver, s)
                    if singular and bad:  # no inverse at these sizes (XᵀX with fewer rows than columns)
                        self.outside.setdefault(s.index, f"{'left' if bad[0][0] == s.left else 'right'} member: "
                                                         f"{SINGULAR}")  # fmt: skip
                        continue
            if follows is not None and not bad and (kind := self._extremum_kind(resolver, s, *sides(s))) is not None:
                r = StepResult(index=s.index, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=kind[0],
                               method=SUBSTITUTED, message=kind[1])  # fmt: skip
                self._add(s, _Outcome(result=r, label=label, readings=notes))
                continue  # "so the minimum is at $w = -1$" of a maximum (documents.extremumkind)
            solved = None if follows is not None or bad or chain.after is None or chain.worded or \
                s.index != chain.steps[0].index \
                else self._substituted(resolver, s, *sides(s))  # x = 2 after 2x + 4 = 0 (documents.solvedvalues)
            if solved is not None:
                proved = solved[0] is Verdict.PROVED
                r = StepResult(index=s.index, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=solved[0],
                               method=SUBSTITUTED, message="" if proved else solved[1])  # fmt: skip
                self._add(s, _Outcome(result=r, label=label, readings=(*notes, solved[1]) if proved else notes))
                continue
            if follows is None and chain.solves_defining and s.index == chain.steps[0].index and \
                    not (bad and not any(isinstance(e, DimensionError) for _, e in bad)):
                why = f"{self._defines(chain.defines)}; not shown to follow from the equation before it" + (
                    f" (line {chain.after[2]})" if chain.after is not None else "")
                self._add(s, _Outcome(verdict=Verdict.SKIPPED, message=why, label=label))
                continue  # ⇒ w = … not following from the equation before it: the notes' definition (a member
                # that does not resolve is said so below: the notes' definitions that do not fit are left out)
            if s.relation != EQUALITY:  # ``‖v‖² ≥ 0`` read off its form (documents.nonnegative), never FAILED
                larger = against_zero(s.relation, *self._latex(s))
                shown = not bad and larger is not None and nonnegative(
                    sides(s)[larger], unproven(resolver.scope, resolver.instance))
                r = StepResult(index=s.index, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=Verdict.PROVED,
                               method="symbolic: nonnegative by its form") if shown else None  # fmt: skip
                self._add(s, _Outcome(result=r, label=label, readings=(*notes, NONNEGATIVE)) if r else _Outcome(
                    verdict=Verdict.SKIPPED, label=label, message=f"not an equality ({s.relation})"))
                continue
            if bad and follows is None:
                i, exc = bad[0]
                side = "left" if i == s.left else "right"
                verdict = Verdict.FAILED if isinstance(exc, DimensionError) else Verdict.SKIPPED
                self._add(s, _Outcome(verdict=verdict, message=f"{side} member: {exc}", label=label, readings=notes))
                continue
            if follows is not None:  # E₁ ⇔ E₂ (documents.equivalent)
                r = StepResult(index=s.index, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=Verdict.PROVED,
                               method="symbolic: a nonzero multiple of the equation before it")  # fmt: skip
                self._add(s, _Outcome(result=r, label=label, readings=(*notes, follows)))
                continue
            a, b = sides(s)
            if shape_of_value(a) != shape_of_value(b):
                fixed = self._componentwise(s, a, b, assignment)
                if fixed is None:
                    self._add(
                        s,
                        _Outcome(
                            verdict=Verdict.FAILED,
                            label=label,
                            readings=notes,
                            message=(
                                f"shape mismatch: the left member is {shape_text(a)}, "
                                f"the right member is {shape_text(b)}"
                            ),
                        ),
                    )
                    continue  # fmt: skip
                # this step's own values: the member is another shape in the neighbouring steps (a
                # diagonal Jacobian read as a vector here is still the matrix the step before compares)
                own[s.index] = (fixed[0], fixed[1])
                notes = (*notes, fixed[2])
            applicable.append(s)
            readings[-s.index] = notes  # per-step readings
        applicable = self._optima(applicable, values, readings, label)  # arg max / arg min (documents/optimum.py)
        case: tuple[dict[sp.Symbol, sp.Expr], str] | None = None
        overrides: dict[int, tuple[Value, Value]] = {}
        if chain.hypotheses and applicable:
            at_values = self._worked_links(applicable)  # a worked number's links only (a mixed chain)
            try:
                mapping, said = self._hypotheses(resolver)
            except ResolveError as exc:
                for s in at_values:
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label, message=f"a hypothesis: {exc}"))
                applicable = [s for s in applicable if s not in at_values]  # the identities need no values
                if not applicable:
                    return
                mapping, said, at_values = {}, "", []
            pairs = [sides(s) for s in at_values]
            if not at_values:
                pass
            elif special_case(mapping, pairs) and not only_stated(chain.hypotheses):  # documents.distributions
                case = (mapping, said)  # checked as written first (below)
            elif len(at_values) == len(applicable):
                for i in {i for s in applicable if s.index not in own for i in (s.left, s.right)}:
                    values[i] = substitute(explicit(values[i]), mapping)
                for k, pair in own.items():
                    own[k] = (substitute(explicit(pair[0]), mapping), substitute(explicit(pair[1]), mapping))
                for s in applicable:
                    readings[-s.index] = (*readings.get(-s.index, ()), *([said] if said else []))
            else:
                for s in at_values:
                    a, b = sides(s)
                    overrides[s.index] = (substitute(explicit(a), mapping), substitute(explicit(b), mapping))
                    readings[-s.index] = (*readings.get(-s.index, ()), *([said] if said else []))
        # consecutive applicable steps share one claim, so each member is evaluated once (a link taken at
        # the stated values of a mixed chain is a claim of its own: its members are not the others')
        runs: list[list[_Step]] = []
        for s in applicable:
            alone = {s.index, runs[-1][-1].index} & (overrides.keys() | own.keys()) if runs else True
            if runs and not alone and runs[-1][-1].right == s.left and values.get(s.left) is not None:
                runs[-1].append(s)
            else:
                runs.append([s])
        for run in runs:
            idx = [run[0].left] + [s.right for s in run]
            members = overrides.get(run[0].index) or own.get(run[0].index) or tuple(values[i] for i in idx)
            atoms = resolver.functionals.variables_in(members)  # 𝔼[…] atoms (verifier.documents.expectation)
            claim = Claim(members, tuple(self._used_variables(instance, members)) + tuple(atoms))
            key = f"{self.doc.path}:{chain.line}|{label}"
            engine_sizes = {**sizes, **assignment}
            asked = frozenset(j for j, st in enumerate(run, 1) if st.index in self.holds_only)
            # the same claim proved at an earlier assignment is taken, not checked again (documents.renamed)
            same = None if atoms else self.proofs.key(instance, assignment, members, asked)
            try:
                results = self.proofs.taken_for(same, engine_sizes) or check_claim(claim, key, engine_sizes,
                    *self.others.engine(self.doc.settings, self.doc.stage), render=False, holds_only=asked)  # fmt: skip
                self.proofs.keep(same, results)
            except BudgetExceeded as exc:
                for s in run:
                    self._add(s, _Outcome(verdict=Verdict.TIMEOUT, label=label,
                                          message=f"the budget ran out ({exc.stage or 'checking'})"))  # fmt: skip
                continue
            if atoms:  # a failure under the linear-functional reading is not a FAILED
                results = [unproved(members, resolver.functionals, r, k) for k, r in enumerate(results)]
            results = [rounded_when_computed(r, sides(s), (chain.members[s.left].latex, chain.members[s.right].latex))
                       or r for s, r in zip(run, results, strict=True)]  # computedworked
            results = [not_refuted(r, self.tensor_steps[s.index]) if s.index in self.tensor_steps else r
                       for s, r in zip(run, results, strict=True)]  # documents.tensorparts
            if self.where_reading and not self.others.active:  # both sides 0 under a "where" (vacuouswhere)
                written = [chain.members[i].latex for i in idx]
                note_vacuous(self.vacuity, [st.index for st in run], results, members, written)
            if case is not None and any(r.verdict is Verdict.FAILED for r in results):
                results = self._at_special_case(results, members, case, key, engine_sizes, instance)
            for s, r in zip(run, results, strict=True):
                earlier = self.outcomes[s.index]  # the first FAILED outcome is the one reported
                if not any(Verdict.FAILED in (o.verdict, o.result and o.result.verdict) for o in earlier):
                    # a refuted step keeps its curve for the report's plot, labelled with the notes' text
                    left, right = chain.members[s.left], chain.members[s.right]
                    r = replace(r, lhs=self._text(s.left), rhs=self._text(s.right), lhs_latex=left.latex,
                                rhs_latex=right.latex)  # fmt: skip
                    if not r.verdict.ok and r.counterexample is not None:  # with_curve's own condition
                        r = replace(r, curve=_Unsampled(claim, r))  # type: ignore[arg-type]  # sampled once final
                self._add(s, _Outcome(result=r, label=label, readings=readings.get(-s.index, ())))

    def _optima(
        self, applicable: list[_Step], values: dict[int, Value | Exception], readings: dict[int, tuple[str, ...]],
        label: str,
    ) -> list[_Step]:
        """The steps left for the engine: a step between optima is decided here (documents/optimum.py)."""
        left: list[_Step] = []
        for s in applicable:
            a, b = values[s.left], values[s.right]
            if not isinstance(a, OptimumValue) and not isinstance(b, OptimumValue):
                if _inner_optimum(a) or _inner_optimum(b):  # J(w^*) with w^* = argmin_w J(w): no number to try
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label, readings=readings.get(-s.index, ()),
                                          message="uses an optimum the notes define by arg max/arg min inside a "
                                                  "formula: its value is not computed"))  # fmt: skip
                    continue
                left.append(s)
                continue
            verdict, why = compare_values(a, b) or compare_optima(a, b)  # type: ignore[arg-type]
            notes = readings.get(-s.index, ())
            if verdict is Verdict.PROVED:
                r = StepResult(index=s.index, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=verdict,
                               method="symbolic: a monotone map between the objectives")  # fmt: skip
                self._add(s, _Outcome(result=r, label=label, readings=(*notes, why)))
            else:
                self._add(s, _Outcome(verdict=verdict, message=why, label=label, readings=notes))
        return left

    def _componentwise(
        self, s: _Step, a: Value, b: Value, assignment: dict[str, int]
    ) -> tuple[Value, Value, str] | None:
        """``∂L/∂b = \\sum_i ∂L/∂Z_{ik}``: a vector on one side, its entry ``k`` on the other."""
        chain = self.chain
        for vec_side, vec, sca in ((s.left, a, b), (s.right, b, a)):
            if shape_of_value(sca) != () or len(shape_of_value(vec)) != 2 or 1 not in shape_of_value(vec):
                continue
            other = s.right if vec_side == s.left else s.left
            mine = set(self._free_indices(self._trees([chain.members[vec_side]])))
            theirs = [n for n in self._free_indices(self._trees([chain.members[other]])) if n not in mine]
            if len(theirs) != 1:
                continue
            k = assignment[theirs[0]]
            if not 1 <= k <= max(shape_of_value(vec)):
                continue  # the index runs over another range than the vector's length: no entry k to compare
            if isinstance(vec, D):
                if not vec.scalar_f or not isinstance(vec.wrt, sp.MatrixBase):
                    continue
                entry: Value = D(vec.f, list(vec.wrt)[k - 1])
            else:
                entry = list(vec)[k - 1]
            note = f"the vector side read component-wise: entry {theirs[0]} = {k}"
            return (entry, sca, note) if vec_side == s.left else (sca, entry, note)
        # ∂(Wᵀx + b)/∂b = 1: the identity (documents.identity); ∇f = 0: the zero vector (documents.zeros)
        derives = (bool(_DERIVES.search(chain.members[s.left].latex)),
                   bool(_DERIVES.search(chain.members[s.right].latex)))
        return _diagonal(a, b, derives) or identity_as_one(a, b) or zero_as_zeros(a, b)

    def _worked_links(self, applicable: list[_Step]) -> list[_Step]:
        r"""The links a chain's hypotheses apply to: every link, unless the hypotheses are only values
        the notes state (documents.stated) and the chain mixes identities with worked numbers
        (``\partial L/\partial y = y - y^* = -3.437``): then only the links with a worked number
        or a closed form (``\sigma(wx + b) = \sigma(2)``, documents.stated.closed_form), the identity
        being checked for every value of its names."""
        if not all(where.startswith(WHERE) for _, where in self.chain.hypotheses):
            return applicable
        members = self.chain.members
        texts = [(members[s.left].latex, members[s.right].latex) for s in applicable]
        plain = self.doc.parse_plain
        vectors = stated_vector_names(self.chain.hypotheses, plain, matrices=True)  # (∇f)^T v at v = (2, 1)
        return [s for s, t in zip(applicable, texts, strict=True)
                if (worked(t) or any(worked_vector(x, plain) or closed_form(x, plain) for x in t)
                    or one_sided(t, vectors, plain) or applied_in(t, self.doc.text, self.chain.line))
                and not all(closed_form(x, plain) or worked((x,)) for x in t)]
        # (arithmetic on both sides, 1·2·½·½ = ½, 0.1·2² = 0.4, holds or not whatever the names' values: fresh23)

    def _at_special_case(
        self,
        results: Sequence[StepResult],
        members: tuple[Value, ...],
        case: tuple[dict[sp.Symbol, sp.Expr], str],
        key: str,
        sizes: dict[str, int],
        instance: Instance,
    ) -> list[StepResult]:
        """A step FAILED as written that holds where the "where" sentence's value is set: the
        sentence may state a hypothesis or name a special case ("where $a = 0$ is the linear
        case"), so it is SKIPPED, neither FAILED nor green (see :func:`verifier.documents.hypotheses.special_case`)."""
        mapping, said = case
        at = tuple(substitute(explicit(m), mapping) for m in members)
        claim = Claim(at, tuple(self._used_variables(instance, at)))
        try:
            there = [t.verdict for t in check_claim(claim, key + "|case", sizes, self.doc.settings, self.doc.stage,
                                                    render=False)]  # fmt: skip
        except BudgetExceeded:
            there = [Verdict.TIMEOUT] * len(results)
        out = list(results)
        for k, (r, t) in enumerate(zip(results, there, strict=False)):
            if r.verdict is Verdict.FAILED and t is not Verdict.FAILED:
                # FAILED only when the hypothesis reading fails too (undecided there: not FAILED either)
                held = "holds only" if t in _HOLDS else "is not decided"
                out[k] = replace(r, verdict=Verdict.SKIPPED, counterexample=None, curve=None, message=(
                    f"fails as written and {held} {said}: {SPECIAL_CASE} of the step; not called FAILED nor PROVED "
                    f"({r.message})"))  # fmt: skip
        return out

    def _hypotheses(self, resolver: Resolver) -> tuple[dict[sp.Symbol, sp.Expr], str]:
        """``given: A x = 0`` / ``where $A x = 0$``: the equalities solved (linearly) for some of the
        variables, eliminated from the members (documents.hypotheses)."""
        return solved_hypotheses(self.doc, self.chain, self.scope, resolver)

    @staticmethod
    def _used_variables(instance: Instance, members: Sequence[Value]) -> list[Variable]:
        syms: set[sp.Symbol] = set()
        for m in members:
            syms |= free_symbols(m)
        return [v for v in instance.variables.values() if syms.intersection(v.symbols)]

    def _add(self, step: _Step, outcome: _Outcome) -> None:
        self.outcomes[step.index].append(replace(outcome, numeric=True) if self.others.active else outcome)

    # -- one verdict per written step -------------------------------------------------------
    def _aggregate(self, step: _Step) -> StepResult:
        chain = self.chain
        left, right = chain.members[step.left], chain.members[step.right]
        texts = dict(lhs=self._text(step.left), rhs=self._text(step.right), lhs_latex=left.latex, rhs_latex=right.latex)
        source = self.doc.where(step.line)
        if step.index in self.fixed:
            verdict, message = self.fixed[step.index]
            return StepResult(index=step.index, verdict=verdict, message=message, source=source, **texts)
        outs, numerically = apart(self.outcomes[step.index], self.others)  # documents.othersizes
        if not outs and step.index in self.outside:  # every assignment puts a shifted entry outside its family
            return StepResult(index=step.index, verdict=Verdict.SKIPPED, source=source,
                              message=f"{self.outside[step.index]} at every assignment checked", **texts)  # fmt: skip
        if not outs:
            return StepResult(index=step.index, verdict=Verdict.SKIPPED, source=source, message=(
                "no assignment of sizes and indices satisfies the step's conditions"), **texts)  # fmt: skip
        verdicts = [o.result.verdict if o.result is not None else o.verdict for o in outs]
        readings: list[str] = []
        for o in outs:
            readings.extend(r for r in o.readings if r not in readings)
        checked = [o.label for o in outs if o.label]
        where = "; ".join(x for x in (f"checked at {'; '.join(checked)}" if checked else "", numerically) if x)
        read = ("read: " + "; ".join(readings)) if readings else ""
        good = [o.label for o, v in zip(outs, verdicts, strict=True) if v in (Verdict.PROVED, Verdict.PASSED)]
        inferred_indices = [
            k for k, e in self.scope.names.items() if isinstance(e, IndexRange) and k in self.scope.inferred
        ]
        free = set(self._free_indices(self._trees([left, right])))
        if Verdict.FAILED in verdicts and good and free & {k[0] for k in inferred_indices} \
                and not self._whole_jacobian(left, right, free) \
                and not writes_index_cases((left.latex, right.latex), free) and (self.chain.conditions or not
                    writes_indicator_case(right.latex, free, self._prose_around(left, right), self._trees([right]))):
            bad = outs[verdicts.index(Verdict.FAILED)].label
            return StepResult(index=step.index, verdict=Verdict.SKIPPED, source=source, message=(
                f"holds at {'; '.join(good)} but not at {bad}: a case split the notes may assume (state it, e.g. "
                "'line N: i \\neq j' in a context)" + (f"; {read}" if read else "")), **texts)  # fmt: skip
        order = [Verdict.FAILED, Verdict.ERROR, Verdict.TIMEOUT, Verdict.SKIPPED]
        for bad in order:
            if bad in verdicts:
                o = outs[verdicts.index(bad)]
                return self._from(step, o, bad, texts, source, where, read)
        final = Verdict.PROVED if all(v is Verdict.PROVED for v in verdicts) else Verdict.PASSED
        rep = next(o for o, v in zip(outs, verdicts, strict=True) if v is final)
        if final is Verdict.PROVED and (unproved := proved_for_every_size(self._sides(step), self.scope)):
            final, read = Verdict.PASSED, "; ".join(x for x in (unproved, read) if x)
        assert rep.result is not None
        method = "; ".join(x for x in (rep.result.method, where) if x)
        points = min(o.result.points for o in outs if o.result is not None)
        return StepResult(
            index=step.index, verdict=final, method=method, points=points, message=read,
            sizes=rep.result.sizes, source=source, duration=sum(o.result.duration for o in outs if o.result), **texts,
        )  # fmt: skip

    def _sides(self, step: _Step) -> list[tuple[sp.Basic, sp.Basic]]:
        left, right = (self.chain.members[k].parsed for k in (step.left, step.right))
        return step_pairs(*(_member_trees(p) if p is not None else [] for p in (left, right)))

    def _whole_jacobian(self, left: _Member, right: _Member, free: set[str]) -> bool:
        r"""Is the step an entry ``∂g_i/∂z_j`` of a Jacobian, both indices free, whose prose before names no
        case of them (documents.jacobiancases)? Then a failure at some assignments is no case split."""
        pair = jacobian_indices(self._trees([left, right]), free)
        if pair is None and left is not (head := self.chain.members[0]):  # ∂s_i/∂z_j = s_i(δ_ij - s_j) = …
            pair = jacobian_indices(self._trees([head]), free)  # the chain's head: every link is the whole matrix
        if pair is None or self.chain.conditions:
            return False
        return not case_said_around(*self._prose_around(left, right), self._trees([left, right]), pair)

    def _prose_around(self, left: _Member, right: _Member) -> tuple[str, str, str]:
        """The prose before the display, its own lines ("\\quad (i \\neq j)") and the prose after it ("for
        $i \\neq j$."): where a case of the step's indices may be stated (review22a)."""
        own = "\n".join(self.doc.lines[m.line - 1] for m in (left, right) if 0 < m.line <= len(self.doc.lines))
        prose = (self.doc._prose_before(self.chain, display=True)[1], own, self.doc.prose_after(self.chain)[1])
        return with_section_cases(self.doc.lines, self.chain.line, prose)  # a section-wide case (sectioncases)

    def _from(
        self, step: _Step, o: _Outcome, verdict: Verdict, texts: dict[str, str], source: str, where: str, read: str
    ) -> StepResult:
        r = o.result
        at = f"at {o.label}" if o.label else ""
        if r is None:
            message = "; ".join(x for x in (o.message + (f" ({at})" if at else ""), read) if x)
            return StepResult(index=step.index, verdict=verdict, message=message, source=source, method=where, **texts)
        cx = r.counterexample
        if cx is not None:
            extra = tuple((k, str(v)) for k, v in r.sizes)
            cx = replace(cx, point=extra + cx.point, reproduce=self._reproduce())
        message = "; ".join(x for x in (r.message, f"{verdict.value.lower()} {at}" if at else "", read) if x)
        return replace(r, index=step.index, counterexample=cx, message=message, source=source, **texts)

    def _reproduce(self) -> str:
        """The rule of ``Options.rerun``: the seed, and the points only when they are not the default."""
        s = self.doc.settings
        points = [] if s.points == DEFAULT_POINTS else ["--points", str(s.points)]
        return shlex.join(["verify", "doc", str(self.doc.path), "--seed", str(s.seed), *points])


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
