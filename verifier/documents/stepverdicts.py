"""One verdict per written step: a step's outcomes over its instances aggregated into its StepResult.

:class:`verifier.documents.steps._Checker` checks each step at each instance (sizes and index assignment:
:mod:`verifier.documents.oneinstance`) and collects an :class:`_Outcome` per instance (:meth:`_StepVerdicts._add`);
this module turns them into the step's verdict, the worst over its instances (FAILED, then ERROR, TIMEOUT,
SKIPPED), with the sizes and indices of a failure and the command that reproduces it; a step that holds at
some assignments of indices the notes leave undeclared and fails at others is a case split the notes may
assume (SKIPPED), unless the step is a whole Jacobian or writes its cases. A refuted step's curve is sampled
only once the chain's verdicts are final (:func:`sample_curves`). Apart from the checking because reading a
verdict off the outcomes is a job of its own (a mixin of the step checker, as documents.indices is)."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from verifier.catalog import Claim
from verifier.checksettings import DEFAULT_POINTS
from verifier.documents.context import IndexRange, Scope
from verifier.documents.everysize import proved_for_every_size
from verifier.documents.indicatorcases import writes_indicator_case
from verifier.documents.jacobiancases import case_said_around, jacobian_indices
from verifier.documents.members import _Member, _Step
from verifier.documents.othersizes import Others, apart
from verifier.documents.sectioncases import with_section_cases
from verifier.documents.writtencases import writes_index_cases
from verifier.plots import with_curve
from verifier.results import Counterexample, StepResult, Verdict
from verifier.stepverdict import plainest

HOLDS = (Verdict.PROVED, Verdict.PASSED)


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
            refuted = pending.step
            if _same_point(r.counterexample, refuted.counterexample):
                # the reported point: the plainest where the step fails (stepverdict.plainest), the curve through it
                refuted = plainest(pending.claim, refuted)
                r = replace(r, counterexample=_moved(r.counterexample, refuted.counterexample))  # type: ignore[arg-type]
            r = replace(r, curve=with_curve(pending.claim, refuted).curve)
        out.append(r)
    return out


def _same_point(a: Counterexample | None, b: Counterexample | None) -> bool:
    """Are ``a`` and ``b`` the same refutation (the same point, entry and values; the command that reproduces it
    is the step's, set after the check)?"""
    return a is not None and b is not None and (a.coordinates, a.entry, a.lhs, a.rhs) == (
        b.coordinates, b.entry, b.lhs, b.rhs)


def _moved(shown: Counterexample, plain: Counterexample) -> Counterexample:
    """The reported counterexample ``shown`` at the point of ``plain`` (its engine result moved to the plainest
    point): the sizes and indices :meth:`_StepVerdicts._from` put before the point, and its command, are kept."""
    extra = shown.point[: len(shown.point) - len(plain.point)]
    return replace(plain, point=extra + plain.point, reproduce=shown.reproduce)


@dataclass
class _Outcome:
    """One step at one instance: an engine result, or a reason it could not run."""

    result: StepResult | None = None
    verdict: Verdict | None = None
    message: str = ""
    label: str = ""
    readings: tuple[str, ...] = ()
    numeric: bool = False  # at the other size (documents.othersizes)


class _StepVerdicts:
    """The outcomes of each step at each instance, and the step's one verdict from them (a mixin of
    :class:`verifier.documents.steps._Checker`, which provides ``doc``, ``chain``, ``scope`` and the
    bookkeeping below)."""

    doc: Any
    chain: Any
    scope: Scope
    outcomes: dict[int, list[_Outcome]]
    outside: dict[int, str]
    fixed: dict[int, tuple[Verdict, str]]
    others: Others

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
