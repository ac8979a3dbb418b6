r"""The checking of a chain's live steps at one instance (sizes and an index assignment) through the engine.

:meth:`_OneInstance._one` takes the members resolved at one instance
(:meth:`verifier.documents.steps._Checker._resolve`) and decides each live step there: its conditions, a
member that does not resolve (a shifted entry outside its family, a shape clash, a tensor read through its
parts), a link that follows from the equation before it (documents.links), a non-equality read off its form,
members of another shape read component-wise or as a diagonal, optima (documents.optimum), the chain's
hypotheses (solved, or a special case the sentence may name), and then the consecutive links left in one claim
through :func:`verifier.engine.check_claim`. Each decision is an outcome
(:class:`verifier.documents.stepverdicts._Outcome`) the step's verdict is read from later. Apart from
:mod:`verifier.documents.steps` (which chooses the instances and resolves the members) because deciding the
steps at one instance is a job of its own; a mixin of :class:`verifier.documents.steps._Checker`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import sympy as sp

from verifier.budget import BudgetExceeded
from verifier.catalog import Claim, D, Variable, explicit
from verifier.documents.computedworked import rounded_when_computed
from verifier.documents.context import Scope
from verifier.documents.convexform import READING as CONVEX_READING
from verifier.documents.convexform import over_whole_space, shown_curvature
from verifier.documents.distributions import only_stated
from verifier.documents.expectation import unproved
from verifier.documents.fixedconstants import fixed_before
from verifier.documents.hypotheses import solved_hypotheses, special_case
from verifier.documents.identity import identity_as_one
from verifier.documents.members import _Step, member_trees
from verifier.documents.minima import compare_values
from verifier.documents.nonnegative import READING as NONNEGATIVE
from verifier.documents.nonnegative import against_zero, nonnegative, unproven
from verifier.documents.numberednames import applied_in
from verifier.documents.numberlinks import numbers_alone
from verifier.documents.onesidedvectors import one_sided, stated_vector_names
from verifier.documents.optimum import (
    CONSTRAINED,
    OptimumValue,
    compare_optima,
    holds_optimum,
    stationarity,
    stationary_result,
)
from verifier.documents.othersizes import Others
from verifier.documents.ownentrylist import listed_entries, symbolic_size
from verifier.documents.ranges import stated_bounds
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
from verifier.documents.sameclaim import checked_claim
from verifier.documents.solvedform import SINGULAR
from verifier.documents.solvedvalues import SUBSTITUTED
from verifier.documents.stated import WHERE, closed_form, worked
from verifier.documents.statedvectors import worked_vector
from verifier.documents.stepverdicts import HOLDS, _Outcome, _Unsampled
from verifier.documents.tensorparts import not_refuted
from verifier.documents.vacuouswhere import note_vacuous
from verifier.documents.values import IndexOutside, substitute
from verifier.documents.zeros import zero_as_zeros
from verifier.engine import check_claim
from verifier.latex import EQUALITY
from verifier.results import StepResult, Verdict

if TYPE_CHECKING:
    from verifier.documents.steps import _Resolved


#: the words of a step FAILED as written that holds (or is undecided) at the values its sentence sets: SKIPPED, the
#: sentence may name a point rather than a hypothesis (documents.leadingvalues recognises its own checks by them)
SPECIAL_CASE = "the sentence may name a special case rather than a hypothesis"

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


def _shape(v: Value) -> tuple[int, ...]:
    """The shape of a member's value; an optimiser's is its variable's (documents.optimum.OptimumValue.shape)."""
    return v.shape if isinstance(v, OptimumValue) else shape_of_value(v)


def _inner_optimum(v: Value | Exception) -> bool:
    """Does the value ``v`` hold an optimum (``\\arg\\min_w J(w)``) inside a formula (documents.optimum)?"""
    if isinstance(v, sp.MatrixBase):
        return any(_inner_optimum(x) for x in v)
    return isinstance(v, sp.Basic) and holds_optimum(v)  # v.has(OptimumValue), each shared sub-tree once


class _OneInstance:
    """One instance of a chain's live steps decided (a mixin of the step checker, which provides ``doc``,
    ``chain``, ``scope`` and the bookkeeping below)."""

    doc: Any
    chain: Any
    scope: Scope
    outcomes: dict[int, list[_Outcome]]
    outside: dict[int, str]
    tensor_steps: dict[int, str]
    holds_only: frozenset[int]
    proofs: Proofs
    others: Others
    vacuity: dict[int, Any]
    where_reading: Any

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
            first = chain.after is not None and s.index == chain.steps[0].index
            defined = first and self._defined_unknown(resolver, s)
            # ⇒ φ = … after "gives $\phi = \frac{a}{a+b}$" that does not solve this equation: φ solved anew (links)
            again = self._solved_again(resolver, s) if defined and not bad else None
            if again is not None:
                follows = self._follows(*again)
            elif first and not defined:  # E₁ ⇔ E₂ (documents.equivalent)
                follows = None if bad else self._follows(resolver, *sides(s))
                if follows is None:  # v = M⁻¹q after M v = q (documents.solvedform)
                    follows, singular = self._solved(resolver, s)
                    if singular and bad:  # no inverse at these sizes (XᵀX with fewer rows than columns)
                        self.outside.setdefault(s.index, f"{'left' if bad[0][0] == s.left else 'right'} member: "
                                                         f"{SINGULAR}")  # fmt: skip
                        continue
                if follows is None and not bad:  # \hat p = k/n after an equation in p (links._marked)
                    follows = self._marked(resolver, s)
            at = (again[0], s, *again[1:]) if again is not None else (resolver, s, *sides(s))
            if follows is not None and not bad and (kind := self._extremum_kind(*at)) is not None:
                r = StepResult(index=s.index, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=kind[0],
                               method=SUBSTITUTED, message=kind[1])  # fmt: skip
                self._add(s, _Outcome(result=r, label=label, readings=notes))
                continue  # "so the minimum is at $w = -1$" of a maximum (documents.extremumkind)
            solved = None if follows is not None or bad or chain.after is None or chain.worded or \
                s.index != chain.steps[0].index \
                else self._substituted(*at)  # x = 2 after 2x + 4 = 0 (documents.solvedvalues)
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
            if _shape(a) != _shape(b):
                fixed = self._componentwise(s, a, b, assignment)
                listed = listed_entries(chain.members[s.left].latex, chain.members[s.right].latex)
                if fixed is None and listed is not None and symbolic_size(resolver.scope, listed[0]):
                    self._add(s, _Outcome(verdict=Verdict.SKIPPED, label=label, readings=notes, message=(
                        f"writes {listed[0]} out as its own entries: an example of size {listed[1]}, "
                        "where the notes' size of it is a symbol (notation, nothing to check)")))
                    continue  # x = (x_1, x_2) under x ∈ R^n: no shape mismatch (documents.ownentrylist)
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
        # arg min_β J = b checked as ∇J(b) = 0: the optimum's kind, whether it may be constrained and whether the
        # objective is convex (concave) by its form, by step
        stationary: dict[int, tuple[str, bool, bool]] = {}
        unsure = unproven(resolver.scope, resolver.instance) if applicable else frozenset()  # x of log(-x): no sign
        applicable = self._optima(applicable, values, readings, label, own, stationary, unsure)  # (documents.optimum)
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
            elif (special_case(mapping, pairs) and not only_stated(chain.hypotheses)  # documents.distributions
                  and not self._fixed_constants(mapping, pairs)):
                case = (mapping, said)  # checked as written first (below)
                # the names a link writes on one side only are what the notes say they are (the one-hot y of
                # -Σ yᵢ log pᵢ = -log p₂): taken at their values, the names on both sides left free (lead67); values
                # the prose states only (not an earlier result of the notes', documents.lemmas: sound40)
                if all(where.startswith(WHERE) for _, where in chain.hypotheses):
                    for s, (a, b) in zip(at_values, pairs, strict=True):
                        both = free_symbols(a) & free_symbols(b)
                        if part := {k: v for k, v in mapping.items() if k not in both}:
                            overrides[s.index] = (substitute(explicit(a), part), substitute(explicit(b), part))
                            kept = ", ".join(sorted(str(k) for k in mapping if k in both))
                            readings[-s.index] = (*readings.get(-s.index, ()),
                                                  f"{said}, {kept} left free (on both sides)" if kept else said)
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
                engine = self.others.engine(self.doc.settings, self.doc.stage)
                results = self.proofs.taken_for(same, engine_sizes) or checked_claim(  # met before (sameclaim)
                    self.doc, check_claim, claim, key, engine_sizes, *engine, asked)
                self.proofs.keep(same, results)
            except BudgetExceeded as exc:
                for s in run:
                    self._add(s, _Outcome(verdict=Verdict.TIMEOUT, label=label,
                                          message=f"the budget ran out ({exc.stage or 'checking'})"))  # fmt: skip
                continue
            if resolver.functionals.symbols or resolver.functionals.sampled:  # a failure under the linear-functional
                # reading is not a FAILED
                results = [unproved(members, resolver.functionals, r, k, [  # (unless no atom is left: gaps55)
                    t for i in (s.left, s.right) if (p := chain.members[i].parsed) is not None
                    for t in member_trees(p)]) for k, (s, r) in enumerate(zip(run, results, strict=True))]
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
                if s.index in stationary:  # never green from stationarity alone (documents.optimum)
                    r = stationary_result(r, *stationary[s.index])
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
        label: str, own: dict[int, tuple[Value, Value]], stationary: dict[int, tuple[str, bool, bool]],
        unsure: frozenset[sp.Symbol] = frozenset(),
    ) -> list[_Step]:
        """The steps left for the engine: a step between optima is decided here (documents/optimum.py); an
        optimiser against a value is left as its gradient there against 0 (``own``), its kind in ``stationary``."""
        left: list[_Step] = []
        for s in applicable:
            a, b = values[s.left], values[s.right]
            if (grad := stationarity(a, b)) is not None:  # type: ignore[arg-type]
                around = (self.doc._prose_before(self.chain)[1][-400:], self.doc.prose_after(self.chain)[1][:400],
                          self.chain.members[s.left].latex, self.chain.members[s.right].latex)  # fmt: skip
                # convex (concave) by its form, with the bounds the notes state before it (λ > 0): documents.convexform
                before = "\n".join(self.doc.lines[: max(0, self.chain.line - 1)])
                bounds = stated_bounds(before)
                positive = {n for n, (lo, _, _) in bounds.items() if lo >= 0}
                # a domain also where it is stated beside the optimum: its own line, the two lines after the display
                # ("$$\arg\min_t g(t) = -3$$ for $t > 0$": no minimum at -3, redlate63)
                end = self.doc.prose_after(self.chain)[0]
                near = stated_bounds("\n".join(self.doc.lines[: end + 2 if end else self.chain.line]))
                members = (self.chain.members[s.left].latex, self.chain.members[s.right].latex)
                bounded = {**near, **bounds}
                shape = over_whole_space(" ".join((before[-400:], *around)), members, bounded) and shown_curvature(
                    a, b, positive, unsure) == (1 if grad[0] == "min" else -1)  # type: ignore[arg-type]
                stationary[s.index] = (grad[0], CONSTRAINED.search(" ".join(around)) is not None, shape)
                if shape:
                    readings[-s.index] = (*readings.get(-s.index, ()), CONVEX_READING)
                own[s.index] = (grad[1], sp.ImmutableMatrix(sp.zeros(*grad[1].shape)))
                readings[-s.index] = (*readings.get(-s.index, ()), "the optimiser checked by the objective's "
                                      "gradient there (zero at an interior optimum of a differentiable objective)")
                left.append(s)
                continue
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
        # (a name the other side reaches through the notes' definitions is on both: x = A^T ν of x := A^T A b, fresh73)
        reach = lambda names: self.doc._reach(names, self.scope)  # noqa: E731
        return [s for s, t in zip(applicable, texts, strict=True)
                if (worked(t) or any(worked_vector(x, plain) or closed_form(x, plain) for x in t)
                    or one_sided(t, vectors, plain, reach) or applied_in(t, self.doc.text, self.chain.line))
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
                held = "holds only" if t in HOLDS else "is not decided"
                out[k] = replace(r, verdict=Verdict.SKIPPED, counterexample=None, curve=None, message=(
                    f"fails as written and {held} {said}: {SPECIAL_CASE} of the step; not called FAILED nor PROVED "
                    f"({r.message})"))  # fmt: skip
        return out

    def _fixed_constants(self, mapping: dict[sp.Symbol, sp.Expr], pairs: Sequence[tuple[Value, Value]]) -> bool:
        """Are the stated values constants the notes fixed before the chain ("Let $A = …$"), and each link still an
        identity in a name they leave free (documents.fixedconstants)? Then they are no special case."""
        def free(v: Value) -> set[sp.Symbol]:
            return free_symbols(substitute(explicit(v), mapping))

        return all(free(a) | free(b) for a, b in pairs) and fixed_before(self.doc, self.chain)

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
