"""Doubt before FAILED: other plausible readings of a failing step, and failures that rest on a guess.

Issue 8, section 4: a step is FAILED only if every plausible reading fails. :class:`_Doubts`
re-checks a FAILED step under the other readings (Einstein summation, ``\\log`` over a whole product,
one-hot labels, positive or probability-valued quantities, the other derivative layouts, scalars
for shapes that clash) and reports the reading under which it holds (the catalogue of those
readings, the scopes and re-read chains, is :mod:`verifier.documents.meanings`'s; this module decides
when a step is re-checked under them and judges the verdicts). A failure that still rests on a
guess about undeclared names (a test function, inferred shapes, a name that may depend on the
variable, an equation to solve, a rounded number) is decided by its base,
:class:`verifier.documents.guesses._Guesses`. It is a base of :class:`verifier.documents.check._Document`.

Some doubts are mixins of their own, each owning one reading: the implied sums (and the Einstein reading
against a literal green, :mod:`verifier.documents.impliedsums`), an earlier definition of a reused letter
(:mod:`verifier.documents.earliermeanings`), the layer labels the notes drop (:mod:`verifier.documents.labels`),
when scalars may rescue a clash of shapes (:mod:`verifier.documents.scalarrescue`); this module orders them
(:meth:`_Doubts._other_readings`) and runs the catalogue of meanings over a chain's failing steps."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.documents import orientation
from verifier.documents.allowance import Allowance
from verifier.documents.context import (
    Definition,
    Scope,
    key_of,
)
from verifier.documents.dotproducts import (
    UNSAID_ENTRYWISE_NOTE,
)
from verifier.documents.earliermeanings import _EarlierMeanings
from verifier.documents.finitedomains import held_only
from verifier.documents.generic import (
    derivatives_in,
    direct_partials_scope,
    generic_names,
    undecided,
)
from verifier.documents.gradientlayout import (
    derivative_by_matrix,
    writes_nabla,
)
from verifier.documents.hadamardorder import NOTE as HADAMARD_NOTE
from verifier.documents.impliedsums import CASE_SPLIT as _CASE_SPLIT
from verifier.documents.impliedsums import SHAPE_ONLY as _SHAPE_ONLY
from verifier.documents.impliedsums import _ImpliedSums, layout_only, left_open
from verifier.documents.indexlabels import ONE_HOT_FAILS, is_index_hot_note
from verifier.documents.infer import (
    names_in,
)
from verifier.documents.labels import _DroppedLabels
from verifier.documents.logbase import BASE_NOTES, bare_log
from verifier.documents.meanings import DIRECT, HOT_NOTE, _Meanings
from verifier.documents.members import _Chain, chain_trees, member_trees, step_trees
from verifier.documents.orientation import (
    bounded,
    fits,
    is_row_reading,
    rows_fail,
    up_to_orientation,
)
from verifier.documents.outsideindex import UNSAID_NOTE as OUTSIDE_UNSAID
from verifier.documents.paths import defined_upstream, dropped_path
from verifier.documents.plainsamples import is_sample_note, row_and_column
from verifier.documents.problemrecurrences import in_force
from verifier.documents.ranges import AS_STATED
from verifier.documents.recurrence import chain_unfolding, unfolded_failures
from verifier.documents.reintroduced import _DefinedElsewhere
from verifier.documents.resolve import (
    ListMember,
    ResolveError,
)
from verifier.documents.restrictions import held_only_restricted, needs_the_domain
from verifier.documents.scalarrescue import _ScalarsRescue
from verifier.documents.shapeclashes import BETWEEN_SIDES
from verifier.documents.squareshapes import EVERY_LAYOUT, failing_in_every_layout
from verifier.documents.squareshapes import NOTE as SQUARE_NOTE
from verifier.documents.stackedsamples import stated_failure
from verifier.documents.steps import _Checker, layout_free, shape_failure
from verifier.documents.unitsizes import NOTE as UNIT_NOTE
from verifier.documents.withoutdefinitions import _WithoutDefinitions
from verifier.documents.wordedreach import _WordedElsewhere
from verifier.results import StepResult, Verdict
from verifier.stepverdict import COMPLEX_ONLY, TOO_FEW_POINTS
from verifier.symbolic import UNSAMPLED_POINT

READINGS_SECONDS = 4.0  # CPU time for the other readings of one chain's FAILED steps (documents.allowance)


@contextmanager
def unlimited_readings() -> Iterator[None]:
    """Every other reading of a chain tried to its end: no :data:`READINGS_SECONDS`, and the row reading's
    wall-clock ``orientation.ROW_SECONDS`` made an alarm that never rings in practice (it must stay finite).

    For measuring (``benchmarks/corpus.py``, ``benchmarks/probes.py`` ``--no-readings-cutoff``): under load the
    readings run out of their time and a FAILED on a correct note shows as SKIPPED, so the false alarms a run
    counts, and the CPU it spends, depend on the machine's load. Workers are forked inside the block and inherit
    it; the limits are put back after it, so the next check in this process is a normal one.
    """
    global READINGS_SECONDS
    saved = READINGS_SECONDS, orientation.ROW_SECONDS
    READINGS_SECONDS, orientation.ROW_SECONDS = float("inf"), 1e6
    try:
        yield
    finally:
        READINGS_SECONDS, orientation.ROW_SECONDS = saved


_GREEN = (Verdict.PROVED, Verdict.PASSED)
# a total derivative spelled with d: \frac{dy}{dz}, \frac{d}{dx}, \frac{\mathrm{d}y}{\mathrm{d}x}
_TOTAL = re.compile(r"\\d?frac\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|d(?:[A-Za-z](?![A-Za-z])|(?![A-Za-z])))")


class _Doubts(_ImpliedSums, _WithoutDefinitions, _WordedElsewhere, _EarlierMeanings, _DroppedLabels, _ScalarsRescue,
              _DefinedElsewhere, _Meanings):  # fmt: skip

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
        if not any(left_open(r) for r in steps):
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
        out = self._defined_elsewhere(chain, scope, out)  # a letter introduced again elsewhere (reintroduced)
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
                note = (f"holds when read with {DIRECT} of the defined quantities (the others in the definition "
                        "held fixed) (read literally it holds only where the indices coincide)")
                out[k] = replace(r, message="; ".join(x for x in (note, r.message) if x))
        return out

    def _cut_short(self) -> set[int]:
        """Chains (by id) whose other readings were cut short by :data:`READINGS_SECONDS`."""
        found: set[int] | None = getattr(self, "_readings_cut", None)
        if found is None:
            found = set()
            self._readings_cut = found
        return found

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
                    member_trees(p) if (p := chain.members[i].parsed) is not None else [] for i in (st.left, st.right)
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
        clash = any(r.verdict is Verdict.FAILED and shape_failure(r) for r in out)
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
            if alt_chain is chain and layout_only(scope, alt_scope) and \
                    layout_free(self, chain, scope, {chain.steps[k].index for k in failing}):  # fmt: skip
                continue  # no derivative by a vector or matrix: every layout reads the same values
            scalars = note.endswith(_SHAPE_ONLY)
            square = note == SQUARE_NOTE
            unit = note == UNIT_NOTE
            kept: set[int] = set()  # steps the scalars reading may rescue though their shapes fit
            if unit:  # only a clash between two well-formed sides (documents.unitsizes)
                failing = [k for k in failing if BETWEEN_SIDES in out[k].message]
            if scalars or square or unit or is_row_reading(note) or HADAMARD_NOTE in note:
                # scalars are a specialisation, rows the other convention and (a ∘ b) C another grouping:
                # they may only rescue a step whose shapes clash
                if scalars:
                    kept = self._guessed_misfits(chain, scope, steps)
                failing = [k for k in failing if shape_failure(out[k]) or k in kept]
                if scalars:  # where the row reading fits, its counterexample stands
                    failing = [k for k in failing if not fits(rows_seen.get(k, []))]
                if not failing:
                    continue
            partners = _sharing_green(chain, alt_chain, steps, failing)  # green literally, sharing a rewritten member
            shared = set().union(*partners.values())
            decided = True
            try:
                with bounded(self) if is_row_reading(note) else nullcontext() as run, self.samples_read(note):
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
            if (square or unit) and chain.inline:
                continue  # "with $U^TU = I$, $V^TV = VV^T = I$": prose states properties inline; displays claim
            layouts_open = square and not (self._layout_fixed(chain, scope)
                                           and scope.conventions.get("layout") != "numerator") and derivative_by_matrix(
                [t for k in failing for t in step_trees(chain, k)], scope, kinds=("vector", "matrix"))  # fmt: skip
            if layouts_open:  # … unless the square shapes fail in every layout too (documents.squareshapes)
                try:
                    every = failing_in_every_layout(alt_scope, failing, alt, lambda sc, c=alt_chain, a=asked, h=holds:
                                                    _Checker(self, c, sc, a, h, frozenset(a - h)).run())  # fmt: skip
                except (ResolveError, NotImplementedError):  # a layout SymPy cannot read decides nothing
                    every = set()
                if not every:
                    continue
            for k in failing:
                if square:  # a meaning where the shapes agree at last: it may refute, never rescue
                    r = alt[k]
                    if layouts_open and k not in every:
                        continue
                    if r.verdict is Verdict.FAILED and r.counterexample is not None and k not in refuted:
                        read = f"{note} in {EVERY_LAYOUT}" if layouts_open else note
                        why = (f"fails when read with {read}, the only shapes under which its sides agree (read "
                               f"with the inferred sizes they do not: {out[k].message.split(';')[0]})")
                        refuted[k] = replace(r, message="; ".join(x for x in (why, r.message) if x))
                    continue
                if unit:  # numbers, where every reading of the shapes agrees: it may refute, never rescue
                    r = alt[k]
                    if r.verdict is Verdict.FAILED and r.counterexample is not None and k not in refuted:
                        why = (f"fails when read with {note}, where every reading of its shapes is the same (an "
                               f"identity for every size holds for one entry; with the inferred sizes its sides do "
                               f"not compare: {out[k].message.split(';')[0]})")
                        refuted[k] = replace(r, message="; ".join(x for x in (why, r.message) if x))
                    continue
                if scalars and k not in kept and ((k in fitted and not self._shapes_guessed_elsewhere(chain, scope, k))
                                                  or not self._scalars_may_rescue(chain, scope, k, out[k])):
                    continue
                if any(alt[j].verdict not in (Verdict.PROVED, Verdict.PASSED) for j in partners.get(k, ())):
                    continue  # d/dx(x³+x²) = d/dx x³ + x² = 3x² + x²: the shared member read two ways
                if any(b in note for b in BASE_NOTES.values()) and any(
                    alt[j].verdict not in (Verdict.PROVED, Verdict.PASSED) for j in failing
                    if any(bare_log(chain.members[i].latex) for i in (chain.steps[j].left, chain.steps[j].right))
                ):
                    continue  # one base for the chain: log 8 = 3 (base 2) = log 1000 (base 10) (review32a)
                if note.startswith(DIRECT) and _total_only(chain, k):
                    continue  # dy/dz written with d: a total derivative, never the direct partial
                r = alt[k]
                if r.verdict is Verdict.FAILED and r.counterexample is not None and not scalars:
                    # the shapes fit under this reading (another layout) and the values differ: reading
                    # everything as scalars would only hide that (d/dx x^T A x = 2x^T A)
                    fitted.add(k)
                    # (under the samples, a row and a column added literally is a clash too: shapes70)
                    if (note.endswith("layout for derivatives") or is_sample_note(note)) and k not in refuted and (
                            shape_failure(out[k]) or (is_sample_note(note) and row_and_column(out[k]))):  # fmt: skip
                        refuted[k] = replace(r, message="; ".join(x for x in (
                            f"fails when read with {note}, where the shapes of its sides agree (read "
                            f"literally they do not: {out[k].message.split(';')[0]})", r.message) if x))  # fmt: skip
                if r.verdict is Verdict.FAILED:
                    unrestricted.setdefault((note, k), r)
                if r.verdict in (Verdict.PROVED, Verdict.PASSED) and (held := held_only(note)) is not None:
                    unsaid.setdefault(k, replace(out[k], verdict=Verdict.SKIPPED, message=(  # y ∈ {0, 1}
                        f"{held}; read literally: {out[k].message}")))  # (documents.finitedomains)
                elif r.verdict in (Verdict.PROVED, Verdict.PASSED) and needs_the_domain(note, out[k], unrestricted, k):
                    restricted.setdefault(k, note)  # √(x²) = x: the negative branch is the mistake
                elif r.verdict in _GREEN and note.startswith(DIRECT) and (up := defined_upstream(r.message,
                                                                                                alt_scope)):
                    dropped.setdefault(k, replace(out[k], verdict=Verdict.SKIPPED, message=(  # documents.paths
                        f"holds only when read with {note} ({up[0]} held fixed, as backpropagation does), but the "
                        f"notes define {up[1]}, so {up[0]} moves with the variable; read literally: {out[k].message}")))
                elif (r.verdict in (Verdict.PROVED, Verdict.PASSED) and note.startswith(DIRECT)
                      and (held := dropped_path(r.message, alt_scope, self.text,
                                                _of_a_defined_name(chain, k, alt_scope), self.lines,
                                                chain.line)) is not None):  # fmt: skip
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
                elif (r.verdict is Verdict.ERROR and TOO_FEW_POINTS in r.message and AS_STATED in note
                      and out[k].verdict is Verdict.FAILED):
                    # "For λ > 0 and a > 2 the penalty is {cases}" (documents.definitionbounds): read in the range the
                    # notes state, no point gives both sides a value; the literal failure lies outside that range
                    unsaid.setdefault(k, replace(out[k], verdict=Verdict.SKIPPED, message=(
                        f"when read with {note}, no sampled point gives both sides a value; read literally (outside "
                        f"that range) it fails: {out[k].message}")))
                elif (r.verdict is Verdict.SKIPPED and r.message.startswith(COMPLEX_ONLY)
                      and out[k].counterexample is not None and len(out[k].counterexample.not_real) == 2):
                    # log(π/(1-π)) with π the constant: the literal failure is where both sides are not real, and
                    # the reading agrees everywhere, only as complex numbers (engine, sound39): no mistake shown
                    unsaid.setdefault(k, replace(r, message=(
                        f"when read with {note}, {r.message}; read literally: {out[k].message}")))
                elif r.verdict in (Verdict.PROVED, Verdict.PASSED):
                    msg = "; ".join(
                        x for x in (f"holds when read with {note} (the literal reading fails)", r.message) if x
                    )
                    out[k] = replace(r, message=msg)
        # (the rules of the chain's problem: problemrecurrences; documents.recurrence)
        unfolded_failures(out, unrestricted, in_force(self, chain.line), chain, self.unfolded_failed)
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
            if out[k].verdict is Verdict.FAILED and (shape_failure(out[k]) or row_and_column(out[k])):
                out[k] = r  # no reading holds; in the layout where the shapes fit, the values differ
        for (note, k), r in unrestricted.items():  # X built from the samples as the prose says (stackedsamples)
            if (stacked := stated_failure(note, out[k], r)) is not None:
                out[k] = stacked
        hot_said: bool | None = None
        for (note, k), r in unrestricted.items():  # "With a one-hot label $y$": its failure shown with y one-hot
            if note == HOT_NOTE and out[k] is steps[k] and out[k].verdict is Verdict.FAILED \
                    and out[k].counterexample is not None and r.counterexample is not None:  # fmt: skip
                hot_said = self._said_one_hot(chain, scope) if hot_said is None else hot_said
                if hot_said:
                    out[k] = replace(r, message="; ".join(x for x in (f"fails with {note}, as the notes say",
                                                                      r.message) if x))  # fmt: skip
        for (note, k), r in unrestricted.items():  # p - 2y after -\log p_y: fails with y one-hot too (indexlabels)
            if is_index_hot_note(note) and " and " not in note and out[k] is steps[k] \
                    and out[k].verdict is Verdict.FAILED and r.counterexample is not None:  # fmt: skip
                out[k] = replace(r, message="; ".join(x for x in (f"{ONE_HOT_FAILS}: fails read literally and with "
                                                                  f"{note}", r.message) if x))  # fmt: skip
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


def _of_a_defined_name(chain: _Chain, k: int, scope: Scope) -> bool:
    """Does step ``k`` differentiate a name the notes define (``∂L/∂w``), not an expression it writes out?"""
    st = chain.steps[k]
    for i in (st.left, st.right):
        p = chain.members[i].parsed
        if p is None or isinstance(p.tree, ListMember):
            continue
        for t in member_trees(p):
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
    return frozenset(chain.steps[k].index for k in failing if scalars or not shape_failure(out[k]))
