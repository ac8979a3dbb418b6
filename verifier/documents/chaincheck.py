r"""The check of one chain of a document: its scope and hypotheses read, its steps checked, then every reading.

:meth:`_Document.check` orchestrates one chain: the scope inferred and the hypotheses gathered (the context's,
the "where" sentence's, the values the notes state: :mod:`verifier.documents.chainvalues`), the members read
and annotated, the literal check (:class:`verifier.documents.steps._Checker`), then each other reading and
doubt in a fixed order (the post-passes: each a module of its own, one line here) before the chain's
:class:`~verifier.documents.records.CheckedChain` is built; a chain whose worker gave no verdict is TIMEOUT or
ERROR (:meth:`_Document.unfinished`). :class:`_Document` is the document being checked: reading
(:class:`~verifier.documents.reader._Reader`), doubt (:class:`~verifier.documents.doubts._Doubts`), the
values stated (:class:`~verifier.documents.chainvalues._StatedValues`) and this orchestration. Apart from
:mod:`verifier.documents.check` (the entry points: collecting, loading and preparing documents) because the
check of one chain is a job of its own; ``verifier.documents.check._Document`` is this class."""

from __future__ import annotations

import copy
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import sympy as sp

from verifier.budget import BudgetExceeded
from verifier.documents.activebranch import on_active_side
from verifier.documents.almosteverywhere import almost_everywhere
from verifier.documents.ambiguousslash import doubt_ambiguous_slash
from verifier.documents.appliedlabels import doubt_applied_products
from verifier.documents.approxvalues import from_rounded_values
from verifier.documents.boldone import unsure_bold_one
from verifier.documents.boundconstants import at_bound_values
from verifier.documents.bracketsizes import past_checked_sizes
from verifier.documents.branchcases import on_a_branch
from verifier.documents.calledif import as_definition, defining_cue
from verifier.documents.casedomains import case_domains
from verifier.documents.chainvalues import _StatedValues
from verifier.documents.changedclosedforms import after_changed_closed_forms
from verifier.documents.claimplace import claim_span
from verifier.documents.closedvalues import under_closed_values
from verifier.documents.constantfactors import doubt_constant_factors
from verifier.documents.constrained import along_constraint
from verifier.documents.context import Scope
from verifier.documents.cookbook import as_vectors
from verifier.documents.datalength import unsure as unsure_length
from verifier.documents.definedcases import through_defined_cases
from verifier.documents.definedconditions import kept_failures, under_defined_conditions
from verifier.documents.definedidentity import defined_identity
from verifier.documents.definiteintegrals import few_where_convergent
from verifier.documents.deniedranges import negated_cue, under_denied
from verifier.documents.densities import under_stated_densities
from verifier.documents.derivednames import derived_name_results
from verifier.documents.differentials import read_differentials
from verifier.documents.distributioncalls import distribution_calls
from verifier.documents.doubts import _Doubts
from verifier.documents.droppedindex import unsure as unsure_dropped
from verifier.documents.eliminated import after_elimination
from verifier.documents.emptyfilters import empty_filters, label_sums
from verifier.documents.entrywiseinverse import either_inverse
from verifier.documents.familyorientation import checked_own, doubt_orientation
from verifier.documents.fixedparams import by_a_fixed_parameter
from verifier.documents.generic import annotate_chain as annotate_generic
from verifier.documents.generic import unread_tops
from verifier.documents.heldconstant import held_constant
from verifier.documents.heldinverse import held_greens
from verifier.documents.hypothetical import condition_cue, conditioned, conjuncts, stated_under, under_hypothesis
from verifier.documents.infiniteseries import few_convergent
from verifier.documents.inverseorpower import unsure_inverse
from verifier.documents.knowndivergences import checked_divergences
from verifier.documents.kronecker import other_stacking
from verifier.documents.latestvalues import with_other_values
from verifier.documents.layerinstances import by_layer
from verifier.documents.leadingvalues import under_leading_values
from verifier.documents.lemmas import with_earlier_results
from verifier.documents.members import _Chain, _Member, chain_slide, shortened, step_trees, written_statement
from verifier.documents.noisemodel import through_a_noise_model
from verifier.documents.notedcondition import checked_under_condition
from verifier.documents.operatorscope import not_as_written
from verifier.documents.orientation import unsure_orientation
from verifier.documents.partlyworked import at_values_substituted
from verifier.documents.pointcases import each_case, unsure_cases
from verifier.documents.productrule import by_product_rule
from verifier.documents.ranges import stated_ranges
from verifier.documents.reader import STRUCK, _Reader
from verifier.documents.records import CheckedChain
from verifier.documents.recurrence import independent_greens
from verifier.documents.redefinedgreens import tied_to_earlier
from verifier.documents.regions import failed_outside, under_read_region
from verifier.documents.rejected import judged, rejection
from verifier.documents.relationcases import under_stated_relation
from verifier.documents.renewedvalues import at_renewed_values
from verifier.documents.reparam import remark, reparametrise, unread_points
from verifier.documents.restatements import restatement_results
from verifier.documents.rowentries import doubt_row_entries
from verifier.documents.saidinvertible import inverse_readings, said_invertible
from verifier.documents.sameclaim import forget as forget_claims
from verifier.documents.sampleentries import unsure as unsure_entries
from verifier.documents.samples import unsure as unsure_sample
from verifier.documents.shapestatements import shape_statements
from verifier.documents.specialcases import at_special_cases
from verifier.documents.squared import doubt_squared
from verifier.documents.squares import unsure_exponential
from verifier.documents.statedconvention import under_stated_convention
from verifier.documents.statedintegers import at_stated_integers
from verifier.documents.statedintermediates import at_stated_intermediates
from verifier.documents.statednegative import as_stated_negative
from verifier.documents.statedsizes import at_stated_sizes
from verifier.documents.statedvectors import sized_by_stated
from verifier.documents.steps import _Checker, sample_curves
from verifier.documents.summation import sum_repeated
from verifier.documents.summeddelta import unsure_summed_deltas
from verifier.documents.symmetricprose import split_at_inline, symmetric_in, writes_names
from verifier.documents.undefinedvalues import undefined_as_written
from verifier.documents.unitsteps import in_one_unit, unit_after
from verifier.documents.unreadconditions import under_unread_condition
from verifier.documents.unreadhypotheses import unread_hypotheses
from verifier.documents.updaterule import iterate_algebra, update_rule
from verifier.documents.vacuous import vacuous_greens
from verifier.documents.vacuouswhere import without_where
from verifier.documents.valuedsizes import at_valued_sizes
from verifier.documents.valuescope import foreign_failures
from verifier.documents.weights import doubt_scalar_capitals
from verifier.documents.wordcases import in_a_case_in_words
from verifier.documents.writtenentries import at_written_entries
from verifier.documents.zerosuperscript import label_not_power
from verifier.latex import EQUALITY
from verifier.results import IdentityResult, Verdict, worst


class _Document(_StatedValues, _Reader, _Doubts):
    """One document being checked: reading (:class:`_Reader`), doubt (:class:`_Doubts`), the values stated
    (:class:`_StatedValues`), and the orchestration of one chain here."""

    # -- checking one chain -----------------------------------------------------------------
    def in_worker(self) -> None:
        """Checked in killable workers (:func:`verifier.runner.run_each`): stages go to the parent, and the
        progress line is the parent's (it names each chain as a worker starts it)."""
        from verifier.runner import report_stage

        self.stage = report_stage
        self.progress = None

    def _annotate(self, chain: _Chain, scope: Scope) -> None:
        """Mark the undefined names the chain differentiates as arbitrary functions (documents.generic),
        ``f`` of ``g(z) = f(Az)`` at its own point first (documents.reparam)."""
        parse = lambda src: self.parse(src, None, frozenset())  # noqa: E731
        trees = [m.parsed.tree for m in chain.members if m.parsed is not None and isinstance(m.parsed.tree, sp.Basic)]
        reparametrise(trees, scope, parse, chain.line, self.note_definitions)
        annotate_generic(chain, scope, parse)
        remark(scope)

    def check(self, chain: _Chain) -> CheckedChain:
        started = time.perf_counter()
        if self.progress is not None:
            self.progress(f"{self.path}:{chain.line}")
        self.stage("reading the members")
        self.reading_line = chain.line
        self.__dict__.pop("_layout_free", None)  # steps.layout_free: what this chain's checks met, chain by chain
        forget_claims(self)  # the engine's results of this chain's claims, chain by chain (sameclaim)
        self._govern_samples(chain)  # the relabelled members are what the inference reads
        scope = self._infer(chain, self.scope_of(chain))
        chain.hypotheses.extend((h, "context") for h in scope.hypotheses)
        chain.hypotheses.extend(self._where(chain))
        if not chain.hypotheses:  # a worked number at the values the prose states (documents.stated)
            chain.hypotheses.extend(self._stated_values(chain, scope))
        expected = ""
        for a in scope.assumptions:
            if a.next_chain:
                later = [ln for ln in self.chain_lines if ln > a.line]
                applies = bool(later) and later[0] == chain.line
            else:
                applies = any(m.line in a.lines for m in chain.members) or chain.line in a.lines
            if applies and a.expect:
                expected = a.expect
            elif applies:
                chain.conditions.append((a.condition, f"context line {a.line}"))
        self._read(chain, scope)
        self._stated_moments(chain, scope)
        read_nc = self.ctx.noncommutative(scope)
        self._annotate(chain, scope)
        unread = unread_tops(scope, lambda src: self.parse(src, None, frozenset()))
        unread += unread_points(scope, lambda src: self.parse(src, None, frozenset()))  # z of x := Az (reparam)
        if unread:
            # the loss is a function of quantities whose definitions the chain never wrote: infer again
            # with those read too (generic.unread_tops), then place the loss again in that scope
            wider = copy.copy(chain)
            wider.members = [*chain.members, *(_Member(t, chain.line) for t in unread)]
            scope = self._infer(wider, self.scope_of(chain))
            self._annotate(chain, scope)
        if self.ctx.noncommutative(scope) != read_nc:
            self._read(chain, scope)  # the arbitrary functions' derivatives keep their written place
        if scope.conventions.get("summation") == "einstein":
            sum_repeated(chain, scope)
        read_nc = self.ctx.noncommutative(scope)
        scope = sized_by_stated(scope, chain.hypotheses, self.parse_plain, self.text)  # x = (1, 2)^T: 2 entries
        if self.ctx.noncommutative(scope) != read_nc:
            self._read(chain, scope)  # v = (2, 1) made v a vector: its products keep their written order
        scope = as_stated_negative(self, chain, scope)  # "Let $x < 0$." before log x: x < 0 (statednegative)
        if chain.struck:
            steps = [self._skipped(chain, s, STRUCK) for s in chain.steps]
        else:
            try:
                steps = _Checker(self, *case_domains(chain, scope, self.text)).run()  # "Case $w > 0$" (casedomains)
                steps = self._without_note_definitions(chain, steps)
                steps = under_defined_conditions(self, chain, scope, steps)  # "For $z > 0$:", z := wx + b
                steps = under_read_region(self, chain, scope, steps)  # "When $w > 1$", "for $|x| < 1$" (regions)
                steps = under_leading_values(self, chain, scope, steps)  # "With $a = 1$, …:" (leadingvalues)
                steps = under_closed_values(self, chain, scope, steps)  # "so $p^\star = 1 + \sqrt2$" (closedvalues)
                steps = under_stated_densities(self, chain, scope, steps)  # ∫ p(y) dy = 1 stated (densities)
                steps = self._other_readings(chain, scope, steps)
                steps = [self._doubt(chain, scope, s, r) for s, r in zip(chain.steps, steps, strict=True)]
                steps = doubt_ambiguous_slash(self, chain, scope, steps)  # a / b c read both ways (ambiguousslash)
                steps = tied_to_earlier(self, chain, scope, steps)  # h(2) after a restated h, "Take $n = 2$"
                steps = at_bound_values(self, chain, scope, steps)  # q(1 + h) = 3h^2, "where $x_0 = 1$"
                steps = at_stated_intermediates(self, chain, scope, steps)  # ℓ = -log 0.8 at "p = 0.8", p = σ(z)
                steps = checked_divergences(self.text, chain, steps,  # KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = … (known)
                                            lambda: self._prose_before(chain, display=True)[1],
                                            lambda: self.prose_after(chain)[1])
                steps = from_rounded_values(chain.hypotheses, self.text, steps,  # η ≈ 0.1: PASSED (approxvalues)
                                            getattr(self, "displayed_roundings", frozenset()))  # fmt: skip
                steps = kept_failures(self, chain, steps)  # FAILED where the notes state it holds (definedconditions)
                # ∂h_t/∂h_{t-1} = 0 with h a recurrence: green only with h's entries independent (recurrence)
                steps = independent_greens(self, chain.line, steps, lambda k: step_trees(chain, k), scope)
                steps = held_greens(self, chain, scope, steps)  # dP/dw = 2 after "substituting h = C/(3w)"
                before = self._prose_before(chain, display=True)[1]
                steps = restatement_results(chain, scope, steps, before, lambda src: self.parse(src, None, frozenset()))
                steps = doubt_scalar_capitals(self, chain, scope, steps)  # W δ for Wᵀ δ (documents.weights)
                steps = doubt_constant_factors(self, chain, scope, steps)  # (pq)' = p'q (constantfactors)
                steps = doubt_applied_products(self, chain, steps)  # h_{out}(A+B) = … as products (appliedlabels)
                steps = distribution_calls(self, chain, scope, steps)  # Σ_x min(p(x), q(x)), p a distribution
                steps = doubt_row_entries(chain, scope, steps)  # (σ(q_t^T h) − 1) q_t^T for a column (rowentries)
                steps = doubt_orientation(chain, scope, steps, self.orientations_at(chain.line),  # a_j a column, a row
                                          lambda: checked_own(self, chain, steps))  # (familyorientation)
                steps = doubt_squared(chain, scope, steps)  # det(AB) = det A det B, A ∈ R^{m×n} (squared)
                steps = by_a_fixed_parameter(self, chain, scope, steps)  # ∂/∂θ of P(t|z,θ) read as P(t|z)
                steps = through_a_noise_model(self, chain, scope, steps)  # ∂J/∂w with y = Xw + ε: y observed
                steps = by_layer(self, chain, steps)  # ∂L/∂w^{(l)}_{ij}: once per concrete layer (layerinstances)
                steps = vacuous_greens(self, chain, scope, steps)  # 0 = 0: W_fg where J is of W^(1) (vacuous)
                steps = empty_filters(self, chain, scope, steps)  # \sum_{i: y_i = 1} with y sampled real (emptyfilters)
                steps = label_sums(chain, steps)  # \sum_{y=j} read as a filter: said, never FAILED (emptyfilters)
                steps = defined_identity(self, chain, scope, steps)  # I = \int_0^1 x^n dx: not 1 (definedidentity)
                steps = without_where(self, chain, steps)  # 0 = 0 under "where $y = wx$" (vacuouswhere)
                foreign = getattr(self, "foreign_values", {}).get(chain.line, [])
                steps = foreign_failures(foreign, steps, self.parse_plain)  # another section's values (valuescope)
                steps = with_other_values(self, chain, steps, *getattr(self, "other_values", {}).get(
                    chain.line, ((), ())))  # a = 0, then a = -1 in the section: the last before it (latestvalues)
                steps = at_stated_integers(self, chain, scope, steps)  # z = wx + b = 1, w = 2 stated (statedintegers)
                steps = at_valued_sizes(self, chain, scope, steps)  # (mn)^2 after "$n = 1000$ inputs" (valuedsizes)
                steps = after_changed_closed_forms(self, chain, scope, steps)  # θ = 2π, then theta = 3 in code
                steps = unread_hypotheses(self, chain, scope, steps)  # "if $W$ is orthogonal" (unreadhypotheses)
                steps = on_active_side(self, chain, scope, steps)  # "when the triplet is active" (activebranch)
                steps = other_stacking(self, chain, scope, steps)  # vec of the rows, unsaid (kronecker)
                steps = under_unread_condition(self, chain, scope, steps)  # "when $\|g\| > c$" (unreadconditions)
                steps = under_denied(steps, *self.denied_range(chain))  # "except when $x > 0$" (deniedranges)
                steps = failed_outside(self, chain, steps)  # but "Outside $x \le 1$" was read: x > 1 (regions)
                steps = as_vectors(self, chain, scope, steps)  # ∂/∂X of a matrix: X the cookbook's vector (cookbook)
                steps = with_earlier_results(self, chain, scope, steps)  # 𝔼 facts shown before (lemmas)
                steps = either_inverse(self, chain, scope, steps)  # A^{-1} entry-wise fails too (entrywiseinverse)
                said = said_invertible(self.text)  # "For an invertible $A$": its A^{-1} said (saidinvertible)
                steps = [inverse_readings(r, step_trees(chain, k), said) for k, r in enumerate(steps)]  # a chosen
                # A^{-1} or |A| reading never makes FAILED, but a normal density's covariance's (normalshapes)
                steps = [unsure_exponential((chain.members[s.left].latex, chain.members[s.right].latex), r)
                         for s, r in zip(chain.steps, steps, strict=True)]  # nor e^X read entry-wise (squares)
                steps = [unsure_bold_one((chain.members[s.left].latex, chain.members[s.right].latex), r,
                                         "1" in self.basis_letters, lambda k=k: self._step_reached(chain, scope, k))
                         for k, (s, r) in enumerate(zip(chain.steps, steps, strict=True))]  # nor 1_k ones (boldone)
                steps = [unsure_sample(r) for r in steps]  # nor x_i read as a row of X (documents.samples)
                steps = [unsure_entries(r) for r in steps]  # nor x_i as the vector of x_ij (sampleentries)
                steps = [unsure_dropped(r) for r in steps]  # nor Σ_i σ(z) as σ(z_i) (droppedindex)
                steps = [unsure_length(r) for r in steps]  # nor data read at a general length (datalength)
                steps = [unsure_orientation(r) for r in steps]  # nor a row added to a column (orientation)
                steps = [unsure_cases(r) for r in steps]  # cases at points: no sample point (pointcases)
                steps = [few_convergent(r) for r in steps]  # Σ (100γ)^k: it converges at few points (infiniteseries)
                steps = [undefined_as_written(r, chain, k) for k, r in enumerate(steps)]  # 0 log 0 (undefinedvalues)
                steps = [few_where_convergent(r) for r in steps]  # ∫_0^a dx/(x-1), a > 1 (definiteintegrals)
                steps = [under_stated_convention(r, chain, k, self.text, self.parse_plain)  # "with the convention
                         for k, r in enumerate(steps)]  # $0 \log 0 = 0$" (statedconvention)
                steps = [label_not_power(r) for r in steps]  # θ^0 = (0, 1): a label or a power (zerosuperscript)
                steps = unsure_inverse(self.text, chain, scope, steps)  # \Phi^{-1}(p), Φ nowhere else (inverseorpower)
                steps = shape_statements(chain, steps)  # (d×n)(n×k) = d×k in prose (shapestatements)
                steps = [not_as_written(r, (chain.members[s.left].latex, chain.members[s.right].latex))
                         for s, r in zip(chain.steps, steps, strict=True)]  # ∂/∂u(… ∂u/∂t) (operatorscope)
                steps = each_case(self, chain, scope, steps)  # ... checked case by case (pointcases)
                steps = through_defined_cases(self, chain, scope, steps)  # ℓ(t, y) by cases at t = 0, 1 (definedcases)
                steps = past_checked_sizes(chain, steps)  # \sum_{i=1}^{n} [i = 41] = 0: not green (bracketsizes)
                steps = at_special_cases(self, chain, scope, steps)  # SiLU: "the case β = 1" (specialcases)
                steps = on_a_branch(self, chain, scope, steps)  # "the cosine branch" of η by cases (branchcases)
                steps = at_stated_sizes(self, chain, scope, steps)  # "for $m = n = 1$ we get" (statedsizes)
                steps = at_values_substituted(self, chain, scope, steps)  # \frac45 \cdot \frac12 y x (partlyworked)
                steps = at_written_entries(self, chain, scope, steps)  # p_1 p_2 = p_1(1 - p_1), K = 2 (writtenentries)
                steps = [update_rule(r, chain.members[s.left].latex, chain.members[s.right].latex, s.left == 0)
                         for s, r in zip(chain.steps, steps, strict=True)]  # x_{k+1} = x_k - … (updaterule)
                if all(s.left == k and s.right == k + 1 for k, s in enumerate(chain.steps)):  # its algebra (ibid.)
                    steps = iterate_algebra(steps, [m.latex for m in chain.members])
                # p(a, b) = p(a) p(b) is never FAILED unless the notes or the context define p (productrule)
                defined = frozenset({d.key[0] for d in self.note_definitions}
                                    | {k[0] for k in self.ctx.scope_at(chain.line).names})  # fmt: skip
                steps = [by_product_rule(r, chain.members[s.left].latex, chain.members[s.right].latex, defined)
                         if s.relation == EQUALITY else r
                         for s, r in zip(chain.steps, steps, strict=True)]  # P(A,B) = P(A|B)P(B) (productrule)
                summed = bool(self.einstein) or scope.conventions.get("summation") == "einstein"
                steps = unsure_summed_deltas(summed, [(chain.members[s.left].latex, chain.members[s.right].latex)
                                                      for s in chain.steps], steps)  # δ_ii = 1 (summeddelta)
                steps = read_differentials(self, chain, scope, steps)  # d(fg) = g df + f dg (differentials)
                steps = at_renewed_values(self, chain, scope, steps)  # "Suppose instead $d = 1.5$", d := x² − y²
                steps = derived_name_results(chain, steps)  # "that is $H = …$": ∇²ℓ(w), not FAILED (derivednames)
                steps = sample_curves(steps)  # only the reported refutations are plotted
                line = self.lines[chain.line - 1]
                own = split_at_inline(before, chain)[0] if chain.inline else before  # the words before the claim
                steps = in_a_case_in_words(self, chain, scope, steps)  # "If all … equal some $c$, then" (wordcases)
                steps = [held_constant(r, own) for r in steps]  # "treating the target as a constant" (heldconstant)
                steps = [along_constraint(r, own) for r in steps]  # "along the line $u_1 + u_2 = 1$" (constrained)
                steps = [after_elimination(r, own) for r in steps]  # "writing $x_K = 1 - \\sum_{k<K} x_k$" (eliminated)
                written = [m.latex for m in chain.members]  # 0.511 nats = 0.737 bits; 1 bit = 1 = 1 nat (unitsteps)
                if chain.inline and (span := claim_span(line, chain)) is not None and span[1] is not None \
                        and (word := unit_after(line[span[1]:])) is not None:  # fmt: skip
                    written[-1] += rf" \text{{ {word}}}"  # "$1 \text{ byte} = 8$ bits": its last member in bits
                steps = [in_one_unit(r, written[s.left], written[s.right], written)
                         for s, r in zip(chain.steps, steps, strict=True)]
                steps = [almost_everywhere(r, own) for r in steps]  # "a.e.": a kink is no refutation (almosteverywhere)
                steps = [under_stated_relation(r, own) for r in steps]  # "For $r > \delta$," (relationcases)
                after = "" if chain.inline else self.prose_after(chain)[1]  # "$$…$$ when $z_b = 0$." too
                steps = checked_under_condition(self, chain, scope, steps, after, before)  # "\text{ if } ab = 0"
                if (cue := rejection(line, chain.members[0].latex, chain.members[-1].latex, chain.inline, before,
                                     (claim_span(line, chain) or (None,))[0] if chain.inline else None,
                                     after, lambda src: self.parse(src, None, frozenset()))) is not None:
                    steps = [judged(r, cue) for r in steps]  # "…, not $p' = u'v'$" (documents.rejected)
                elif not chain.inline and (word := defining_cue(before)) is not None:
                    steps = [as_definition(r, word) for r in steps]  # "is called *unbiased* when $$…$$" (calledif)
                elif not chain.inline and (said := condition_cue(before, self.prose_after(chain)[1])) is not None:
                    # "$$…$$ which does not hold for $x < 0$": x < 0 is no hypothesis of it (deniedranges)
                    hypothesis = "" if negated_cue(said) else stated_under(self.prose_after(chain)[1], said)
                    if self._read_under(chain, scope, hypothesis):  # "$$…$$ which holds when $A$ is symmetric"
                        steps = [under_hypothesis(r, said, hypothesis) for r in steps]
                    else:
                        steps = [conditioned(r, said) for r in steps]  # "we would need $$…$$" (documents.hypothetical)
            except BudgetExceeded:
                raise
            except (Exception, RecursionError) as exc:  # noqa: BLE001 - a bug here must not hide the other chains
                why = f"internal error while checking this chain: {type(exc).__name__}: {exc}"
                steps = [replace(self._skipped(chain, s, why), verdict=Verdict.ERROR) for s in chain.steps]
        parsed = [chain.members[s.left].parsed is not None and chain.members[s.right].parsed is not None
                  for s in chain.steps]  # fmt: skip
        notes = list(chain.notes)
        if chain.conditions:
            notes.append("conditions: " + "; ".join(f"{c} ({w})" for c, w in chain.conditions))
        statement = written_statement(chain)  # the relations as written (a ≤, an update arrow)
        label = f"{chain.label} " if chain.label else ""
        result = IdentityResult(
            # "hw.md:12", and for notebooks "hw.ipynb: cell 3, line 2" as in the source (not the
            # line of the concatenated cells, which the reader never sees)
            id=Path(self.path).name + self.where(chain.line)[len(self.path) :] + chain_slide(chain),
            title=shortened(label + statement, 70),
            statement=statement,
            verdict=worst([s.verdict for s in steps]),
            steps=tuple(steps),
            source=self.where(chain.line),
            seed=self.settings.seed,
            duration=time.perf_counter() - started,
            message="; ".join(notes),
            kind="document",
            expected=expected,
        )
        return CheckedChain(result, [s.line for s in chain.steps], parsed)

    def _read_under(self, chain: _Chain, scope: Scope, hypothesis: str) -> bool:
        """Does the checker read ``chain`` under the ``hypothesis`` its display is stated under ("$A$ is
        symmetric": the symmetric reading of documents.symmetricprose; "$x \\ge 0$": the range reading of
        documents.ranges), for names the chain writes?"""
        parts = conjuncts(hypothesis)  # "$x \\ge 0$ and $n$ is even": every part, or not under it (review23e)
        return bool(parts) and all(self._read_under_part(chain, scope, part) for part in parts)

    def _read_under_part(self, chain: _Chain, scope: Scope, hypothesis: str) -> bool:
        """One part of a hypothesis (:meth:`_read_under`): read as symmetry or as a range of names the chain writes."""
        latexes = [m.latex for m in chain.members if m.latex]
        said = symmetric_in(hypothesis)
        read = self._said_symmetric(chain)
        if said and read and said[0] <= read[0] and writes_names(said[0], latexes):
            return True
        ranged = stated_ranges(scope, hypothesis, "")
        return ranged is not None and ranged[1] is not scope and writes_names(
            {k[0] for k, e in ranged[1].names.items() if e is not scope.names.get(k)}, latexes)

    def unfinished(self, chain: _Chain, outcome: Any) -> CheckedChain:
        """A chain whose worker gave no verdict (a ``runner.Outcome``): every step TIMEOUT or ERROR."""
        verdict = Verdict.TIMEOUT if outcome.status == "timeout" else Verdict.ERROR
        why = f"{outcome.message}; stopped during {outcome.stage}"
        steps = [replace(self._skipped(chain, s, why), verdict=verdict) for s in chain.steps]
        statement = written_statement(chain)  # the relations as written (a ≤, an update arrow)
        result = IdentityResult(
            id=f"{Path(self.path).name}:{chain.line}{chain_slide(chain)}",
            title=shortened(statement, 70),
            statement=statement,
            verdict=verdict,
            steps=tuple(steps),
            source=self.where(chain.line),
            seed=self.settings.seed,
            duration=outcome.elapsed,
            message=why,
            kind="document",
        )
        return CheckedChain(result, [s.line for s in chain.steps], [False] * len(chain.steps))
