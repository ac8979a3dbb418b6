"""Doubt before FAILED: other plausible readings of a failing step, and failures that rest on a guess.

Issue 8, section 4: a step is FAILED only if every plausible reading fails. :class:`_Doubts`
re-checks a FAILED step under the other readings (Einstein summation, ``\\log`` over a whole product,
one-hot labels, positive or probability-valued quantities, the other derivative layouts, scalars
for shapes that clash) and reports the reading under which it holds. A failure that still rests on a
guess about undeclared names (a test function, inferred shapes, a name that may depend on the
variable, an equation to solve, a rounded number) is decided by its base,
:class:`verifier.documents.guesses._Guesses`. It is a base of :class:`verifier.documents.check._Document`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import replace

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents.allowance import Allowance
from verifier.documents.claimplace import claim_span
from verifier.documents.context import (
    Definition,
    DomainSpec,
    IndexRange,
    Scope,
    VarDecl,
    display_key,
    key_of,
)
from verifier.documents.covariances import covariance_names
from verifier.documents.deniedranges import left_for_general
from verifier.documents.dotproducts import (
    ENTRYWISE_NOTE,
    UNSAID_ENTRYWISE_NOTE,
    as_entrywise,
    entrywise_said,
    writes_dot,
)
from verifier.documents.generic import (
    derivatives_in,
    direct_partials_scope,
    generic_names,
    undecided,
)
from verifier.documents.gradientlayout import (
    derivative_by_matrix,
    gradient_by_matrix,
    says_gradient_layout,
    variables,
    writes_nabla,
)
from verifier.documents.guesses import _BETWEEN_SIDES, _NO_EVIDENCE, _subscripted
from verifier.documents.hadamardorder import NOTE as HADAMARD_NOTE
from verifier.documents.hadamardorder import left_to_right, writes_hadamard
from verifier.documents.headings import heading_level
from verifier.documents.hot import hot_indices_named, one_hot_at
from verifier.documents.hypothetical import without_display_conditions
from verifier.documents.impliedsums import CASE_SPLIT as _CASE_SPLIT
from verifier.documents.impliedsums import SHAPE_ONLY as _SHAPE_ONLY
from verifier.documents.impliedsums import _groups, _ImpliedSums, _layout_only, _open
from verifier.documents.infer import (
    names_in,
)
from verifier.documents.labels import dropped_label_readings, relabel, written_names
from verifier.documents.layout import MATRIX_NUMERATOR
from verifier.documents.logbase import BASE_NOTES, NEAR_LINES, bare_log, in_base, log_bases
from verifier.documents.members import _Chain, _member_trees, chain_trees, free_names, step_trees
from verifier.documents.operatorscope import BRACKET_NOTE, operator_on_its_bracket
from verifier.documents.orientation import (
    bounded,
    declared,
    fits,
    is_row_reading,
    keeps_vectors,
    rows_differ,
    rows_fail,
    up_to_orientation,
)
from verifier.documents.orientation import row_note as row_note_of
from verifier.documents.outerproducts import NOTE as OUTER_NOTE
from verifier.documents.outerproducts import as_outer, writes_otimes
from verifier.documents.outsideindex import UNSAID_NOTE as OUTSIDE_UNSAID
from verifier.documents.outsideindex import candidates_of, outside_scope, unsaid_note
from verifier.documents.paths import defined_upstream, dropped_path
from verifier.documents.peervectors import annotated_with_peer
from verifier.documents.ranges import AS_STATED, piecewise_variables
from verifier.documents.readings import (
    log_of_product,
    logs_lead_their_terms,
    operator_over_the_rest,
    read_member,
    sum_over_the_rest,
)
from verifier.documents.rebuild import replaced
from verifier.documents.recurrence import chain_unfolding, unfolded_failures
from verifier.documents.reparam import bodies_reached
from verifier.documents.resolve import (
    ListMember,
    ResolveError,
)
from verifier.documents.restrictions import held_only_restricted, needs_the_domain, restricted_scopes
from verifier.documents.samples import data_matrix, with_called_bodies
from verifier.documents.signlabels import as_signs, sign_reading, signed_scope, signs_for, signs_kept
from verifier.documents.simplexprose import said_arbitrary, said_in_simplex
from verifier.documents.softlabels import said_many, said_soft
from verifier.documents.squareshapes import NOTE as SQUARE_NOTE
from verifier.documents.squareshapes import square_scope
from verifier.documents.stackedsamples import stated_failure, stated_note
from verifier.documents.steps import _Checker, _shape_failure, layout_free
from verifier.documents.summation import SumReading, implied_readings
from verifier.documents.sumstoone import STOCHASTIC, one_hot_positions, said_sums_to_one, summed_positions
from verifier.documents.symmetricprose import (
    split_at_inline,
    symmetric_in,
    symmetric_scope,
    symmetrised,
    trailing_clause,
    writes_names,
)
from verifier.documents.typos import scores_read_for_indices
from verifier.documents.upstreamheld import UPSTREAM_NOTE, upstream_scope
from verifier.documents.withoutdefinitions import _WithoutDefinitions
from verifier.documents.wordedreach import _WordedElsewhere
from verifier.latex import LatexError
from verifier.results import StepResult, Verdict
from verifier.symbolic import UNSAMPLED_POINT

READINGS_SECONDS = 4.0  # CPU time for the other readings of one chain's FAILED steps (documents.allowance)
# why a name was inferred a vector or matrix, when the notes *say* so (verifier.documents.infer): an
# annotation W ∈ ℝ^{m×n}, bold type, a transpose. Such a name is never read as a scalar: a product that
# does not conform then is the notes' mistake (V δ for Vᵀ δ, x δᵀ for δ xᵀ), which scalars would hide.
_WRITTEN_SHAPE = ("annotated", "written in bold", "labels it", "transposed", "in a transposed sum", "a bilinear form",
                  "written out as",  # literals.py: w = \begin{bmatrix}…\end{bmatrix}
                  "weighted inner product",  # ⟨a, b⟩_W = aᵀWb (infer._weighted_inner)
                  "inside tr or det",  # tr(X), det(X): a matrix; as a scalar, ∂tr(AXB)/∂X = AB held
                  "inside a norm")  # ‖Wx‖: x a vector; as scalars, ∂‖Wx‖²/∂W = 2Wxx (for 2Wxxᵀ) held
_NABLA_NAME = re.compile(r"\\nabla\s*_\s*\{?\s*\\?([A-Za-z]+(?:_\{?[0-9A-Za-z]\}?)?)")  # \nabla_W, \nabla_{W_2}
_GUESSED_ELSEWHERE = "elsewhere in the notes"  # infer: a subscript written in another display
_DIRECT = "direct partials"  # the backprop reading (generic.direct_partials_scope)
_GREEN = (Verdict.PROVED, Verdict.PASSED)
# a total derivative spelled with d: \frac{dy}{dz}, \frac{d}{dx}, \frac{\mathrm{d}y}{\mathrm{d}x}
_TOTAL = re.compile(r"\\d?frac\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|d(?:[A-Za-z](?![A-Za-z])|(?![A-Za-z])))")
_DERIVATIVE = re.compile(r"\\partial|\\nabla|\\frac\{\s*d|\bd/d|'")
_LABELS = frozenset({"y", "t"})  # vectors that ML notes use for (one-hot) labels
_SIGMA_ENTRY = re.compile(r"\\sigma\s*_\s*\{?\s*[a-zA-Z]\s*\}?\s*(?:\(|\\left\s*\()")  # σ_i(x), σ_{j}(z)
_LABEL_PROSE_LINES = 80  # how far before a chain the notes' "I drop the superscript" still holds
_BARE_LOG = re.compile(r"\\(?:log|ln)(?![A-Za-z])\s*(?!\s|\(|\\left|\\big|\\Big)")


class _Doubts(_ImpliedSums, _WithoutDefinitions, _WordedElsewhere):

    def _readings_seconds(self) -> float:
        return READINGS_SECONDS

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
        steps = self._literal_against_declared_sums(chain, scope, steps)
        if not any(_open(r) for r in steps):
            return steps
        out = list(steps)
        if self._implied_first(scope):
            out = self._implied_sums(chain, scope, out)
        out = self._alternative_readings(chain, scope, out)
        if not self._implied_first(scope):
            out = self._implied_sums(chain, scope, out)
        out = self._direct_case_splits(chain, scope, out)
        out = self._dropped_labels(chain, out)
        out = self._earlier_meanings(chain, scope, out)
        out = self._worded_elsewhere(chain, scope, out)  # a worded definition of another part (wordedreach)
        if id(chain) in self._cut_short():
            # the readings' time ran out with steps still failing: a FAILED needs every plausible reading
            # to fail, and some were not tried (a busy machine must not turn a true step FAILED)
            why = (f"not every plausible reading could be tried within {READINGS_SECONDS:g}s; read literally "
                   "it fails")  # fmt: skip
            out = [replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
                   if r.verdict is Verdict.FAILED else r for r in out]  # fmt: skip
        return out

    def _direct_case_splits(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        r"""A step the literal reading leaves as a case split, checked again with the derivatives of the
        notes' intermediates read as direct partials (backprop notes in index notation:
        ``\partial_{x_{pq}} (x_{bh} - \mathbf{1}_h m_b) = \delta_{bp}\delta_{hq}`` holds m fixed,
        though m is defined from x). Such a step holds only where its indices coincide because the
        total derivative adds the path through the intermediate, not because the notes assume a case;
        the reading may only make it hold (it never turns a case split into FAILED)."""
        split = [k for k, r in enumerate(steps) if r.verdict is Verdict.SKIPPED and _CASE_SPLIT in r.message]
        if not split:
            return steps
        trees = chain_trees(chain)
        direct = direct_partials_scope(scope, trees, lambda src: self.parse(src, None, frozenset()))
        if direct is None:
            return steps
        split = [k for k in split if not _total_only(chain, k)]  # dy/dz written with d: a total derivative
        asked = {chain.steps[k].index for k in split}
        try:
            alt = _Checker(self, chain, direct, asked, frozenset(asked)).run()
        except ResolveError:
            return steps
        out = list(steps)
        for k in split:
            r = alt[k]
            if r.verdict in (Verdict.PROVED, Verdict.PASSED):
                note = (f"holds when read with {_DIRECT} of the defined quantities (the others in the definition "
                        "held fixed) (read literally it holds only where the indices coincide)")
                out[k] = replace(r, message="; ".join(x for x in (note, r.message) if x))
        return out

    def _dropped_labels(self, chain: _Chain, steps: list[StepResult]) -> list[StepResult]:
        """Steps still open (FAILED or a case split) read again with the names the notes say they
        write without their layer label given it back (documents/labels.py: W as W^{(2)}); only a
        step that then holds changes, with the reading reported."""
        todo = [k for k, r in enumerate(steps) if _open(r)]
        if not todo:
            return steps
        start = max(chain.line - _LABEL_PROSE_LINES, 0)
        prose = "\n".join(self.lines[start : chain.line - 1])
        trees = [t for m in chain.members if m.parsed is not None and not isinstance(m.parsed.tree, ListMember)
                 for t in _member_trees(m.parsed)]  # fmt: skip
        out = list(steps)
        allowance = Allowance(READINGS_SECONDS)
        for note, mapping in dropped_label_readings(prose, self.text, written_names(trees)):
            # only a step that differentiates by a relabelled name: what the label changes there is
            # whether the definitions depend on the variable at all
            mine = [k for k in todo if out[k] is steps[k] and _differentiates_by(chain, k, mapping)]
            if not mine or allowance.spent():
                continue
            members = []
            for m in chain.members:
                new = relabel(m.latex, mapping) if m.parsed is not None else m.latex
                if new == m.latex:
                    members.append(m)
                    continue
                try:
                    parsed = read_member(new, lambda src: self.parse(src, None, frozenset()))
                    members.append(replace(m, latex=new, parsed=parsed))
                except LatexError:
                    members.append(m)
            alt_chain = replace(chain, members=members)
            # the readings key what they learn by id(chain): keep this chain alive so no later chain
            # gets its id (and its records)
            self.__dict__.setdefault("_relabelled_chains", []).append(alt_chain)
            try:
                alt_scope = self._infer(alt_chain, self.scope_of(chain))
                asked = {chain.steps[k].index for k in mine}
                alt = _Checker(self, alt_chain, alt_scope, asked, frozenset(asked)).run()
                if any(_open(alt[k]) for k in mine):  # relabelled, a step may still need its sums or partials
                    alt = self._implied_sums(alt_chain, alt_scope, alt)
                    alt = self._direct_case_splits(alt_chain, alt_scope, alt)
            except ResolveError:
                continue
            for k in mine:
                r = alt[k]
                if out[k] is steps[k] and r.verdict in (Verdict.PROVED, Verdict.PASSED):
                    why = "; ".join(x for x in (f"holds when read with {note}", r.message) if x)
                    out[k] = replace(r, message=why, lhs_latex=steps[k].lhs_latex, rhs_latex=steps[k].rhs_latex)
        return out

    def _cut_short(self) -> set[int]:
        """Chains (by id) whose other readings were cut short by :data:`READINGS_SECONDS`."""
        found: set[int] | None = getattr(self, "_readings_cut", None)
        if found is None:
            found = set()
            self._readings_cut = found
        return found

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
        for trees, group in _groups(chain, todo):
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

    def _earlier_meanings(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        """A step still FAILED under the latest of two definitions the notes give a name, that holds
        under the earlier one, is SKIPPED: the later line ("defines g anew") may be a new meaning or
        a slip in restating the old one, and the step fails under one reading only."""
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
            if not earlier or not todo:
                continue
            prev = max(earlier, key=lambda d: d.line)
            alt = scope.copy()
            alt.names[key] = prev
            try:
                asked = {chain.steps[k].index for k in todo}
                res = _Checker(self, chain, alt, asked, frozenset(asked)).run()  # only whether they hold
            except ResolveError:
                continue
            for k in todo:
                if res[k].verdict in (Verdict.PROVED, Verdict.PASSED):
                    out[k] = self._demote(out[k], f"holds with the notes' definition of {display_key(key)} at line "
                                                  f"{prev.line} but not with the one at line {entry.line} (a new "
                                                  "meaning, or a slip in restating it?)")  # fmt: skip
        return out

    def _step_reach(self, chain: _Chain, k: int, scope: Scope) -> set[str]:
        """The names step ``k`` writes (``g`` of ``g(2)`` too) and those their definitions use."""
        trees = step_trees(chain, k)
        written = {f.func.__name__ for t in trees for f in t.atoms(AppliedUndef)}
        return self._reach(written.union(*(names_in(t) for t in trees)), scope)

    def _alternative_readings(self, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
        if not any(r.verdict is Verdict.FAILED for r in steps):
            return steps
        out = list(steps)
        allowance = Allowance(READINGS_SECONDS)
        settled: set[int] = set()
        # a family the notes define by a recurrence is no unknown function where the chain unfolds it
        # (∂h_t/∂x_t after h_t = tanh(w h_{t-1} + u x_t)): its steps are not settled (documents.recurrence)
        if generic_names(scope) and chain_unfolding(self, chain.line, chain_trees(chain), scope) is None:
            for k, st in enumerate(chain.steps):
                sides = [
                    _member_trees(p) if (p := chain.members[i].parsed) is not None else [] for i in (st.left, st.right)
                ]
                body = lambda d: self.parse(d.body, None, frozenset())  # noqa: E731  (documents.definedreach)
                if out[k].verdict is Verdict.FAILED and undecided(scope, sides[0], sides[1], body):
                    settled.add(k)
        fitted: set[int] = set()  # steps some other reading gave fitting shapes and a counterexample
        refuted: dict[int, StepResult] = {}  # the first such counterexample of another layout, per step
        restricted: dict[int, str] = {}  # steps that hold only with every undeclared quantity restricted
        unrestricted: dict[tuple[str, int], StepResult] = {}  # each reading's failure, values unrestricted
        dropped: dict[int, StepResult] = {}  # steps that hold only with a statistic held fixed (paths.py)
        unsaid: dict[int, StepResult] = {}  # steps that hold only with the dot entry-wise, unsaid (dotproducts)
        # the row reading (documents.orientation): per step whose columns clash, its result in each variant
        rows_seen: dict[int, list[StepResult | None]] = {}
        rows_cut = False
        clash = any(r.verdict is Verdict.FAILED and _shape_failure(r) for r in out)
        if clash:  # the row reading's inference (cached) is not the readings' time
            with allowance.paused():
                self._row_scope(chain, scope)
        for note, alt_chain, alt_scope in self._alternatives(chain, scope, clash):
            # a step that says what an undefined function is fails under every reading (generic.undecided)
            failing = [k for k, r in enumerate(out) if r.verdict is Verdict.FAILED and k not in settled]
            if not failing or allowance.spent():
                rows_cut = bool(failing)
                if rows_cut:
                    self._cut_short().add(id(chain))
                break
            if alt_chain is chain and _layout_only(scope, alt_scope) and \
                    layout_free(self, chain, scope, {chain.steps[k].index for k in failing}):  # fmt: skip
                continue  # no derivative by a vector or matrix: every layout reads the same values
            scalars = note.endswith(_SHAPE_ONLY)
            square = note == SQUARE_NOTE
            if scalars or square or is_row_reading(note) or HADAMARD_NOTE in note:
                # scalars are a specialisation, rows the other convention and (a ∘ b) C another grouping:
                # they may only rescue a step whose shapes clash
                failing = [k for k in failing if _shape_failure(out[k])]
                if scalars:  # where the row reading fits, its counterexample stands
                    failing = [k for k in failing if not fits(rows_seen.get(k, []))]
                if not failing:
                    continue
            partners = _sharing_green(chain, alt_chain, steps, failing)  # green literally, sharing a rewritten member
            shared = set().union(*partners.values())
            decided = True
            try:
                with bounded(self) if is_row_reading(note) else nullcontext() as run:
                    asked = {chain.steps[k].index for k in (*failing, *shared)}
                    holds = _holds_only(chain, out, failing, note) | {chain.steps[j].index for j in shared}
                    # the row reading's failures count by verdict and counterexample (orientation.rows_fail)
                    verdict = frozenset(asked - holds) if is_row_reading(note) else frozenset()
                    alt = _Checker(self, alt_chain, alt_scope, asked, holds, verdict).run()
                decided = run is None or not run.cut
            except (ResolveError, NotImplementedError):  # SymPy refuses the reading's values (log of a matrix)
                decided = False
            if is_row_reading(note):  # a run cut short, or that could not be read, decides nothing
                for k in failing:
                    rows_seen.setdefault(k, []).append(alt[k] if decided else None)
            if not decided:
                continue
            # square shapes refute only where the layout cannot rescue the step: none of its derivatives is by a
            # vector or matrix, or the layout is settled (∇ by a matrix, "same shape as W", a denominator layout
            # said); a stated numerator layout still leaves the gradient written as its variable (redteam8)
            if square and chain.inline:
                continue  # "with $U^TU = I$, $V^TV = VV^T = I$": prose states properties inline; displays claim
            if square and not (self._layout_fixed(chain, scope) and scope.conventions.get("layout") != "numerator") \
                    and derivative_by_matrix(
                [t for k in failing for t in step_trees(chain, k)], scope, kinds=("vector", "matrix")
            ):
                continue
            for k in failing:
                if square:  # a meaning where the shapes agree at last: it may refute, never rescue
                    r = alt[k]
                    if r.verdict is Verdict.FAILED and r.counterexample is not None and k not in refuted:
                        why = (f"fails when read with {note}, the only shapes under which its sides agree (read "
                               f"with the inferred sizes they do not: {out[k].message.split(';')[0]})")
                        refuted[k] = replace(r, message="; ".join(x for x in (why, r.message) if x))
                    continue
                if scalars and (k in fitted or not self._scalars_may_rescue(chain, scope, k, out[k])):
                    continue
                if any(alt[j].verdict not in (Verdict.PROVED, Verdict.PASSED) for j in partners.get(k, ())):
                    continue  # d/dx(x³+x²) = d/dx x³ + x² = 3x² + x²: the shared member read two ways
                if any(b in note for b in BASE_NOTES.values()) and any(
                    alt[j].verdict not in (Verdict.PROVED, Verdict.PASSED) for j in failing
                    if any(bare_log(chain.members[i].latex) for i in (chain.steps[j].left, chain.steps[j].right))
                ):
                    continue  # one base for the chain: log 8 = 3 (base 2) = log 1000 (base 10) (review32a)
                if note.startswith(_DIRECT) and _total_only(chain, k):
                    continue  # dy/dz written with d: a total derivative, never the direct partial
                r = alt[k]
                if r.verdict is Verdict.FAILED and r.counterexample is not None and not scalars:
                    # the shapes fit under this reading (another layout) and the values differ: reading
                    # everything as scalars would only hide that (d/dx x^T A x = 2x^T A)
                    fitted.add(k)
                    if note.endswith("layout for derivatives") and k not in refuted and _shape_failure(out[k]):
                        refuted[k] = replace(r, message="; ".join(x for x in (
                            f"fails when read with {note}, where the shapes of its sides agree (read "
                            f"literally they do not: {out[k].message.split(';')[0]})", r.message) if x))  # fmt: skip
                if r.verdict is Verdict.FAILED:
                    unrestricted.setdefault((note, k), r)
                if r.verdict in (Verdict.PROVED, Verdict.PASSED) and needs_the_domain(note, out[k], unrestricted, k):
                    restricted.setdefault(k, note)  # √(x²) = x: the negative branch is the mistake
                elif r.verdict in _GREEN and note.startswith(_DIRECT) and (up := defined_upstream(r.message,
                                                                                                alt_scope)):
                    dropped.setdefault(k, replace(out[k], verdict=Verdict.SKIPPED, message=(  # documents.paths
                        f"holds only when read with {note} ({up[0]} held fixed, as backpropagation does), but the "
                        f"notes define {up[1]}, so {up[0]} moves with the variable; read literally: {out[k].message}")))
                elif (r.verdict in (Verdict.PROVED, Verdict.PASSED) and note.startswith(_DIRECT)
                      and (held := dropped_path(r.message, alt_scope, self.text,
                                                _of_a_defined_name(chain, k, alt_scope))) is not None):  # fmt: skip
                    dropped.setdefault(k, replace(out[k], verdict=Verdict.SKIPPED, message=(
                        f"holds only when read with {note} ({held} held fixed), and the notes never take the "
                        f"path through {held} (no \\partial of it): a dropped path? Read literally: {out[k].message}")))
                elif r.verdict in (Verdict.PROVED, Verdict.PASSED) and self._transposed_unsaid(
                    chain, k, note, alt_scope
                ):
                    unsaid.setdefault(k, replace(out[k], verdict=Verdict.SKIPPED, message=(
                        f"holds only when read with {note}, which the notes do not state: a derivative by a "
                        f"matrix or a \\nabla written transposed (a missing transpose?); read literally: "
                        f"{out[k].message}")))
                elif r.verdict in (Verdict.PROVED, Verdict.PASSED) and (UNSAID_ENTRYWISE_NOTE in note
                                                                        or OUTSIDE_UNSAID in note
                                                                        or "in another part of the notes" in note
                                                                        or "which the notes do not state" in note):
                    unsaid.setdefault(k, replace(out[k], verdict=Verdict.SKIPPED, message=(
                        f"holds only when read with {note}; read literally: {out[k].message}")))  # fmt: skip
                elif (r.verdict is Verdict.SKIPPED and UNSAMPLED_POINT in r.message and AS_STATED in note
                      and not needs_the_domain(note, out[k], unrestricted, k)):  # not a blanket restriction
                    # max(αx, x)' with α in (0, 1) as the notes state: every sample agrees, the cases single out
                    # the kink; the literal reading's counterexample is then no mistake beyond doubt
                    unsaid.setdefault(k, replace(r, message=(
                        f"holds at every sampled point when read with {note} (the literal reading fails), but "
                        f"{r.message}")))
                elif r.verdict in (Verdict.PROVED, Verdict.PASSED):
                    msg = "; ".join(
                        x for x in (f"holds when read with {note} (the literal reading fails)", r.message) if x
                    )
                    out[k] = replace(r, message=msg)
        unfolded_failures(out, unrestricted, self.recurrences, chain, self.unfolded_failed)  # documents.recurrence
        for k, skipped in unsaid.items():  # (a·b)ᵀ(a·b) = Σ aᵢ²bᵢ²: the dot entry-wise, never said
            if out[k].verdict is Verdict.FAILED:
                out[k] = skipped
        for k, note in restricted.items():
            if out[k].verdict is Verdict.FAILED:
                out[k] = held_only_restricted(out[k], note)
        for k, skipped in dropped.items():  # ∂(x_i − μ)/∂x_j = δ_ij: green only with μ held fixed (paths.py)
            if out[k].verdict is Verdict.FAILED:
                out[k] = skipped
        if not self._layout_fixed(chain, scope):  # the prose shapes gradients as their variable: no orientation left
            out = up_to_orientation(self, chain, scope, out)
        if not rows_cut:
            out = rows_fail(out, rows_seen)  # the rows fit and the values differ: that counterexample first
        for k, r in refuted.items():
            if out[k].verdict is Verdict.FAILED and _shape_failure(out[k]):
                out[k] = r  # no reading holds; in the layout where the shapes fit, the values differ
        for (note, k), r in unrestricted.items():  # X built from the samples as the prose says (stackedsamples)
            if (stacked := stated_failure(note, out[k], r)) is not None:
                out[k] = stacked
        for (note, k), r in unrestricted.items():  # "For $x > 0$": a failure shown inside the stated range (regions)
            if AS_STATED in note and " and " not in note and out[k].verdict is Verdict.FAILED \
                    and out[k].counterexample is not None and r.counterexample is not None:  # fmt: skip
                out[k] = replace(r, message="; ".join(x for x in (f"fails under {note}", r.message) if x))
        return out

    def _transposed_unsaid(self, chain: _Chain, k: int, note: str, scope: Scope) -> bool:
        r"""Does step ``k`` hold only in the numerator layout (``note``), which the notes never state,
        with a derivative by a matrix (documents.gradientlayout.derivative_by_matrix)? Then it is the
        missing transpose ``\partial L/\partial W = x\delta^T`` rather than a convention."""
        if not note.endswith("numerator layout for derivatives") or self.layout_said(chain.line) == "numerator":
            return False
        step, said = chain.steps[k], self._said_symmetric(chain)
        parsed = (chain.members[i].parsed for i in (step.left, step.right))
        trees = [p.tree for p in parsed if p is not None and isinstance(p.tree, sp.Basic)]
        # ∇ by a vector as a row: no notes write it so (review22a); ∂ as a row is the numerator layout
        return derivative_by_matrix(trees, scope, said[0] if said else ()) or writes_nabla(
            (chain.members[i].latex for i in (step.left, step.right)), scope)

    def _scalars_may_rescue(self, chain: _Chain, scope: Scope, k: int, r: StepResult) -> bool:
        """May reading the undeclared vectors and matrices as scalars rescue the failing step ``k``?

        Scalars are a specialisation, so only a step whose shapes clash is rescued, and only a clash
        a wrong guess of shapes may explain: one inside a member (a product that does not conform
        at the shapes inferred); a clash between two well-formed members of a derivative step (notes
        write the shapes of derivatives in more conventions than the layouts tried); or one where a
        name of the step got its shape by default ("no other evidence"). Two well-formed members of
        different shapes in plain algebra, every name's shape resting on evidence (a transpose,
        bold, an annotation), *are* the mistake: ``(AB)^T = A^T B^T`` and ``u^T v = v u^T`` hold for
        scalars only because scalars commute.

        And only where a guess may be wrong at all: some name the step reaches is a vector or matrix
        by a guess made elsewhere in the notes (a letter written with a subscript in another display,
        reused here). Where every shape comes from this computation itself (W_2 multiplies h in
        ŷ = W_2 h + b_2), a product that does not conform is the missing transpose scalars would hide:
        ∂L/∂W_2 = (ŷ − y) h for (ŷ − y) hᵀ. Nor a step that differentiates by a name read as a matrix:
        a gradient by a matrix is about the transposes and outer products that scalars make vanish.
        Nor a step that reaches a capital letter read as a matrix: the capital is the notes' own sign of a
        matrix, and as a number it hides the missing transpose of ∂(Wx − y)²/∂x = 2W(Wx − y)."""
        if not _shape_failure(r):
            return False
        reached = self._step_reach(chain, k, scope)
        if not any(key[0] in reached and _GUESSED_ELSEWHERE in why for key, why in scope.inferred.items()):
            return False
        if any(key[0] in reached and key[0][:1].isupper() and isinstance(e, VarDecl) and e.kind == "matrix"
               for key, e in scope.names.items() if key in scope.inferred):  # fmt: skip
            return False
        if _by_inferred_matrix(chain, k, scope):
            return False
        if not r.message.startswith(_BETWEEN_SIDES):
            return True
        st = chain.steps[k]
        members = [chain.members[i] for i in (st.left, st.right)]
        if any(_DERIVATIVE.search(m.latex) for m in members):
            return True
        trees = [t for m in members if m.parsed is not None for t in _member_trees(m.parsed)]
        if any(t.atoms(sp.Derivative) for t in trees):
            return True
        used = {n for t in trees for n in names_in(t)}
        return any(key[0] in used and _NO_EVIDENCE in why for key, why in scope.inferred.items())

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
            rows = self._infer(chain, self.scope_of(chain), rows=True)
            for name, value in scope.conventions.items():  # generic functions, partials: as in the literal one
                rows.conventions.setdefault(name, value)
            cache[key] = rows if rows_differ(scope, rows) and keeps_vectors(scope, rows) else None
        return cache[key]

    def _meanings(self, chain: _Chain, scope: Scope, few: bool = False) -> list[tuple[str, Scope]]:
        """:meth:`_scopes` for one orientation of the vectors; ``few``: only one-hot labels and the
        layouts (the row reading is checked under a time bound: the meanings that matter most first)."""
        scopes: list[tuple[str, Scope]] = [("", scope)]
        trees = chain_trees(chain)
        direct = direct_partials_scope(scope, trees, lambda src: self.parse(src, None, frozenset()))
        if direct is not None and not few:  # backprop notes: ∂y/∂μ is the partial of y's definition, σ held fixed
            scopes.append((_DIRECT + " of the defined quantities (the others in the definition held fixed)",
                           direct))  # fmt: skip
        if (held := upstream_scope(scope, trees, lambda src: self.parse(src, None, frozenset()))) is not None:
            scopes.append((UPSTREAM_NOTE, held))  # ∂/∂V tr(GᵀAV) with G = ∂L/∂O given (documents.upstreamheld)
        if ("sigma", ()) not in scope.names and any(_SIGMA_ENTRY.search(m.latex) for m in chain.members):
            # σ_i(x): an entry of a vector function of x; many notes (and their σ(x) ∈ ℝ^N) mean softmax by σ
            softmax = scope.copy()
            softmax.names[("sigma", ())] = Definition(("sigma", ()), "", (), (), "softmax", True, 0)
            scopes.append(("σ as softmax (σ_i(x) is entry i of a vector function)", softmax))
        typo = scores_read_for_indices(scope, self.note_definitions, self.text, _subscripted(self.annotations),
                                       lambda src: self.parse(src, None, frozenset()))  # fmt: skip
        if typo is not None and not few:  # p_j = e^j / Σ_i e^i, meant e^{o_j} (documents/typos.py)
            scopes.append(typo)
        inferred = [(k, e) for k, e in scope.names.items() if k in scope.inferred and isinstance(e, VarDecl)]
        labels = scope.copy()
        # labels the prose calls soft (a probability vector): in the simplex, never one-hot (softlabels.py)
        soft = {k[0] for k, e in inferred if e.kind == "vector" and k[0] in _LABELS and said_soft(self.text, k[0])}
        # labels the prose of the section says may have several ones, or counts: neither one-hot nor simplex
        section = self._section_text(chain)
        many = {k[0] for k, e in inferred if e.kind == "vector" and k[0] in _LABELS and said_many(section, k[0])}
        many |= signs_for(self.lines, max(m.line for m in chain.members))  # ±1: never one-hot
        many |= {k[0] for k, _ in inferred if k[0] in _LABELS and annotated_with_peer(self.text, k[0])}  # x, y ∈ ℝ^d
        for key, entry in inferred:
            if entry.kind == "vector" and key[0] in _LABELS and key[0] not in many:
                labels.names[key] = replace(entry, kind="simplex" if key[0] in soft else "onehot", domain=DomainSpec())
        label_note = "the labels y/t probability vectors, as the notes say" if soft else "the labels y/t one-hot"
        if labels.names != scope.names:
            scopes.append((label_note, labels))
            if typo is not None and not few and not soft:  # p_j = e^j/Σ e^i and y one-hot: ∂L/∂o = p - y needs both
                hot_typo = typo[1].copy()
                hot_typo.names.update({k: e for k, e in labels.names.items() if e is not scope.names.get(k)})
                scopes.append((f"{typo[0]} and {label_note}", hot_typo))
            free = {n for t in trees for n in free_names(t) if isinstance(scope.names.get((n, ())), IndexRange)}
            hot = None if soft else one_hot_at(scope, trees, free, hot_indices_named(self.text))  # y_w = 1 when w = o
            if hot is not None:
                scopes.append(hot)
                both = one_hot_at(typo[1], trees, free, hot_indices_named(self.text)) if typo and not few else None
                if both is not None:  # L = -Σ y_i log p_i with p_j = e^j/Σ e^i: ∂L/∂o_k needs both readings
                    scopes.append((f"{typo[0]} and {both[0]}", both[1]))
        # a vector the notes say sums to one ("uses $\sum_k p_k = 1$"): a probability vector (sumstoone)
        own = " = ".join(m.latex for m in chain.members)
        said = {k for k, e in inferred
                if e.kind == "vector" and k[0] not in _LABELS
                and (said_sums_to_one(self.text, k[0], own) or said_in_simplex(self.text, k[0]))
                and not said_arbitrary(section, k[0])}  # fmt: skip
        if said:
            simplex = scope.copy()
            simplex.names.update({k: replace(e, kind="simplex", domain=DomainSpec()) for k, e in inferred if k in said})
            names = ", ".join(sorted(k[0] for k in said))
            scopes.append((f"{names} a probability vector, as the notes say (its entries sum to one)", simplex))
        # a matrix whose rows (columns) the notes say sum to one ("$\\sum_c t_{nc} = 1$"): those probability vectors
        # … or calls one-hot ("$Y \in \{0,1\}^{n \times K}$ one-hot labels"): each row then sums to one
        summed = {k: (e, summed_positions(self.text, k[0], own) or one_hot_positions(self.text, k[0]))
                  for k, e in inferred if e.kind == "matrix"}  # fmt: skip
        axes = {k: (e, next(iter(a))) for k, (e, a) in summed.items() if len(a) == 1}
        if axes:
            rows = scope.copy()
            kinds = {along: kind for kind, along in STOCHASTIC.items()}
            rows.names.update({k: replace(e, kind=kinds[a], domain=DomainSpec()) for k, (e, a) in axes.items()})
            said_rows = ", ".join(f"the {'rows' if axes[k][1] == 1 else 'columns'} of {k[0]}" for k in sorted(axes))
            scopes.append((f"{said_rows} probability vectors, as the notes say (they sum to one)", rows))
        stated = self._stated_range(chain, scope)  # 0 < α < 1 (documents.ranges)
        if stated is not None:
            scopes.insert(1, stated)
        outside = candidates_of(scope)  # t of q_t beside Σ_{m=1}^M q_m: outside 1..M (documents.outsideindex)
        if outside and not few:
            scopes.append((unsaid_note(outside), outside_scope(scope, outside, "a reading the notes do not state")))
        flat = scope.copy()
        for key, entry in inferred:
            if entry.kind in ("vector", "matrix") and not _shape_written(scope.inferred.get(key, "")):
                flat.names[key] = VarDecl(key, "scalar", None, entry.domain)
        if not few:  # positive, in (0, 1): documents.restrictions says when they may rescue a step
            # z > 0 would hide the branch of max(αz, z) where a slip shows (documents.ranges)
            # a name the prose gives a range ("for $w < 0$") is not read positive against the prose
            ranged = {k[0] for k, e in stated[1].names.items() if e is not scope.names.get(k)} if stated else set()
            # … and so does W_1 of h = ReLU(W_1 x + b_1) when the chain reaches h (its branch is selected there)
            bodies = bodies_reached(trees, scope, lambda src: self.parse(src, None, frozenset()))
            scopes += restricted_scopes(scope, inferred, trees, piecewise_variables([*trees, *bodies]) | ranged)
        if "layout" not in scope.conventions:  # a layout the notes did not declare: try the other two
            # ∇ by a matrix is the gradient, shaped as the matrix: never numerator (documents.gradientlayout)
            said = self._said_symmetric(chain)
            nabla = gradient_by_matrix((m.latex for m in chain.members), scope, said[0] if said else ())
            # "(same shape as $W$)", "in denominator layout" just before the chain: not numerator either
            stated = says_gradient_layout(self._prose_before(chain)[1], variables(m.latex for m in chain.members))
            # a layout the notes state once, anywhere above ("We use the numerator layout throughout.")
            convention = self.layout_said(chain.line)
            if nabla or stated or convention == "denominator":
                layouts: tuple[str, ...] = ("denominator",)
            else:
                layouts = ("numerator",) if convention == "numerator" else (
                    "denominator", "numerator", MATRIX_NUMERATOR)  # δ a column, ∂L/∂W = xδᵀ (layout)
            for layout in layouts:
                other = scope.copy()
                other.conventions["layout"] = layout
                scopes.append((f"{layout} layout for derivatives", other))
            if labels.names != scope.names:  # ∂CE/∂θ = (ŷ - y)^T: a layout, and the sum of a one-hot label is 1
                for layout in layouts:
                    both = labels.copy()
                    both.conventions["layout"] = layout
                    scopes.append((f"{label_note} and {layout} layout for derivatives", both))
            for layout in layouts if axes else ():  # (Ŷ - Y)^T X / n: a layout, and rows of Y that sum to one
                both = rows.copy()
                both.conventions["layout"] = layout
                scopes.append((f"{said_rows} probability vectors and {layout} layout for derivatives", both))
        if flat.names != scope.names:
            scopes.append((_SHAPE_ONLY, flat))
        if (square := square_scope(scope)) is not None:  # (AB)^T = A^T B^T: only refutes (documents.squareshapes)
            scopes.append((SQUARE_NOTE, square))
        return scopes

    def _alternatives(self, chain: _Chain, scope: Scope, rows: bool = True) -> Iterable[tuple[str, _Chain, Scope]]:
        """Other plausible readings, each a (note, chain, scope): rewritings of the members (``\\log``
        over a whole product) crossed with other meanings of the undeclared names (labels one-hot,
        positive, probabilities, scalars). Implied summation is tried by :meth:`_implied_sums`,
        which reads each step on its own (the indices a step sums depend on that step)."""

        def rewritten(fn: Callable[[sp.Basic], sp.Basic], applies: Callable[[str], bool],
                      base: _Chain = chain) -> _Chain | None:
            members, changed = [], False
            for m in base.members:
                if m.parsed is None or isinstance(m.parsed.tree, ListMember) or not applies(m.latex):
                    members.append(m)
                    continue
                tree = fn(m.parsed.tree)
                changed |= tree != m.parsed.tree
                members.append(replace(m, parsed=replace(m.parsed, tree=tree)))
            return replace(base, members=members) if changed else None

        chains: list[tuple[str, _Chain]] = [("", chain)]
        unfold = chain_unfolding(self, chain.line, chain_trees(chain), scope)  # h_t = tanh(w h_{t-1} + …)
        if unfold is not None:
            again = rewritten(unfold.rewrite, lambda latex: True)
            if again is not None:
                chains.append((unfold.note, again))
        if any(_BARE_LOG.search(m.latex) for m in chain.members):
            logged = rewritten(log_of_product, logs_lead_their_terms)
            if logged is not None:
                chains.append(("\\log applied to the whole product after it", logged))
        if any(writes_otimes(m.latex) for m in chain.members):  # h ⊗ δ: a matrix (documents.outerproducts)
            outer = rewritten(as_outer, writes_otimes)
            if outer is not None:
                chains.append((OUTER_NOTE, outer))
        if any(writes_dot(m.latex) for m in chain.members):
            # a · b entry-wise: green where the notes show they mean it, else only not FAILED (documents.dotproducts)
            entrywise = rewritten(as_entrywise, writes_dot)
            if entrywise is not None:
                said = entrywise_said(self.text, [m.latex for m in chain.members])
                chains.append((ENTRYWISE_NOTE if said else UNSAID_ENTRYWISE_NOTE, entrywise))
        if any(writes_hadamard(m.latex) for m in chain.members):  # (a ∘ b) C (documents.hadamardorder)
            grouped = rewritten(left_to_right, writes_hadamard)
            if grouped is not None:
                chains.append((HADAMARD_NOTE, grouped))
        near = "\n".join(self.lines[max(chain.line - NEAR_LINES, 0) : chain.line + NEAR_LINES])
        for base in log_bases([m.latex for m in chain.members], chain_trees(chain), near):  # documents.logbase
            based = rewritten(lambda t, b=base: in_base(t, b), bare_log)  # type: ignore[misc]
            if based is not None:
                chains.append((BASE_NOTES[base], based))
        summed = self._reread(chain, scope, sum_over_the_rest)
        if summed is not None:
            chains.append(("the sum over every term after it (no brackets close it)", summed))
        operated = self._reread(chain, scope, operator_over_the_rest)  # ∇_w ½‖Xw − y‖² + ½λ‖w‖²
        if operated is not None:
            chains.append(("the derivative applied to every term after it (no brackets close its operand)", operated))
        if (bracketed := self._reread(chain, scope, operator_on_its_bracket)) is not None:  # d/dx(u) v
            chains.append((BRACKET_NOTE, bracketed))
        symmetric, sym = self._said_symmetric(chain), None
        symmetric_chains: list[_Chain] = []
        if symmetric:
            names, where = symmetric
            sym = rewritten(lambda t: symmetrised(t, names), lambda latex: True)
            if sym is not None:
                chains.append((f"{', '.join(sorted(names))} symmetric, as the notes say ({where})", sym))
            if operated is not None:  # ∇_x ½xᵀAx − bᵀx = Ax − b "for a symmetric A": both readings at once
                both = rewritten(lambda t: symmetrised(t, names), lambda latex: True, operated)
                if both is not None:
                    chains.append((f"the derivative applied to every term after it and {', '.join(sorted(names))} "
                                   f"symmetric, as the notes say ({where})", both))
                    symmetric_chains.append(both)
        latexes = [m.latex for m in chain.members]
        # the labels as the chain writes them or as the definitions in its scope do (m = y w^T x): the reading
        # takes them as signs in both (signlabels.signed_scope)
        defined = latexes + [e.body for e in scope.names.values() if isinstance(e, Definition) and e.body]
        signs, signed_note = sign_reading(self.lines, max(m.line for m in chain.members), chain.line,
                                          lambda n: writes_names({n}, defined))  # fmt: skip
        if signs:
            chains.append((signed_note, rewritten(lambda t: as_signs(t, signs), lambda latex: True) or chain))
        families = frozenset(k[0] for k, e in scope.names.items() if isinstance(e, Definition) and not k[1])
        # samples the notes call row vectors: the reading's x^{(i)} would be columns (trust18)
        families |= {f"{x}^()" for x in self.annotations.row_samples}
        parse = lambda src: self.parse(src, None, frozenset())  # noqa: E731
        data = data_matrix([with_called_bodies(_member_trees(m.parsed), scope, parse) if m.parsed is not None else []
                            for m in chain.members], self.text, families)  # fmt: skip
        if data is not None:  # X the matrix of the samples x^{(i)} (documents.samples), as the prose says?
            data = (stated_note(data[0], data[1], self.text), data[1])  # (documents.stackedsamples)
            swapped = rewritten(lambda t: replaced(t, data[1]), lambda latex: True)
            if swapped is not None:
                chains.append((data[0], swapped))
        scopes = self._scopes(chain, scope, rows)
        for cnote, c in chains:
            for snote, sc in scopes:
                if unfold is not None and cnote == unfold.note and (sc := unfold.scoped(sc)) is None:
                    continue
                if signs and cnote == signed_note and not signs_kept(scope, sc, signs):
                    continue  # a label read positive, in (0, 1) or one-hot is no longer a sign (signlabels)
                if signs and cnote == signed_note:
                    sc = signed_scope(sc, signs)  # the labels in its definitions are signs too
                if data is not None and cnote == data[0] and is_row_reading(snote):
                    continue  # X as the samples' family, then a 1×n row: not "x^(i) as row i of X" (review18c)
                if symmetric and (c is sym or any(c is b for b in symmetric_chains)):  # its definitions' As too
                    sc = symmetric_scope(sc, symmetric[0])
                if cnote or snote:
                    yield " and ".join(x for x in (cnote, snote) if x), c, sc

    def _said_symmetric(self, chain: _Chain) -> tuple[set[str], str] | None:
        """Names the prose just before ``chain`` calls symmetric ("and symmetric matrix $C$", "$A$ is
        symmetric", "$A = A^T$"): a hypothesis the notes state, under which a step may hold (∇ of a
        quadratic form is 2Cx only for a symmetric C). Only the prose of the few lines before the chain
        counts (before the display the chain is a row of), or the clause the display's sentence goes on
        with after it ("…, where $A$ is symmetric."): a symmetric matrix of another section says nothing
        here."""
        start, prose = self._prose_before(chain, display=True)
        trailing = ""
        if chain.inline:  # its own line up to the claim, and the clause it goes on with (not a later one)
            prose, trailing = split_at_inline(prose, chain)
        prose = without_display_conditions(prose)  # "$$…$$ which holds when $A$ is symmetric": that display's
        above = next((lv for row in reversed(self.lines[:start]) if (lv := heading_level(row)) is not None), None)
        said = symmetric_in(prose, above)  # "# Part one"'s statement ends at "# Part two" (review32a)
        if said and chain.inline:  # "$…$ for symmetric $A$, and in general $…$": another claim's (review31a)
            cut = prose.rfind("\n") + 1
            span = claim_span(prose[cut:], chain)
            if span is not None and said[1] < cut + span[0] and left_for_general(prose, said[1], cut + span[0]):
                said = None
        if not said and trailing:  # "Hence $\nabla f(x) = 2Ax$, where $A$ is symmetric."
            prose, said = trailing, symmetric_in(trailing)
            start = chain.line - 1
        if not said:  # "$$\nabla_x x^T A x = 2Ax,$$ where $A$ is symmetric.": the display's own sentence
            start, after = self.prose_after(chain)
            prose = trailing_clause(after, self.lines[start - 1] if 0 < start <= len(self.lines) else "")
            said = symmetric_in(prose) if prose else None
        if not said:  # \mathcal{N}(\mu, \Sigma) anywhere in the notes: a covariance (documents.covariances)
            upto = "\n".join(self.lines[: max(m.line for m in chain.members)])
            cov = {n for n in covariance_names(upto) if writes_names({n}, [m.latex for m in chain.members])}
            return (cov, "a normal distribution's covariance") if cov else None
        return said[0], f"line {start + 1 + prose[: said[1]].count(chr(10))}"

    def _reread(self, chain: _Chain, scope: Scope, fn: Callable[[str], str | None]) -> _Chain | None:
        """``chain`` with the members ``fn`` writes differently parsed again (None when it changes none)."""
        nc = self.ctx.noncommutative(scope)
        prime_var = None
        variable = self.prime_variable(chain)[0]  # the prose's or the chain's own (documents.statedprimes)
        if variable:
            try:
                prime_var = self.parse(variable, None, nc)
            except LatexError:
                prime_var = None
        members, changed = [], False
        for m in chain.members:
            new = fn(m.latex) if m.parsed is not None and not isinstance(m.parsed.tree, ListMember) else None
            if new is None:
                members.append(m)
                continue
            try:
                parsed = read_member(new, lambda src: self.parse(src, prime_var, nc))
            except LatexError:
                members.append(m)
                continue
            members.append(replace(m, parsed=parsed))
            changed = True
        return replace(chain, members=members) if changed else None


def _of_a_defined_name(chain: _Chain, k: int, scope: Scope) -> bool:
    """Does step ``k`` differentiate a name the notes define (``∂L/∂w``), not an expression it writes out?"""
    st = chain.steps[k]
    for i in (st.left, st.right):
        p = chain.members[i].parsed
        if p is None or isinstance(p.tree, ListMember):
            continue
        for t in _member_trees(p):
            for expr, _ in derivatives_in(t):
                head = key_of(expr)
                entry = scope.names.get((head[0], ())) if head is not None else None
                if isinstance(entry, Definition) and entry.body and not entry.is_function:
                    return True
    return False


def _total_only(chain: _Chain, k: int) -> bool:
    """Does step ``k`` write its derivatives only as total ones (``\\frac{dy}{dz}``, no ``\\partial``)?"""
    st = chain.steps[k]
    texts = [chain.members[i].latex for i in (st.left, st.right)]
    return any(_TOTAL.search(t) for t in texts) and not any("\\partial" in t for t in texts)


def _differentiates_by(chain: _Chain, k: int, names: Iterable[str]) -> bool:
    """Does step ``k`` take a derivative with respect to one of ``names`` (or an entry of one)?"""
    st = chain.steps[k]
    wanted = set(names)
    for i in (st.left, st.right):
        p = chain.members[i].parsed
        if p is None or isinstance(p.tree, ListMember):
            continue
        for t in _member_trees(p):
            for d in t.atoms(sp.Derivative):
                for v, _ in d.variable_count:
                    base = str(v.base.label) if isinstance(v, sp.Indexed) else str(v)
                    if base in wanted:
                        return True
    return False


def _by_inferred_matrix(chain: _Chain, k: int, scope: Scope) -> bool:
    r"""Does step ``k`` differentiate (``\partial``, ``\nabla_W``) by a name inferred to be a matrix?"""
    st = chain.steps[k]
    members = [chain.members[i] for i in (st.left, st.right)]
    variables = {v for m in members if m.parsed is not None for t in _member_trees(m.parsed)
                 for d in t.atoms(sp.Derivative) for v, _ in d.variable_count}  # fmt: skip
    keys = {(v.name, ()) for v in variables if isinstance(v, sp.Symbol)}
    keys |= {(str(v.base.label), tuple(str(i) for i in v.indices)) for v in variables if isinstance(v, sp.Indexed)}
    nabla = {g.group(1) for m in members for g in _NABLA_NAME.finditer(m.latex)}
    return any(isinstance(e, VarDecl) and e.kind == "matrix" and key in scope.inferred
               and (key in keys or display_key(key) in nabla) for key, e in scope.names.items())  # fmt: skip


def _shape_written(why: str) -> bool:
    """Whether an inferred name's shape is what the notes write (annotation, bold, transpose), not a guess."""
    return any(marker in why for marker in _WRITTEN_SHAPE)


def _sharing_green(chain: _Chain, alt_chain: _Chain, out: list[StepResult], failing: list[int]) -> dict[int, set[int]]:
    r"""Per failing step, the steps green read literally (``out``) that share a member the reading
    ``alt_chain`` writes differently: a reading that rescues a step must hold for them too
    (``\frac{d}{dx}(x^3 + x^2) = \frac{d}{dx} x^3 + x^2 = 3x^2 + x^2`` holds step by step only with the
    middle member read two ways)."""
    if alt_chain is chain or len(alt_chain.members) != len(chain.members) or alt_chain.steps != chain.steps:
        return {}  # a reading that re-cuts the chain: its members are not the literal ones
    changed = {i for i, (a, b) in enumerate(zip(chain.members, alt_chain.members, strict=True)) if a is not b}
    out_of: dict[int, set[int]] = {}
    for k in failing:
        mine = {chain.steps[k].left, chain.steps[k].right} & changed
        for j, st in enumerate(chain.steps):
            if j not in failing and out[j].verdict in (Verdict.PROVED, Verdict.PASSED) and mine & {st.left, st.right}:
                out_of.setdefault(k, set()).add(j)
    return out_of


def _holds_only(chain: _Chain, out: list[StepResult], failing: list[int], note: str) -> frozenset[int]:
    """The steps (by index) whose re-check under the reading ``note`` in
    :meth:`_Doubts._alternative_readings` only asks whether they hold: every step under the scalars
    reading (it rescues, never refutes), and under the others every step whose literal failure is
    not a clash of shapes (another reading's failure is used only for a step whose shapes clash: the
    layout refutation, and the steps scalars may not rescue). The row reading's failures are always kept
    (:func:`~verifier.documents.orientation.rows_fail`)."""
    if is_row_reading(note):
        return frozenset()
    scalars = note.endswith(_SHAPE_ONLY)
    return frozenset(chain.steps[k].index for k in failing if scalars or not _shape_failure(out[k]))
