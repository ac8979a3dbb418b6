"""Immutable result records: the only thing the engine hands to reporters.

Reporters never see SymPy objects, only these records (strings and numbers), so every
output format renders exactly the same facts and a record can be cached or sent
between processes as JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """Outcome of one step or one identity; ordered by severity (see ``SEVERITY``)."""

    PROVED = "PROVED"  # a symbolic argument holds and numerics agree
    PASSED = "PASSED"  # every sampled point agrees (confirmed at high precision); no proof in budget
    SKIPPED = "SKIPPED"  # could not be read or checked; never counts as a pass
    FAILED = "FAILED"  # a counterexample confirmed at high precision
    TIMEOUT = "TIMEOUT"  # the budget ran out; the stage it was in is reported
    ERROR = "ERROR"  # the entry is malformed or crashed; the message says what and where

    @property
    def ok(self) -> bool:
        return self in (Verdict.PROVED, Verdict.PASSED)


SEVERITY = {
    Verdict.PROVED: 0,
    Verdict.PASSED: 1,
    Verdict.SKIPPED: 2,
    Verdict.FAILED: 3,
    Verdict.TIMEOUT: 4,
    Verdict.ERROR: 5,
}


def worst(verdicts: list[Verdict] | tuple[Verdict, ...]) -> Verdict:
    """The most severe verdict; an empty list is an ERROR (nothing was checked)."""
    if not verdicts:
        return Verdict.ERROR
    return max(verdicts, key=SEVERITY.__getitem__)


def proved_for_phrase(proved_for: str) -> str:
    """' for all K ≥ 1' / ' at K = 2, 3, 5, 8' (with a leading space), '' when nothing is recorded."""
    if not proved_for:
        return ""
    if proved_for.startswith("all "):
        return " for " + proved_for.replace(">=", "≥")
    return " at " + proved_for


@dataclass(frozen=True)
class Counterexample:
    """A point where the two members differ, confirmed at high precision."""

    point: tuple[tuple[str, str], ...]  # (symbol or vector name, value as text)
    lhs: str  # value of the left member at the point (high precision, rounded for display)
    rhs: str
    difference: str  # lhs - rhs
    entry: str = ""  # which component differs, e.g. "[2, 1]" for a matrix member; "" for scalars
    reproduce: str = ""  # one command that reproduces this counterexample
    coordinates: tuple[tuple[str, float], ...] = ()  # every scalar symbol's exact float value (for plots)
    #: the sides ("left", "right") whose value is not real at the point (a root or log of a negative
    #: number): a failure outside the functions' real domain, which documents.restrictions may excuse
    not_real: tuple[str, ...] = ()

    def point_dict(self) -> dict[str, str]:
        return dict(self.point)


@dataclass(frozen=True)
class Curve:
    """Both sides of a refuted step sampled along a line through its counterexample (for a plot).

    A catalog failure is re-plotted from its entry; a document step has no entry to rebuild, so
    the document checker samples the members while it still has them and the step carries the
    numbers (see :mod:`verifier.plots`). NaN marks a point where a side is undefined.
    """

    x: tuple[float, ...]  # the moving coordinate's value
    lhs: tuple[float, ...]
    rhs: tuple[float, ...]
    variable: str  # LaTeX of the moving coordinate
    note: str  # what else changes along the line, or ""
    others_fixed: bool  # other variables keep their counterexample values
    x0: float  # the counterexample
    lhs0: float
    rhs0: float
    lhs_latex: str  # the plotted component of each member
    rhs_latex: str
    lhs_text: str
    rhs_text: str


@dataclass(frozen=True)
class StepResult:
    """One link ``member[i] = member[i+1]`` of a derivation chain, at one concrete size."""

    index: int  # 1-based position of the step in its chain
    lhs: str  # plain-text rendering of the left member
    rhs: str
    lhs_latex: str
    rhs_latex: str
    verdict: Verdict
    method: str = ""  # how the verdict was reached, e.g. "symbolic: cancel; numeric: 200 points"
    points: int = 0  # valid sample points at which the members were compared
    sizes: tuple[tuple[str, int], ...] = ()  # concrete sizes, e.g. (("K", 3),)
    counterexample: Counterexample | None = None
    message: str = ""  # the reason for ERROR / SKIPPED / TIMEOUT
    duration: float = 0.0
    source: str = ""  # "file:line" of the step where it is written (documents); "" for catalog steps
    # For a PROVED step: "all K >= 1" when the argument holds for every size, else this step's size
    # ("K = 3"); "" for steps without sizes (and for steps not proved).
    proved_for: str = ""
    # An illustration, not a fact: left out of equality and of to_dict (JSON reports, the cache).
    curve: Curve | None = field(default=None, compare=False, repr=False)

    @property
    def size_label(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in self.sizes)

    def said(self, note: str) -> StepResult:
        """This step with ``note`` (how it was read: "holds when read with …") said before its own message; the
        verdict and the rest unchanged."""
        return replace(self, message="; ".join(x for x in (note, self.message) if x))

    def skipped(self, why: str) -> StepResult:
        """This step SKIPPED because ``why``, said before its own message: how a reading that finds a
        verdict unfounded takes it back (the post-passes of verifier.documents). No counterexample (nor
        its curve) is left: every reporter shows a step's counterexample as a falsifying example."""
        return replace(self, verdict=Verdict.SKIPPED, counterexample=None, curve=None,
                       message="; ".join(x for x in (why, self.message) if x))


@dataclass(frozen=True)
class IdentityResult:
    """The verdict on one catalog entry, over all its steps and sizes."""

    id: str
    title: str
    statement: str  # LaTeX
    verdict: Verdict
    steps: tuple[StepResult, ...] = ()
    source: str = ""  # "path/to/module.py:LINE"
    tags: tuple[str, ...] = ()
    seed: int = 0
    duration: float = 0.0
    message: str = ""  # ERROR / TIMEOUT reason at identity level (e.g. the builder raised)
    stage: str = ""  # for TIMEOUT: the stage the identity was in when the budget ran out
    cached: bool = False
    kind: str = "identity"  # "identity", "document-step", or "load-error"
    expected: str = ""  # the verdict its author expects ("FAILED" for a find-the-mistake example); "": ok
    rerun: str = ""  # the command that reproduces this result, when the caller knows it better than ``id``
    # For a PROVED identity with sizes: "all K >= 1" (every step proved for every size) or the
    # concrete sizes it was proved at, "K = 2, 3, 5, 8". Omitted from to_dict() when empty.
    proved_for: str = ""

    @property
    def verdict_text(self) -> str:
        """'PROVED for all K ≥ 1', 'PROVED at K = 2, 3, 5, 8', or the bare outcome."""
        if self.outcome != self.verdict.value:
            return self.outcome
        return self.verdict.value + proved_for_phrase(self.proved_for)

    @property
    def first_failure(self) -> StepResult | None:
        """The step a report shows for this result: its first FAILED step (where the mistake is, with the
        counterexample), else its first step that is not green. A chain that opens with a definition
        (its first link SKIPPED "defines …") and fails at its second is reported at the second."""
        failed = next((s for s in self.steps if s.verdict is Verdict.FAILED), None)
        return failed or next((s for s in self.steps if not s.verdict.ok), None)

    @property
    def outcome(self) -> str:
        """The verdict, or XFAIL (failing as its author expects) / XPASS (expected to fail, but holds)."""
        if self.expected:
            if self.verdict.value == self.expected:
                return "XFAIL"
            if self.verdict.ok:
                return "XPASS"
        return self.verdict.value

    @property
    def passes(self) -> bool:
        """Whether this result keeps the run green: ok and not expected to fail, or an XFAIL."""
        return self.outcome == "XFAIL" or (self.verdict.ok and not self.expected)

    @property
    def reproduce(self) -> str:
        if self.rerun:
            return self.rerun
        if self.kind == "document":  # id is "path:line"
            return f"verify doc {self.id.rsplit(':', 1)[0]} --seed {self.seed}"
        return f"verify {self.id} --seed {self.seed}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        if not data["proved_for"]:
            del data["proved_for"]
        for step in data["steps"]:
            step["verdict"] = step["verdict"].value
            del step["curve"]
            if not step["proved_for"]:
                del step["proved_for"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IdentityResult:
        steps = []
        for raw in data.get("steps", ()):
            raw = dict(raw)
            raw.pop("curve", None)
            cx = raw.get("counterexample")
            if cx is not None:
                cx = dict(cx)
                cx["point"] = tuple(tuple(p) for p in cx["point"])
                cx["coordinates"] = tuple(tuple(p) for p in cx.get("coordinates", ()))
                cx["not_real"] = tuple(cx.get("not_real", ()))
                raw["counterexample"] = Counterexample(**cx)
            raw["verdict"] = Verdict(raw["verdict"])
            raw["sizes"] = tuple(tuple(s) for s in raw.get("sizes", ()))
            steps.append(StepResult(**raw))
        fields = dict(data)
        fields["steps"] = tuple(steps)
        fields["verdict"] = Verdict(fields["verdict"])
        fields["tags"] = tuple(fields.get("tags", ()))
        return cls(**fields)


@dataclass(frozen=True)
class RunResult:
    """A whole run: the identity results in catalog order plus run-level facts."""

    results: tuple[IdentityResult, ...]
    seed: int
    points: int
    duration: float = 0.0
    catalog: str = ""  # the catalog directory checked ("" when none was, as in `verify doc`)
    documents: str = ""  # the documents checked: the paths given, or the globs of [tool.verify] documents
    counts: dict[str, int] = field(default_factory=dict)
    not_read: tuple[str, ...] = ()  # files of the folders checked in formats `verify doc` does not read

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.passes for r in self.results)

    def tally(self) -> dict[str, int]:
        counts = {v.value: 0 for v in Verdict}
        for r in self.results:
            counts[r.verdict.value] += 1
        return counts
