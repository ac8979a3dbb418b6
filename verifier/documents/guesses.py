r"""Failures that rest on a guess: a FAILED that is still SKIPPED, with the reason.

Issue 8, section 4, second half. Once every other reading of a step has failed too
(:class:`verifier.documents.doubts._Doubts`), the failure may still rest on a guess about what the
notes left unsaid: a name never defined (a test function stands for it), shapes only inferred, a
name that may depend on the variable of a derivative, an index free on one side, an equation the
notes solve, a number the author rounded, a capital that counts an index, a name on one side only
that the notes' definitions do not reach. :class:`_Guesses` decides those (``_doubt``), reading what
the prose around a chain states (a quantifier, the annotations of its section). A missing transpose
among shapes the notes write in the step's section is no guess: it stays FAILED. It is a base of
:class:`verifier.documents.doubts._Doubts`; ``_implied_failed`` comes from :mod:`verifier.documents.impliedsums`,
what a step reaches through definitions from :mod:`verifier.documents.reach`, the rounding of worked numbers
(``_rounded``) from :mod:`verifier.documents.workedrounding`, and the prose around a chain (``_prose_before``,
``_stated_range``, ``denied_range``) from :mod:`verifier.documents.chainprose`, the tests on the names a
guess rests on from :mod:`verifier.documents.guessclues`, and which shape failures are the notes' own from
:mod:`verifier.documents.shapeclashes`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import partial

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.annotations import annotated_shapes
from verifier.documents.appliedlabels import applied_products, written_bare
from verifier.documents.approxvalues import at_rounded_values, fails_at_constants
from verifier.documents.bars import bar_variables
from verifier.documents.basisvectors import BASIS
from verifier.documents.beyondrounding import beyond_every_rounding
from verifier.documents.cancelled import cancelled_in_writing, cancelled_names
from verifier.documents.cancelledthrough import at_particular_values, cancelled_through
from verifier.documents.capitalentries import guessed_keys
from verifier.documents.cases import equated
from verifier.documents.casevalues import case_names, plainly_at_case
from verifier.documents.chainprose import _ChainProse
from verifier.documents.codeupdates import kept_for_code
from verifier.documents.context import (
    Definition,
    IndexRange,
    Key,
    Scope,
    Size,
    VarDecl,
    display_key,
)
from verifier.documents.coordinates import coordinates
from verifier.documents.definedpoints import worked_at_defined
from verifier.documents.eventvalues import event_heads
from verifier.documents.exactdata import defined_polynomial, failed_at_data
from verifier.documents.exactslips import inexact_input, slip_at_exact_values
from verifier.documents.expectation import NOWHERE, bound_names, functional_verdict, has_functionals
from verifier.documents.explicitsums import denies_a_convention
from verifier.documents.factorisations import decomposition_note
from verifier.documents.fixedentries import entry_explains, stated_entries
from verifier.documents.forallnames import quantified_before
from verifier.documents.generalfunctions import general_just_before
from verifier.documents.generic import (
    bare_parameters,
    generic_names,
    through_functions,
    undecided,
    variables_of,
)
from verifier.documents.givendata import given_decimals
from verifier.documents.gradientlayout import gradient_by_matrix, says_gradient_layout, variables
from verifier.documents.guessclues import (
    STARRED,
    entries_seen,
    key_letter,
    layer_recursion,
    leaves_none_free,
    seen_in,
    starred_guesses,
    subscripted_names,
    variable_keys,
    varied_in,
)
from verifier.documents.hot import hot_indices_named, one_hot_at
from verifier.documents.hypotheses import UNDER
from verifier.documents.identityspans import holds_everywhere
from verifier.documents.iidfamilies import IID, SAMPLED, family_parameters
from verifier.documents.impliedpoints import IMPLIED, implied_points
from verifier.documents.indexlabels import label_as_index, unsummed_classes
from verifier.documents.infer import (
    NO_EVIDENCE_MARK,
    names_in,
)
from verifier.documents.letterconstants import beyond_constants
from verifier.documents.listedsets import listed_set_sum
from verifier.documents.lonefunctions import lone_functions
from verifier.documents.members import _Chain, _Step, free_names, keys_in, member_trees
from verifier.documents.nosolution import holds_nowhere, said_impossible
from verifier.documents.numbercalls import (
    defined_calls_read,
    plain_products_read,
    points_read,
    products_read,
    variable_calls_read,
)
from verifier.documents.numberedentries import entries_defined
from verifier.documents.offreal import only_off_the_reals
from verifier.documents.onesidedvectors import stated_literal_names, stated_vector_names
from verifier.documents.opaque import opaque_verdict
from verifier.documents.optimum import Optimum
from verifier.documents.outsideindex import said_outside_letters
from verifier.documents.ownvariable import held_inputs, unvalued, written_variables
from verifier.documents.plainsamples import stated_relations
from verifier.documents.primepoints import prime_points
from verifier.documents.problemrecurrences import in_force, rival_note
from verifier.documents.reach import _Reach, defined_calls, written_keys
from verifier.documents.reachedentries import reached_values
from verifier.documents.readapart import at_estimate, entry_of_vector
from verifier.documents.recurrence import (
    SPECIAL_CASE,
    Recurrence,
    floor_free,
    floor_of,
    orders_entries,
    recurrence_names,
    special_case,
    unfolding_touches,
)
from verifier.documents.recurrencestart import fails_at_stated, stated_start_only
from verifier.documents.recurrenceworked import samples_inputs
from verifier.documents.removablepoints import unsure
from verifier.documents.roundedinputs import rounded_inputs
from verifier.documents.roundedvectors import beyond_stated_roundings
from verifier.documents.rulesteps import rule_note
from verifier.documents.saididentity import said_after  # "…, whatever $N$ is"
from verifier.documents.samenames import rewrites_same_names
from verifier.documents.samples import stated_rows
from verifier.documents.scoping import looped
from verifier.documents.selfequations import self_equation
from verifier.documents.semicolon import doubted
from verifier.documents.sentencecomputed import stated_rounding
from verifier.documents.shapeclashes import BETWEEN_SIDES, JACOBIAN_PRODUCT, annotated_clash, no_layout_mends
from verifier.documents.shownroundings import computed_results
from verifier.documents.sizealone import stated_size
from verifier.documents.sizedfamilies import entry_body
from verifier.documents.solvedvalues import SUBSTITUTED
from verifier.documents.stackedsamples import STATED, stacked_names
from verifier.documents.stated import closed_form, every_stated, rounded_at_values, states_value
from verifier.documents.statedparams import at_stated_parameters
from verifier.documents.statedsquares import root_verdict
from verifier.documents.statedvectors import sizes_given, unbolded
from verifier.documents.steps import shape_failure
from verifier.documents.typos import scores_read_for_indices
from verifier.documents.updaterule import UPDATE_RULE, is_update_rule
from verifier.documents.vanishing import vanishing_entries, vanishing_names
from verifier.documents.workedexpressions import at_stated_values, rounded_expression
from verifier.documents.workedrounding import _Rounding
from verifier.documents.writtenintermediates import at_written_intermediates
from verifier.documents.zeros import SOLVED, said_solved, solved_zero, written_zero
from verifier.latex import LatexError
from verifier.latex.braces import without_braces
from verifier.latex.opaque import guessed_names, is_guessed
from verifier.latex.quantifiers import quantified_names
from verifier.latex.vocabulary import sliced
from verifier.results import StepResult, Verdict


class _Guesses(_ChainProse, _Reach, _Rounding):
    """The failures that rest on a guess (``_doubt``) and what it reads: the notes' lines, their
    definitions reached from a step, the prose around a chain. Mixed into the document checker."""

    lines: list[str]  # the document's lines (verifier.documents.reader._Reader)
    recurrences: dict[str, Recurrence]  # families defined by a recurrence (documents.definitions)
    unfolded_failed: dict[tuple[int, int], StepResult]  # failures read with one unfolded (documents.recurrence)
    rival_recurrences: dict[str, list[Recurrence]]  # another rule for the same family (documents.definitions)
    einstein: bool  # the notes name a summation convention (documents.summation)

    def _annotated_here(self, chain: _Chain, keys: set[Key]) -> bool:
        """Whether every name in ``keys`` is annotated (``W_2 \\in \\mathbb{R}^{…}``) in the section
        of ``chain``: an annotation of another problem of the same notes may mean another quantity
        written with the same letter, and cannot make a clash here the notes' mistake."""
        text = self._section_text(chain)
        worded = {key for _, key, _ in annotated_shapes(text)}  # "$X$ is $d$ by $n$" too (fresh15)
        return all((k in worded or re.search(r"(?<![A-Za-z])\\?" + re.escape(k[0]) + r"(?![A-Za-z])[^$]{0,40}?"
                                             r"\\in(?![A-Za-z])", text))
                   and len(self._annotations_of(k[0])) <= 1 for k in keys)  # fmt: skip

    def _layout_fixed(self, chain: _Chain, scope: Scope) -> bool:
        r"""Whether the layout of ``chain``'s derivatives is settled, so two members of different shapes
        are no layout question: a context declares it, the prose just before says the derivative is
        shaped as its variable (documents.gradientlayout), or the chain takes ∇ by a matrix."""
        latexes = [m.latex for m in chain.members]
        return ("layout" in scope.conventions
                or says_gradient_layout(self._prose_before(chain)[1], variables(latexes))
                or self.layout_said(chain.line) == "denominator"
                or gradient_by_matrix(latexes, scope))  # fmt: skip

    def _annotations_of(self, letter: str) -> set[str]:
        r"""The distinct sets a letter is annotated in over the whole notes (``W \in \mathbb{R}^{2 \times 4}``
        in one problem, ``W \in \mathbb{R}^{4 \times 4}`` in the next): more than one means the letter
        names several quantities, and a clash may be the reader's choice of annotation, not the notes'."""
        pattern = re.compile(r"(?<![A-Za-z])\\?" + re.escape(letter) + r"(?![A-Za-z])\s*\\in(?![A-Za-z])\s*([^$,]*)")
        return {re.sub(r"\s+", "", m.group(1)) for line in self.lines for m in pattern.finditer(line)}

    def _implied_at_stated(self, trees: list[sp.Basic], scope: Scope, line: int) -> dict[str, tuple[str, ...]]:
        """documents.impliedpoints' bare functions of a step (‖∇f‖² = 20) with a parameter the prose states a value
        of before ``line`` ("start at $x = (2, 1)$"): with none stated, a number against ∇g is a slip (review42)."""
        stated = {unbolded(v[0]) for v in every_stated(self) if v[2] <= line}  # in prose or displayed
        return {n: ps for n, ps in implied_points(trees, scope).items() if set(ps) & stated}

    @staticmethod
    def _chain_differentiates(chain: _Chain) -> bool:
        r"""Some member of ``chain`` is a derivative (``\nabla_\theta J = … = 0``)."""
        return any(t.atoms(sp.Derivative) for m in chain.members if m.parsed is not None
                   for t in member_trees(m.parsed))  # fmt: skip

    def _guessed_bodies(self, bodies: list[str], own: list[sp.Basic], reached: set[str],
                        r: StepResult) -> list[sp.Basic]:  # fmt: skip
        r"""The parsed bodies of the definitions a step reaches (``bodies``: their LaTeX), where
        :func:`verifier.documents.opaque.opaque_verdict` looks for a macro written inside a sum; parsed
        only for a green step that uses such a macro (``own``: its members' trees; ``reached``: the
        names it reaches)."""
        if r.verdict not in (Verdict.PROVED, Verdict.PASSED):
            return []
        if not any(is_guessed(n) for n in reached) and not any(guessed_names(t) for t in own):
            return []
        out: list[sp.Basic] = []
        for body in bodies:
            try:
                out.append(self.parse(body, None, frozenset()))
            except LatexError:
                continue  # an unreadable body: the step did not reach it either
        return out

    def _doubt(self, chain: _Chain, scope: Scope, step: _Step, r: StepResult) -> StepResult:
        """A FAILED that rests on a guess about undeclared names is not a FAILED: SKIPPED, with why."""
        if r.method == SUBSTITUTED:
            return r  # x = 2 put back into 2x + 4 = 0: one name, no guess (documents.solvedvalues)
        if step.left == 0 and not r.verdict.ok and (anew := self.given_anew(chain)) is not None:
            return self._demote(r, anew)  # w = (0, 0) + (-1)(2, 1) = (-2, -1): an update (documents.chainvalues)
        if r.verdict is not Verdict.SKIPPED and (listed := listed_set_sum(
                (chain.members[step.left].latex, chain.members[step.right].latex), self.text)):
            return self._demote(r, listed)  # \sum_{x \in A} with A = \{1, 2, 4\} (documents.listedsets)
        own = [t for i in (step.left, step.right) if (p := chain.members[i].parsed) is not None
               for t in member_trees(p)]  # fmt: skip
        reached = self._reach(set().union(*(names_in(t) for t in own)), scope) if own else set()
        if r.verdict is Verdict.FAILED and own and (factored := decomposition_note(
                set().union(*(names_in(t) for t in own)), self.text)):  # X = U S V^T, "the SVD" (factorisations)
            return self._demote(r, factored)
        bodies = [e.body for n in reached if isinstance(e := scope.names.get((n, ())), Definition) and e.body]
        functional = functional_verdict(own, r)  # 𝔼 read as a linear functional: a failure is not a FAILED
        if functional is not None:
            return functional
        opaque = opaque_verdict(own, [m.latex for m in chain.members] + bodies, r, reached, generic_names(scope),
                                defined={k[0] for k, e in scope.names.items() if isinstance(e, Definition)},
                                bodies=self._guessed_bodies(bodies, own, reached, r))
        if opaque is not None:  # a macro not defined in the notes (verifier.documents.opaque)
            return opaque
        if (left_out := doubted(r)) is not None:  # p(y) for p(y; θ) (verifier.documents.semicolon)
            return left_out
        if r.verdict is Verdict.FAILED and (chosen := unsure(r.message or "")) is not None:
            return self._demote(r, chosen)  # w(0) = 2 of w(r) = sin(r)/r: the notes' choice (removablepoints)
        texts = (chain.members[step.left].latex, chain.members[step.right].latex)
        if r.verdict is Verdict.FAILED and (fixed := entry_explains(
                [t for i in (step.left, step.right) if (p := chain.members[i].parsed) is not None
                 for t in member_trees(p)], r, stated_entries(self.text))) is not None:  # fmt: skip
            return self._demote(r, fixed)  # Σ_{j=0} θ_j x_j with x_0 = 1 stated (documents.fixedentries)
        if r.verdict.ok and (numbered := plain_products_read(texts, own)):  # Φ(0) = 0 green as Φ·0 = 0 (ids45)
            return self._demote(r, f"holds only with {', '.join(numbered)} read as a product; written so it is "
                                   "a function's value at that number, not defined in the notes")  # fmt: skip
        if r.verdict is not Verdict.FAILED:
            return r
        if (label := label_as_index(texts, r.message or "")) is not None:
            return self._demote(r, label)  # p - y after -\log p_y: y the one-hot label (documents.indexlabels)
        if (unreal := only_off_the_reals(r)) is not None:  # ε > 1 under \sqrt{ε(1 - ε)} (documents.offreal)
            return unreal
        if numbered := products_read(texts, own):  # \Phi(0): a function's value at 0, not Φ·0 (documents.numbercalls)
            return self._demote(r, f"{', '.join(numbered)} read as a product; written so it is a function's value at "
                                   "that number, and the notes do not define the function")  # fmt: skip
        if pointed := points_read(texts, own):  # p(y)/p(x): one function at two points, not a factor that cancels
            return self._demote(r, f"{', '.join(pointed)} read as products; written so they are one function at two "
                                   "points, and the notes do not define the function")  # fmt: skip
        if at_var := variable_calls_read(texts, own):  # p(t) beside d/dt: a function of t, not p·t (numbercalls)
            return self._demote(r, f"{', '.join(at_var)} read as products; written so they are functions of the "
                                   "variable differentiated by, and the notes do not define them")  # fmt: skip
        if defined := defined_calls_read(texts, own, self.text):  # z(T) of z(t) = z_0 e^{θt} beside z_k (wrong66)
            return self._demote(r, f"{', '.join(defined)} read as products, but the notes define each as a function "
                                   "of one variable, a reading not checked here; write a sequence of the same "
                                   "letter (z_k) with another")  # fmt: skip
        if applied := [n for n in applied_products(self, texts, own) if not written_bare(self.text, n)
                       and n not in event_heads(scope, own)]:  # P(y=1|z) at P(y=k|z) := … (eventvalues)
            # Φ(x) + Φ(-x) = 1: Φ a function (appliedlabels); not δ^{(2)}(1 + z) where 2δ^{(2)}z is written too
            return self._demote(r, f"{', '.join(f'${n}$' for n in applied)} read as a factor; written before brackets "
                                   "at different arguments and nowhere else, it is a function the notes apply, and "
                                   "they do not define it")  # fmt: skip
        # documents.stated: a link of numbers alone ((-2.4369 + 1) = -3.4369) takes none of the stated values
        names = not own or beyond_constants(own, r.counterexample.point if r.counterexample else ())  # π: no name
        closed = any(closed_form(t, lambda src: self.parse(src, None, frozenset())) for t in texts)  # σ(wx+b) = σ(2)
        fixed = sizes_given(scope, chain.hypotheses, self.parse_plain, self.text)  # K of q = (½, ¼, ¼): 3
        computed = lambda: computed_results(self.text, chain.line, texts[:1], self.parse_plain)  # noqa: E731  # w_1
        # Φ the prose names the standard normal CDF: a function of numbers, as exp is (fresh73)
        named = {k[0] for k, e in scope.names.items() if isinstance(e, Definition) and e.builtin and not e.body}
        data = lambda: given_decimals(self, chain.line)  # noqa: E731  # β₂ = 0.999 given, no rounding (givendata)
        rounded = self._rounded(chain, step, r, fixed, computed, named, data) or rounded_inputs(chain, step, r,
                                                                                                self.parse_plain)
        if names and rounded is None:  # -\log(0.245) against the loss at the stated values (workedexpressions)
            sizes = {k[0] for k, e in scope.names.items() if isinstance(e, Size)}
            rounded = rounded_expression(chain.hypotheses, texts, r, self.parse_plain, sizes)
            # "$L = 0.69$, where $$L = -\log 0.4$$": the sentence's value is no rounding of it (sentencecomputed)
            rounded = rounded and (stated_rounding(rounded, r, texts, chain.hypotheses, chain.line, self.lines,
                                                   self.parse_plain) or rounded)  # fmt: skip
        if rounded is None and names and (rounded := rounded_at_values(chain.hypotheses, texts, r, closed)):
            sides = [t for i in (step.left, step.right) if (p := chain.members[i].parsed) for t in member_trees(p)]
            sides = [entry_body(t, self.sized_entries, self.note_definitions, self.parse_plain) or t
                     for t in sides]  # E_3 of E_n = Σ_{j=1}^n β^{j-1}: its body (documents.sizedfamilies)
            sides = [defined_polynomial(t, scope.names, chain.hypotheses, every_stated(self), chain.line,
                                        chain.members[step.left].latex.strip(), self.parse_plain) or t
                     for t in sides]  # v of "Define $v = p(1-p)$" at the stated p (documents.exactdata)
            shown, policy = getattr(self, "display_lines", ()), rounded
            rounded = at_rounded_values(rounded, r, sides, chain.hypotheses, self.text, shown, self.parse_plain) or \
                failed_at_data(rounded, r, sides, chain.hypotheses, self.text, shown, self.parse_plain,
                               getattr(self, "source_text", ""),
                               max(chain.members[step.left].line, chain.members[step.right].line))  # p = (0.5, …)
            rounded = self._exact_inputs(policy, rounded, r, texts, chain, step, scope)
            rounded = at_written_intermediates(rounded, sides, texts, chain.hypotheses, scope.names,
                                               every_stated(self), chain.line, chain.members[step.left].latex.strip(),
                                               self.parse_plain)  # v from the written z (writtenintermediates)
        lead = chain.members[step.left].parsed
        tree = lead.tree if lead is not None else None
        key = (tree.name, ()) if isinstance(tree, sp.Symbol) else None
        if rounded is None and key is not None and not isinstance(scope.names.get(key), Definition) and (
                rooted := root_verdict(self.text, self.lines, chain.members[step.left].line, texts)) is not None:
            # H = 0.02 after H^2 = 0.04: neither root (documents.statedsquares)
            return replace(r, verdict=rooted[0], message=rooted[1], counterexample=None, curve=None)
        rounded = rounded or states_value(texts, key is None or isinstance(scope.names.get(key), Definition), r)
        trees = [t for i in (step.left, step.right) if (p := chain.members[i].parsed) is not None
                 for t in member_trees(p)]  # fmt: skip
        rounded = rounded or stated_size(trees, {k[0] for k, e in scope.names.items() if isinstance(e, Size)}, r)
        if rounded is not None:
            return rounded
        # ∇J = Xᵀ(Xθ - y) = 0: the 0 follows a gradient the chain computed (∂x_i/∂x_j = 0 itself is a claim)
        computed = self._chain_differentiates(chain) and not any(t.atoms(sp.Derivative) for t in trees)
        solving = computed or said_solved(self._prose_before(chain)[1])
        if solving and solved_zero(*texts, trees):
            return self._demote(r, SOLVED)  # "setting the gradient to zero" (documents.zeros), declared or not
        names = [keys_in(t) for t in trees[:1]] + [set().union(*(keys_in(t) for t in trees[1:]))] if trees else []
        used = {k[0] for side in names for k in side}
        suspect = self._index_as_number(used, scope)
        # the reading of that typo (e^{o_j} for e^j, typos.py) was tried with the others and fails too
        corrected = suspect and scores_read_for_indices(scope, self.note_definitions, self.text,
                                                        subscripted_names(self.annotations),
                                                        lambda src: self.parse(src, None, frozenset()))  # fmt: skip
        if suspect and not corrected:
            return self._demote(r, f"the notes' definition of {suspect} uses an index as a number; read literally "
                                   "the step fails (a typo in that definition?)")  # fmt: skip
        if corrected:
            scope = corrected[1]  # the doubts below ask what the step reaches under that reading
        reached = self._reach(used, scope)
        # e^{-z_1} = e^{\hat\mu} "at this value" (fresh76)
        if estimated := at_estimate(r, used, reached, scope, self._reach):
            return self._demote(r, estimated)
        # read with a recurrence unfolded it failed too, and that decides (documents.recurrence)
        unfolded = self.unfolded_failed.get((id(chain), step.index))
        r = unfolded if unfolded is not None else r  # (a step still FAILED here: a green one returned above)
        if unfolded is not None and (starred := starred_guesses(r, scope)) and \
                not self._rule_writes(starred, chain, unfolded, scope):  # fmt: skip
            return self._demote(r, STARRED.format(names=", ".join(starred)))
        if unfolded is not None:  # "for a constant gradient, unrolling twice gives …": not decided in general
            rec = next((e for e in in_force(self, chain.line).values() if e.note in (unfolded.message or "")), None)
            start, _ = self._prose_before(chain)
            word = special_case(self.lines, rec, start + 1, chain.line - 1) if rec is not None else None
            # (0.1 \cdot 0.5 = 0.5 after m_1 =: a link reaching no name of the recurrence is arithmetic)
            # (a link the unfolding leaves as written: its failure is no case of the recurrence's; fresh61)
            # (a failure at no value of the rule's inputs took the case stated: $g_t = 1$, recurrencestart.every_entry)
            if word is not None and rec is not None and any(self.recurrences.get(n) is rec for n in reached) \
                    and unfolding_touches(self, chain, trees, scope) and samples_inputs(rec, r):
                return self._demote(r, SPECIAL_CASE.format(word=word, note=rec.note))
        recurrences = in_force(self, chain.line)  # the rules of this line's problem (problemrecurrences)
        started = sorted(n for n in reached if n in recurrences
                         and stated_start_only(trees, n, self.text, self.parse, chain.line))  # fmt: skip
        # (a step FAILED at the values the prose states stays FAILED: documents.recurrencestart, review35b)
        if started and not fails_at_stated(trees, self.text, self.parse_plain, chain.line):
            return self._demote(r, f"{', '.join(started)} written only at the start of its recurrence, a value the "
                                   "prose states: the step is no identity for every value of it")  # fmt: skip
        recurrent = sorted(n for n in reached if (e := recurrences.get(n)) is not None and e.line <= chain.line
                           and orders_entries(trees, e))  # fmt: skip
        # what the recurrence relates (its body's names, its index): not names or indices the checker cannot see
        recs = [recurrences[n] for n in recurrent]
        covered = self._reach(recurrence_names(trees, recs), scope) if unfolded is not None else set()
        for rec in recs if unfolded is not None else ():  # its failure decided: the family is no unknown function
            scope = floor_free(scope, rec.name, trees, floor_of(trees, rec.name, rec.param)) or scope
        if recurrent and unfolded is None:
            rec = recurrences[recurrent[0]]
            rivals = {r.line: r for r in self.rival_recurrences.get(rec.name, ())}
            if (rec.line == chain.line or chain.line in rivals) and step.left == 0:
                update = is_update_rule(chain.members[step.left].latex, chain.members[step.right].latex)
                own = rivals.get(chain.line, rec)  # a rival cites its own rule, not the one it rivals (sound39)
                return self._demote(r, UPDATE_RULE.format(new=update[0], old=update[1]) if update and own.shift else
                                    f"defines {rec.name} by a recurrence ({rec.text}): the notes' definition, used by "
                                    "the lines after it" if own is rec else rival_note(own, rec))  # fmt: skip
            return self._demote(r, f"{rec.name} is defined by a recurrence (line {rec.line}: {rec.text}): each entry "
                                   "is computed from the one before, which could not be unfolded here, so its "
                                   "entries were read as independent values")  # fmt: skip
        # J(3) after J(\mu) = \sum_i (x_i - \mu)^2: a defined function applied reaches its body as a name does,
        # where the failure varied the names so reached (not at values the prose states: sound41)
        valued = self._reach(used | {k[0] for t in trees for k in defined_calls(t, scope)}, scope) - reached
        varied = {p for p, _ in r.counterexample.point} if r.counterexample else set()
        guessed_values = sorted(display_key(k) for k in guessed_keys(scope)  # w of W := (w_ij) too (capitalentries)
                                if k[0] in reached - used or (k[0] in valued and varied_in(k[0], varied)))  # fmt: skip
        numbers = [t for t in trees[:2] if not t.free_symbols and not t.atoms(sp.Indexed)]
        at_defined = len(trees) == 2 and worked_at_defined(  # "At $a = 0$", a := xᵀw (documents.definedpoints)
            [(chain.members[i].latex, t) for i, t in zip((step.left, step.right), trees, strict=True)], scope,
            self._prose_before(chain)[1])  # fmt: skip
        if guessed_values and (numbers or at_defined) and len(trees) >= 2:
            sizes = {k[0] for k, e in scope.names.items() if isinstance(e, Size)}
            if (differs := at_stated_values(chain.hypotheses, r, sizes)) is not None:
                demoted = self._demote(r, differs)
                return self._exact_inputs(demoted, demoted, r, texts, chain, step, scope, sizes)
            cased = case_names(chain.hypotheses)  # "When $x = 3$, $y = 8$" after y = 2x + 1: x is the case's (sound42)
            since = max((e.line for k, e in scope.names.items() if k[0] in reached and isinstance(e, Definition)),
                        default=0)  # the definition the case reaches: plainly the one meant (review42)
            # as written: w_1 of "At $w_1 = 0.5$" is the key w_1, not every entry of w (lead54)
            if not (cased and {display_key(k) for k in scope.inferred if display_key(k) in guessed_values}
                    <= {without_braces(c) for c in cased}
                    and plainly_at_case(self.lines, chain.line, since)):
                return self._demote(r, f"{WORKED_NUMBER} {', '.join(guessed_values)}, whose values the notes give "
                                       "only in prose")  # fmt: skip
        if numbers and len(trees) == 2 and (implied := self._implied_at_stated(trees, scope, chain.line)):
            params = sorted({p for ps in implied.values() for p in ps})
            return self._demote(r, IMPLIED.format(names=", ".join(implied), their="its" if len(implied) == 1 else
                                                  "their", params=", ".join(params)))
        if shape_failure(r) and JACOBIAN_PRODUCT.search(r.message):
            # (W_2^T δ_2) ⊙ σ'(a): σ' of a vector read as its (diagonal) Jacobian, not the notes' mistake
            return self._demote(r, f"an entry-wise product with a derivative read as a Jacobian ({r.message})")
        # a function the notes name anywhere ("$g$ denotes the sigmoid", a section before) is no arbitrary one
        lone, rule = lone_functions(scope, trees[:1], trees[1:], self.text)
        # "For any differentiable function $f$," just before: a rule for every f, not a particular one (sound56)
        lone = [n for n in lone if n not in general_just_before(self._prose_before(chain)[1])] if lone else lone
        if rule and not lone:  # a rule for every such function: its failure is a counterexample (rulesteps)
            r = replace(r, message="; ".join(x for x in (rule_note(rule), r.message) if x))
        if lone:
            return self._demote(r, f"{', '.join(lone)} is not defined in the notes and this step says what it (or "
                                   "its derivative) is; it fails for an arbitrary function, as it must")  # fmt: skip
        inferred = {k for k in scope.inferred if k[0] in used}
        if not inferred and shape_failure(r):
            # σ'(z) after z_i = w^T x_i + b: the shape clash is inside a definition's body, whose names' shapes
            # were guessed (w: no annotation, no context), not in what the step writes
            inferred = {k for k in scope.inferred if k[0] in reached and isinstance(scope.names.get(k), VarDecl)
                        and "annotated" not in scope.inferred[k]}  # fmt: skip
        if not inferred:
            return r
        # V_1 = 1 + 0.45 V_1 + … = …: an equation the notes solve, then simplify (documents.selfequations)
        if (solved := self_equation(trees, step.left == 0 and len(chain.steps) > 1, {k[0] for k in inferred})):
            return self._demote(r, solved)
        counts = sorted(display_key(k) for k in scope.inferred if k[0] in reached and not k[1] and len(k[0]) == 1
                        and k[0].isupper() and NO_EVIDENCE_MARK in scope.inferred[k]
                        and isinstance(scope.names.get((k[0].lower(), ())), IndexRange))  # fmt: skip
        if counts:
            # m_b = \frac{1}{H} x_{bh}: H is, by the convention of index notation, the number of values of h
            # (the identities of such notes hold only then), not an arbitrary scalar
            lowered = ", ".join(c.lower() for c in counts)
            return self._demote(r, f"{', '.join(counts)} may be the number of values of the index {lowered} "
                                   "(read as an arbitrary scalar here)")  # fmt: skip
        lone_function = undecided(scope, trees[:1], trees[1:], lambda d: self.parse(d.body, None, frozenset()))
        if lone_function:
            return self._demote(r, lone_function)
        functions = set(generic_names(scope))  # undefined names read as arbitrary functions of their variables
        guessed = [display_key(k) for k in inferred if isinstance(scope.names.get(k), VarDecl)
                   and scope.names[k].kind == "function"]  # type: ignore[union-attr]  # fmt: skip
        if guessed:
            return self._demote(r, f"{', '.join(sorted(guessed))} is not defined in the notes; the step fails for the "
                                   "test function only")  # fmt: skip
        declared_here = {k for k in inferred if isinstance(scope.names.get(k), VarDecl)}
        # an arbitrary function the notes leave undefined (L of Z, through G = ∂L/∂Z) has no shape to guess
        shaped = {k for k in inferred if k[0] not in functions}
        if (shape_failure(r) and BETWEEN_SIDES in r.message
                and (self._layout_fixed(chain, scope) or no_layout_mends(r.message))
                and annotated_clash(replace(r, message=""), scope, shaped, rows=True)
                and self._annotated_here(chain, declared_here & shaped)):
            return r  # shapes all written by the notes, the layout said or ∇'s: no reading left to mend it
        # (an arbitrary function the notes leave undefined has no shape of its own either: its derivative takes its
        # variable's, so a product inside a member that does not conform rests on the annotated shapes; lead64)
        if shape_failure(r) and not (annotated_clash(r, scope, shaped)
                                   and self._annotated_here(chain, declared_here & shaped)):
            return self._demote(r, f"the shapes inferred for the undeclared names do not fit this step ({r.message}); "
                                   "declare the shapes in a context")  # fmt: skip
        tried: StepResult | None = None
        left, right = chain.members[step.left], chain.members[step.right]
        if (written_zero(left.latex) or written_zero(right.latex)) and not leaves_none_free(trees, scope, reached):
            return self._demote(r, SOLVED)  # undeclared names: the 0 may hold for the notes' values only
        if chain.connected and not any(t.atoms(sp.Derivative) for t in trees):
            # "… = 0 ⇔ X^T X w = X^T y": an equation the notes solve, true for the solution only
            return self._demote(r, "an equation joined to others by ⇔/⇒ (a condition the notes solve), "
                                   "not an identity")  # fmt: skip
        vanished: set[str] = set()  # co-inputs held fixed that the derivative removes (documents.vanishing)
        vanished_entries: set[Key] = set()  # μ_2 of ∂/∂x_1 (x_2 - μ_2)^2 beside μ_1: by entry (documents.vanishing)
        held: list[tuple[sp.Derivative, set[Key]]] = []  # a notes' definition differentiated: its co-inputs
        for t in trees:
            for d in t.atoms(sp.Derivative):
                layered = layer_recursion(d, scope) or entry_of_vector(d, scope, self._reach, self.parse)
                if layered and unfolded is None:
                    return self._demote(r, layered)
                variables = {str(v.base.label) if isinstance(v, sp.Indexed) else str(sliced(v) or v)
                             for v, _ in d.variable_count}  # a column W_{:,j} is W's (latex.vocabulary)
                reached = self._reach(names_in(d.expr), scope)
                # what the variable is defined from cannot depend on it; an arbitrary function's dependence is modelled
                fixed = (self._reach(variables, scope) - variables) | functions
                written = written_keys(d.expr)
                # ∂E/∂w with the notes' E(w) = …: a function written bare is differentiated by its parameters
                bare = {(p, ()) for k in written if isinstance(e := scope.names.get(k), Definition) and e.is_function
                        for p in e.params}  # fmt: skip
                by = {k for v, _ in d.variable_count for k in variable_keys(v)}
                held_from = self._reach_keys(written, scope)
                if by <= held_from | bare | self._valued_in(by, held_from, scope):
                    # the differentiated quantity is defined (through the notes' definitions) from the variable
                    # beside the other names it reaches: those are its co-inputs, held fixed by ∂ (∂L/∂b of
                    # L(y, σ(wᵀx + b)) keeps y, w, x fixed). Only a name the definitions never connect to the
                    # variable (h in L = (h - t)² differentiated by W) may hide a dependence on it.
                    fixed |= reached
                    vanished |= vanishing_names(d) & reached
                    vanished_entries |= {k for k in vanishing_entries(d) if k[0] in reached}
                    if any(isinstance(scope.names.get(k), Definition) for k in written):  # ∂J/∂u_2, J defined
                        held.append((d, held_from | by))
                # a matrix too where the definitions reach no variable (S of an unread S = softmax(A) …: ∂L/∂A = 0),
                # unless the notes annotate it ("let $C \in \mathbb{R}^{n \times n}$ be fixed")
                unreached = not by & (held_from | bare)
                annotated = self.annotations.shapes
                loose = sorted(display_key(k) for k in scope.inferred if k[0] in reached - covered
                               and k[0] not in variables and k[0] not in fixed
                               and isinstance(e := scope.names.get(k), VarDecl)
                               and (e.kind != "matrix" or (unreached and k not in annotated)))  # fmt: skip
                if aside := sorted(looped(scope) & reached - variables):  # y = s x + b set aside by a loop
                    return self._demote(r, f"the notes' definition of {', '.join(aside)} is set aside here (a loop), "
                                           "and it may depend on the variable of the derivative")  # fmt: skip
                if loose:
                    return self._demote(r, f"{', '.join(loose)} (not defined in the notes) {MAY_DEPEND}")
        hot_labels: set[Key] = set()
        if len(trees) >= 2:
            sides = (
                [trees[:1], trees[1:]]
                if len(trees) == 2
                else [member_trees(chain.members[step.left].parsed), member_trees(chain.members[step.right].parsed)]
            )  # type: ignore[arg-type]
            free = [{n for t in side for n in free_names(t) | self._reached_free(t, scope) if (n, ()) in inferred
                     and isinstance(scope.names.get((n, ())), IndexRange)} for side in sides]  # fmt: skip
            lone = sorted((free[0] ^ free[1]) - equated(chain.conditions)  # i = j: the case (documents.cases)
                          - said_outside_letters(scope)  # o ∉ {w_1, …, w_K}: the notes' own (outsideindex)
                          - unsummed_classes(self.text, lambda n: isinstance(scope.names.get((n, ())), IndexRange)))
            # "let $y$ be the true class": one class, never an implied sum's index (documents.indexlabels)
            # the sum that would excuse the free index was tried and fails too: FAILED, unless another doubt below
            tried = self._implied_failed().get((id(chain), step.index)) if lone else None
            # y one-hot at o, as the notes say (hot.py): the lone o is where the 1 is, and that reading failed too
            hot = one_hot_at(scope, trees, free[0] | free[1], hot_indices_named(self.text))
            if hot is not None:  # the notes say what y is: it is not a name "on one side only"
                hot_labels = {k for k in hot[1].names if k in inferred and isinstance(hot[1].names[k], Definition)}
            if lone and tried is None and hot is None and not set(lone) <= covered \
                    and not denies_a_convention(self.text):  # "we do not use the summation convention"
                return self._demote(r, f"the index {', '.join(lone)} is free on one side only (an implied sum?)")
        # (not a defined name written again, "$r = Xw - y$" after $r = y - Xw$: a claim about r, inlinerestated)
        if len(chain.steps) == 1 and chain.restates is None and not any(
                t.atoms(sp.Derivative, sp.Sum, sp.Product, sp.Integral, AppliedUndef) for t in trees):  # fmt: skip
            learned = frozenset(k[0] for k, e in scope.names.items() if not k[1] and isinstance(e, Definition))
            # "For $x > 0$, $$\sqrt{x^2} = -x$$": a range the prose states for it says it is one (trust15);
            # a vector whose numbered entries the notes define one by one is not undeclared (numberedentries)
            stated = stated_literal_names(chain.hypotheses, self.parse_plain)  # M 1 = 1 read at M's numbers (lead45)
            if all(isinstance(scope.names.get(k), VarDecl) and not entries_defined(scope, k) for k in inferred) \
                    and not (inferred and all(display_key(k) in stated for k in inferred)) \
                    and self._stated_range(chain, scope, whole=True) is None \
                    and not (len(trees) == 2 and rewrites_same_names(*trees, names_in, self._prose_before(chain)[1],
                                                                 self.prose_after(chain)[1], learned,
                                                                 tuple(m.latex for m in chain.members)
                                                                 if chain.inline else (),
                                                                 partial(holds_everywhere, parse=self.parse_plain))) \
                    and not said_after(self.lines, chain, self.prose_after(chain)[1], {k[0] for k in inferred},
                                    chain.inline) \
                    and not (len(trees) == 2 and holds_nowhere(*trees, self._prose_before(chain)[1],
                                                               self.prose_after(chain)[1])) \
                    and not (NOWHERE in (r.message or "") and not said_impossible(  # 𝔼[U] + 1 = 𝔼[U] + 2
                        self._prose_before(chain)[1], self.prose_after(chain)[1])) \
                    and SAMPLED not in (r.message or "") \
                    and not (inferred and {display_key(k) for k in inferred}  # "For any $a$, $b$," (forallnames)
                             <= quantified_before(self._prose_before(chain)[1])):  # fmt: skip
                return self._demote(r, "an equation between undeclared quantities: nothing says it is an identity "
                                       "(it may hold only for particular values)")  # fmt: skip
        prose = self._prose_before(chain)[1]
        bare_params = bare_parameters(scope, trees)
        # ∂F/∂b after F(a, b) := …, "at the optimum $a = 0$": the derivative may be taken there (ownvariable)
        pointed = sorted(bare_params - unvalued(bare_params, prose) - used)
        # "For a positive example, $y = 1$, …": an input of the notes' definition the step reaches, not writes
        # (a worked chain takes the stated values as its hypotheses instead: its formula links hold for all)
        # (not where the step writes a function at a number, σ(0): a link substituted in part, not a formula)
        at_numbers = any(f.args and all(a.is_number for a in f.args) for t in trees for f in t.atoms(sp.Function))
        through = self._reach(used, scope) - used if not pointed and (not chain.hypotheses or at_numbers) else set()
        pointed = pointed or sorted(through - unvalued(through, prose))
        if pointed:
            return self._demote(r, f"{NAMES_A_POINT} (or a value of {', '.join(pointed)}, not written in the step): "
                                   "the derivative may be taken there")  # fmt: skip
        if len(names) == 2:
            # variables of an arbitrary function's derivatives; parameters of a defined function used bare
            related = variables_of(scope, trees) | bare_params
            # a side "has" a name it writes or reaches through the notes' definitions (∇_w L with L defined
            # from y and x relates them to the other side visibly)
            seen = [self._reach_keys(set().union(*(written_keys(t) | defined_calls(t, scope) for t in side))
                                     | through_functions(scope, side, lambda ks: self._reach_keys(ks, scope)), scope)
                    for side in (trees[:1], trees[1:])]  # fmt: skip
            related |= self._said_arbitrary(chain) | bar_variables(trees)  # x of \right|_{x=0} (documents.bars)
            # "Let $X$ have rows $\mathbf{x}_i^T$": the notes relate X and the samples x^{(i)} in words
            related |= {n for name in stated_rows(self.text) for n in (name, name + "^()")}
            if STATED in (r.message or ""):  # failed with X built as "$X$ whose rows are $x^{(i)\top}$" says
                related |= stacked_names(self.text)  # (documents.stackedsamples)
                related |= stated_relations(r.message, self._sample_letters, self.text)  # a_i^T: plainsamples
            # x of d/dx x^3, unless the prose just before gives x a value (documents.ownvariable)
            # u_1 of g'(u_1) after g(u) = …: a point the derivative is taken at, not its variable (primepoints)
            points = prime_points(trees, scope)
            related |= vanished | (written_variables(trees, functions, prose) - {k[0] for k in points})
            # x of ∂/∂y (αx - βxy) where the notes also take ∂/∂x: a coordinate held fixed (documents.coordinates)
            related |= coordinates(trees, (left.latex, right.latex), self.text, functions, prose)
            # t of \int_0^T (a + bt)\,dt: bound by the integral, a name of neither side (documents.definiteintegrals)
            related |= {str(v) for t in trees for node in t.atoms(sp.Integral) for v in node.variables}
            related |= bound_names(trees)  # z of 𝔼[z] = s: integrated out, as an integral's variable (gaps55)
            related |= {str(v) for t in trees for node in t.atoms(Optimum) for v in node.args[2:]}  # β of arg min_β
            if has_functionals(trees):  # μ, σ of "x_1, …, x_n i.i.d. with mean μ and variance σ²" (iidfamilies)
                related |= family_parameters(scope.conventions.get(IID, ""), self.parse_plain)
            related |= covered
            if UNDER in (r.message or ""):  # v = (2, 1): taken so (onesidedvectors); an identity link of the chain
                related |= stated_vector_names(chain.hypotheses, self.parse_plain)  # is not (fresh66)
            related |= quantified_names(chain.notes)  # \forall c \in \mathbb{R}: c on one side is what it claims
            if said_after(self.lines, chain, self.prose_after(chain)[1], {k[0] for k in inferred}, chain.inline):
                related |= {k[0] for k in inferred}  # "…, whatever $N$ is": so is N (documents.saididentity)
            related |= cancelled_names(trees[:1]) | cancelled_names(trees[1:])  # 2(a-p) - 2(a-n): no a (cancelled)
            related |= cancelled_in_writing(left.latex, trees[:1]) | cancelled_in_writing(right.latex, trees[1:])
            # z = [z_0, z_1, z_2] after z_0 := 1, z_1 := …: the notes define it entry by entry (numberedentries)
            related |= {k[0] for k in inferred if entries_defined(scope, k)}
            # c_{t-1} of c_t = f_t c_{t-1} + i_t g_t: the notes define the family by a recurrence (fresh18)
            related |= {n for n, rec in in_force(self, chain.line).items() if rec.line < chain.line}
            related.add(BASIS)  # the standard basis vectors' identity is the notes' (documents.basisvectors)
            held_keys = held_inputs(held, functions, prose) - points
            held_keys |= {k for k in inferred if display_key(k) in stated_literal_names(chain.hypotheses,
                                                                                      self.parse_plain)}
            # g^T h = g_0 h_0 + g_1 h_1: a vector is seen where its numbered entries are written (documents.literals)
            one_side = sorted(display_key(k) for k in inferred
                              if seen_in(k, seen[0], scope) != seen_in(k, seen[1], scope)
                              and isinstance(scope.names.get(k), VarDecl) and k[0] not in related
                              and k not in hot_labels and k not in held_keys and k not in vanished_entries)  # fmt: skip
            # [u^{(1)}_1, u^{(1)}_2] = [1, \tanh(2)]: entries of an undeclared vector listed against numbers
            # state its values; the vector itself is written on neither side, so the test above misses it
            one_side += sorted(display_key(k) for k in inferred if k not in seen[0] and k not in seen[1]
                               and display_key(k) not in one_side
                               and entries_seen(k, seen[0], scope) != entries_seen(k, seen[1], scope)
                               and isinstance(scope.names.get(k), VarDecl) and k[0] not in related
                               and k not in hot_labels)  # fmt: skip
            # p = σ(Xw + b1) with nothing said of X: a name only a definition's body writes, its shape guessed
            # (not annotated: a vector or matrix; a number has no shape to guess), reached by one side only,
            # where the other side reaches another name of its letter (X there, the samples x_i here: a
            # relation the notes may state in words). A datum the other side has no kin of (an offset t_i
            # dropped from e^{w x_i}) is what the step got wrong, not a relation the checker cannot see
            one_side = one_side or sorted(
                display_key(k) for k in scope.inferred if k[0] in reached - used
                and "annotated" not in scope.inferred[k]
                and (k in seen[0]) != (k in seen[1]) and isinstance(e := scope.names.get(k), VarDecl)
                and e.kind in ("vector", "matrix")
                and any(o != k and key_letter(o) == key_letter(k) for o in seen[1 if k in seen[0] else 0])
                and k[0] not in related and k not in held_keys)  # fmt: skip
            if one_side:  # q(x_0 + h) = 6h^2 after q(x) = 3(x - x_0)^2: x_0 cancels with q put in (cancelledthrough)
                scalars = {display_key(k) for k in inferred if isinstance(e := scope.names.get(k), VarDecl)
                           and e.kind == "scalar"}  # fmt: skip
                after = self.prose_after(chain)[1]
                particular = partial(at_particular_values, self.text, chain.hypotheses, prose, after)
                gone = cancelled_through(trees, scope, lambda d: self.parse(d.body, None, frozenset()),
                                         set(one_side) & scalars, particular)  # fmt: skip
                one_side = [n for n in one_side if n not in gone]
            if one_side and (every := quantified_before(prose)):  # "For any numbers $a$, $b$, $c$," (forallnames)
                one_side = [n for n in one_side if n not in every]
            if one_side and (valued := fails_at_constants(self, chain.line, trees, one_side, r)) is not None:
                return valued  # λ ≈ 1.0507 stated: a constant, not a relation unseen (documents.approxvalues)
            if one_side and (valued := at_stated_parameters(self, chain.line, trees, one_side, r)) is not None:
                return valued  # π_1 = π_2 = \frac12 stated before: the step read there (documents.statedparams)
            if one_side:
                why = f"{', '.join(one_side)} appear(s) on one side only and the notes do not define it"
                return self._demote(r, why + ": the step relates it to the other side in a way the checker cannot see")
        return tried if tried is not None else r

    @staticmethod
    def _demote(r: StepResult, why: str) -> StepResult:
        cx = r.counterexample
        extra = f" (literally it fails at {', '.join(f'{k}={v}' for k, v in cx.point)})" if cx and cx.point else ""
        return replace(r, verdict=Verdict.SKIPPED, counterexample=None, message=why + extra)

    def _rule_writes(self, starred: list[str], chain: _Chain, unfolded: StepResult, scope: Scope) -> bool:
        r"""Does the recurrence ``unfolded`` was read with write one of the ``starred`` names, itself or through the
        notes' definitions it reaches (``x_{k+1} = x_k - \eta f'(x_k)`` with ``f(x) = \frac{a}{2}(x - x^\star)^2``)?
        Then the iterates are defined around that point for every value of it: no unread condition fixes it, and a
        step failing at values of it fails for the rule as written (sound55)."""
        rec = next((e for e in in_force(self, chain.line).values() if e.note in (unfolded.message or "")), None)
        if rec is None:
            return False
        written = names_in(rec.body) | {f.func.__name__ for f in rec.body.atoms(AppliedUndef)}
        return bool(set(starred) & self._reach(written, scope))

    def _exact_inputs(self, policy: StepResult | None, judged: StepResult | None, r: StepResult,
                      texts: tuple[str, str], chain: _Chain, step: _Step, scope: Scope,
                      sizes: Collection[str] = ()) -> StepResult | None:  # fmt: skip
        """``judged`` (the worked-number policy's verdict ``policy`` after the readings of rounded data) FAILED where
        every input is stated exactly and the number written is a slip (documents.exactslips), unless the notes' code
        or words may change a stated value before the step (documents.codeupdates: then ``policy``). The inputs are
        the values of the entries the link reaches (documents.reachedentries: not p₃'s rounding beside p₂)."""
        line, source = chain.members[step.left].line, getattr(self, "source_text", "")
        inputs = reached_values(chain.hypotheses, texts, scope, self.parse_plain)
        slipped = slip_at_exact_values(judged, r, texts, inputs, self.text,
                                       getattr(self, "display_lines", ()), self.parse_plain, line, source, sizes,
                                       [h for h in chain.hypotheses if h not in inputs])  # fmt: skip
        # p - y at the stated z, worked from the p ≈ (…) the notes state (documents.roundedvectors)
        shown = getattr(self, "display_lines", ())
        slipped = beyond_stated_roundings(slipped, r, texts, inputs, self.text, line, self.parse_plain, lambda: (
            inexact_input(inputs, self.text, shown, self.parse_plain, line, source)))  # fmt: skip
        # m_1/(1 - 0.9) = 0.02/0.9 at m_1 = 0.02: apart however its numbers were rounded (documents.beyondrounding)
        slipped = beyond_every_rounding(slipped, r, texts, inputs, self.text, line,
                                        lambda: given_decimals(self, chain.line))
        return kept_for_code(policy, slipped, chain.hypotheses, line, self.text, source, getattr(self, "path", ""))


#: the reasons of a FAILED step demoted because the prose before may give the names it reaches values (a point, a
#: number): documents.partlyworked reads such a step again at the values stated, and where it fails there too, the
#: FAILED stands (lead68)
MAY_DEPEND = "may depend on the variable of the derivative"
WORKED_NUMBER = "a worked number against a definition over"
NAMES_A_POINT = "the prose before names a point"
