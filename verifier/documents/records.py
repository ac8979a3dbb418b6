"""What a document check returns: per-step counts, one checked chain, one checked document.

Immutable-ish records the reporters (``verify doc``, stats, ``--annotate``) render; the engine
never prints."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from verifier.documents.context import (
    ContextError,
)
from verifier.latex import MathBlock
from verifier.results import IdentityResult, StepResult, Verdict, worst

# ---------------------------------------------------------------------------------------------
# What a check returns


@dataclass(frozen=True)
class StepCounts:
    """Steps found, steps whose two members the grammar read, and verdict counts."""

    found: int = 0
    parsed: int = 0
    proved: int = 0
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    errors: int = 0  # ERROR or TIMEOUT
    #: of ``failed``: steps of chains marked ``expect: FAILED`` that fail (XFAIL), said on the line of a
    #: green run that would otherwise read "1 failed" (ux66); not in ``astuple`` (the reports' counts)
    expected: int = 0

    def __add__(self, other: StepCounts) -> StepCounts:
        summed = (a + b for a, b in zip(self.astuple(), other.astuple(), strict=True))
        return StepCounts(*summed, expected=self.expected + other.expected)

    def astuple(self) -> tuple[int, ...]:
        return (self.found, self.parsed, self.proved, self.passed, self.failed, self.skipped, self.errors)

    @classmethod
    def of(cls, steps: Iterable[tuple[StepResult, bool]]) -> StepCounts:
        c = [0] * 7
        for step, parsed in steps:
            c[0] += 1
            c[1] += parsed
            c[{"PROVED": 2, "PASSED": 3, "FAILED": 4, "SKIPPED": 5}.get(step.verdict.value, 6)] += 1
        return cls(*c)

    def line(self) -> str:
        """``59 steps found, 59 parsed: 40 proved, 10 passed, 5 failed, 4 SKIPPED (not verified)``."""
        failed = f"{self.failed} failed" + (f" ({self.expected} expected: XFAIL)" if self.expected else "")
        parts = [f"{self.proved} proved", f"{self.passed} passed", failed, f"{self.skipped} SKIPPED (not verified)"]
        if self.errors:
            parts.append(f"{self.errors} errors")
        return f"{self.found} steps found, {self.parsed} parsed: " + ", ".join(parts)


@dataclass
class CheckedChain:
    """One chain's result plus where its steps are written (for ``--annotate``)."""

    result: IdentityResult
    step_lines: list[int]
    parsed: list[bool]

    def with_steps(self, steps: Iterable[StepResult]) -> CheckedChain:
        """This chain with ``steps`` (a post-pass's verdicts): the chain's verdict the worst of them, and no
        claim "for every size" left, since a step no longer green takes it back."""
        steps = tuple(steps)
        return replace(
            self, result=replace(self.result, steps=steps, verdict=worst([s.verdict for s in steps]), proved_for="")
        )


def remade_failures(
    checked: list[CheckedChain], remake: Callable[[int, StepResult], StepResult | None]
) -> list[CheckedChain]:
    """``checked`` with each FAILED step ``s`` of chain ``k`` replaced by ``remake(k, s)`` where that is not None.

    The shape every post-pass that doubts or reads anew a FAILED step shares (documents.truncations,
    .notedroundings, .anchoredfamily): only FAILED steps are offered, and a chain is rebuilt
    (:meth:`CheckedChain.with_steps`) only where one of its steps changed."""
    out = list(checked)
    for k, c in enumerate(out):
        if not isinstance(c, CheckedChain):
            continue
        steps = [(remake(k, s) if s.verdict is Verdict.FAILED else None) or s for s in c.result.steps]
        if steps != list(c.result.steps):
            out[k] = c.with_steps(steps)
    return out


@dataclass
class DocumentCheck:
    """Everything ``verify doc`` learned about one document."""

    path: str  # as displayed (and used in ids)
    text: str  # the text that was scanned (notebooks: their markdown cells)
    blocks: list[MathBlock] = field(default_factory=list)
    chains: list[CheckedChain] = field(default_factory=list)
    errors: list[IdentityResult] = field(default_factory=list)  # context / load errors
    context_errors: list[ContextError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # from the reader: an \input not found, …

    @property
    def results(self) -> list[IdentityResult]:
        return self.errors + [c.result for c in self.chains]

    @property
    def counts(self) -> StepCounts:
        counts = StepCounts.of((s, p) for c in self.chains for s, p in zip(c.result.steps, c.parsed, strict=True))
        expected = sum(
            s.verdict.value == c.result.expected
            for c in self.chains
            if c.result.outcome == "XFAIL"
            for s in c.result.steps
        )
        return replace(counts, expected=expected)
