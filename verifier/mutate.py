"""Measure the verifier's own power: mutants of the catalog must be killed, true entries never refuted.

``mutation_report`` makes small wrong versions of every chain member (a flipped sign, a changed
constant or exponent, a dropped term or factor, two swapped indices, a dropped transpose),
discards the mutants that are still equal to the original (shown symbolically, or equal at
high precision at every sample point), verifies the rest against the member's neighbours and
counts how many come out FAILED. ``seed_sweep`` checks the true catalog at many seeds at once:
each seed's points are drawn exactly as ``verify ID --seed N`` draws them, so a false FAIL found
here is reproducible with that command.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from verifier.budget import BudgetExceeded, Deadline
from verifier.catalog import Claim, D, Entry, member_text
from verifier.checksettings import Settings, rng_for
from verifier.domains import OneHot
from verifier.numeric import NumericMember, Sample, compare, draw
from verifier.symbolic import SYMBOLIC, member_entries, prove_equal

MAX_MUTANTS_PER_ENTRY = 24


@dataclass(frozen=True)
class Mutant:
    member: int  # index of the mutated member in the chain
    kind: str  # "sign flip", "constant", "drop term", ...
    value: object  # the mutated member

    @property
    def text(self) -> str:
        """Rendered only when a report shows the mutant (a survivor): printing every mutant's
        matrix took half of ``mutation_report``'s CPU."""
        return member_text(self.value)


@dataclass
class EntryPower:
    id: str
    generated: int = 0
    equivalent: int = 0
    killed: int = 0
    survivors: list[Mutant] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def tested(self) -> int:
        return self.killed + len(self.survivors)

    @property
    def kill_rate(self) -> float:
        return 1.0 if not self.tested else self.killed / self.tested


# ----------------------------------------------------------------------------------------------
# Mutation operators on SymPy trees


def _positions(e: sp.Basic) -> Iterator[tuple[sp.Basic, ...]]:
    """Every node with the path of argument indices that leads to it."""
    stack: list[tuple[sp.Basic, tuple[int, ...]]] = [(e, ())]
    while stack:
        node, path = stack.pop()
        yield node, path  # type: ignore[misc]
        stack.extend((a, (*path, i)) for i, a in enumerate(node.args))


def _replace_at(e: sp.Basic, path: Sequence[int], new: sp.Basic) -> sp.Basic:
    if not path:
        return new
    args = list(e.args)
    args[path[0]] = _replace_at(args[path[0]], path[1:], new)
    return e.func(*args)


Build = Callable[[], sp.Expr]


def _node_mutations(e: sp.Expr) -> Iterator[tuple[str, Build]]:
    """(kind, thunk) pairs: mutants are only built once chosen (a network member has thousands)."""
    for node, path in _positions(e):
        if not isinstance(node, sp.Expr):
            continue
        if node.is_Add:
            for i, term in enumerate(node.args):
                flipped = [*node.args[:i], -term, *node.args[i + 1 :]]
                yield "sign flip", lambda p=path, a=flipped: _replace_at(e, p, sp.Add(*a))
                if len(node.args) > 1:
                    rest = [*node.args[:i], *node.args[i + 1 :]]
                    yield "drop term", lambda p=path, a=rest: _replace_at(e, p, sp.Add(*a))
        elif node.is_Mul:
            for i in range(len(node.args)):
                rest = [*node.args[:i], *node.args[i + 1 :]]
                yield "drop factor", lambda p=path, a=rest: _replace_at(e, p, sp.Mul(*a))
        elif node.is_Pow and node.exp.is_Integer:
            yield "exponent", lambda p=path, n=node: _replace_at(e, p, n.base ** (n.exp + 1))
        elif node.is_Rational and node != 0:
            yield "constant", lambda p=path, n=node: _replace_at(e, p, n + 1)
        if node.is_Mul and node.args and node.args[0] == -1:
            yield "sign flip", lambda p=path, n=node: _replace_at(e, p, -n)


def _map_member(member: object, fn: Callable[[sp.Expr], sp.Expr]) -> object:
    if isinstance(member, sp.MatrixBase):
        return sp.ImmutableMatrix(member.applyfunc(fn))
    return fn(sp.sympify(member))


def _with_entry(member: object, k: int, build: Build) -> Callable[[], object]:
    def make() -> object:
        if not isinstance(member, sp.MatrixBase):
            return build()
        flat = list(member)
        flat[k] = build()
        return sp.ImmutableMatrix(member.rows, member.cols, flat)

    return make


def mutants_of(claim: Claim, rng: random.Random, limit: int) -> list[Mutant]:
    """Up to ``limit`` distinct mutants of the explicit members, chosen at random (seeded).

    Derivative members D(f, x) are not mutated: they are what the claim is about.
    """
    candidates: list[tuple[int, str, Callable[[], object]]] = []
    for index, member in enumerate(claim.members):
        if isinstance(member, D):
            continue
        entries = list(member) if isinstance(member, sp.MatrixBase) else [sp.sympify(member)]
        for k, entry in enumerate(entries):
            candidates.extend((index, kind, _with_entry(member, k, build)) for kind, build in _node_mutations(entry))
        for var in claim.variables:  # swapped indices and dropped transposes
            syms = var.symbols
            if len(syms) >= 2:
                swap = {syms[0]: syms[1], syms[1]: syms[0]}
                candidates.append(
                    (index, "swap indices", lambda m=member, t=swap: _map_member(m, lambda e: e.xreplace(t)))
                )
            if var.shape and var.shape[0] == var.shape[1] > 1:
                v = var.value
                flip = {v[i, j]: v[j, i] for i in range(v.rows) for j in range(v.cols)}
                candidates.append(
                    (index, "drop transpose", lambda m=member, t=flip: _map_member(m, lambda e: e.xreplace(t)))
                )
        if isinstance(member, sp.MatrixBase) and member.rows == member.cols > 1:
            candidates.append((index, "transpose", lambda m=member: sp.ImmutableMatrix(m.T)))
    rng.shuffle(candidates)
    chosen: dict[tuple[int, object], Mutant] = {}
    for index, kind, make in candidates:
        if len(chosen) >= limit:
            break
        value = make()
        if value == claim.members[index] or (index, value) in chosen:
            continue
        chosen[index, value] = Mutant(index, kind, value)
    return sorted(chosen.values(), key=lambda m: (m.member, m.kind))


# ----------------------------------------------------------------------------------------------
# Mutation score


def _onehot_cases(claim: Claim) -> list[dict[sp.Symbol, sp.Expr]]:
    """A one-hot vector of length K takes exactly K values: proving each case proves the domain."""
    cases: list[dict[sp.Symbol, sp.Expr]] = [{}]
    for var in claim.variables:
        if isinstance(var.domain, OneHot):
            n = len(var.symbols)
            cases = [
                {**case, **{s: sp.Integer(int(i == hot)) for i, s in enumerate(var.symbols)}}
                for case in cases
                for hot in range(n)
            ]
    return cases if len(cases) <= 64 else [{}]


def _provably_equal(original: object, mutant: object, claim: Claim) -> bool:
    constraints = {s: e for v in claim.variables for s, e in v.constraint}
    a, b = member_entries(original), member_entries(mutant)
    try:
        for case in _onehot_cases(claim):
            if case:
                ca, cb, fixed = [e.xreplace(case) for e in a], [e.xreplace(case) for e in b], {}
            else:
                ca, cb, fixed = a, b, constraints
            if not prove_equal(ca, cb, fixed, Deadline(1.0)).proved:
                return False
    except BudgetExceeded as exc:
        if not exc.stage.startswith(SYMBOLIC):  # an enclosing budget ran out: its to handle
            raise
        return False
    return True


def mutation_report(
    entries: Sequence[Entry], settings: Settings, limit: int = MAX_MUTANTS_PER_ENTRY
) -> list[EntryPower]:
    """Score every entry; the original members are evaluated once and shared by all mutants.

    A mutant is killed when the numeric stage confirms a counterexample against a neighbour
    (the original member equals its neighbours, so this is the verdict ``verify`` would give).
    One that is not killed is *equivalent* if the symbolic stage shows it equal to the original,
    and a *survivor* otherwise.
    """
    reports = []
    for entry in entries:
        power = EntryPower(entry.id)
        rng = random.Random(f"{settings.seed}:{entry.id}")
        sizes = entry.instances()[0]  # the smallest instance: mutants are about structure, not size
        try:
            claim = entry.build(sizes)
        except Exception as exc:  # noqa: BLE001 - a broken entry is reported, the others still run
            power.errors.append(f"cannot build: {type(exc).__name__}: {exc}")
            reports.append(power)
            continue
        symbols = [s for v in claim.variables for s in v.symbols]
        sample = draw(
            claim.variables, rng_for(settings.seed, entry.id + "|" + repr(tuple(sizes.items()))), settings.points
        )
        originals: dict[int, tuple[NumericMember, np.ndarray]] = {}

        def original(i: int) -> tuple[NumericMember, np.ndarray]:
            if i not in originals:  # noqa: B023
                m = NumericMember(claim.members[i], symbols)  # noqa: B023 - called within this iteration only
                originals[i] = (m, m.floats(sample))  # noqa: B023
            return originals[i]  # noqa: B023

        for mutant in mutants_of(claim, rng, limit):
            power.generated += 1
            numeric = NumericMember(mutant.value, symbols)
            values = numeric.floats(sample)
            killed = False
            for n in (mutant.member - 1, mutant.member + 1):
                if 0 <= n < len(claim.members) and not killed:
                    other, other_values = original(n)
                    killed = compare(numeric, other, values, other_values, sample).counterexample is not None
            if killed:
                power.killed += 1
            elif _provably_equal(claim.members[mutant.member], mutant.value, claim):
                power.equivalent += 1
            else:
                power.survivors.append(mutant)
        reports.append(power)
    return reports


# ----------------------------------------------------------------------------------------------
# Seed sweep: no false FAILED on the true catalog


@dataclass
class SweepResult:
    id: str
    seeds: int
    points: int
    false_failures: list[tuple[int, str]] = field(default_factory=list)  # (seed, step label)


SWEEP_TIMEOUT = 24 * 3600.0  # per chunk of seeds: the sweep is slow by design, only a hang is stopped


def seed_sweep(entries: Sequence[Entry], seeds: Sequence[int], points: int, jobs: int = 0) -> list[SweepResult]:
    """Numeric stage of every step at every seed; the seeds' samples are stacked into one evaluation.

    With ``jobs`` other than 1 the seeds are split into contiguous chunks swept in forked workers
    (0: one per core), since judging every point in ball arithmetic is CPU-bound; a chunk draws
    exactly the samples it would draw in one process, so the verdicts do not depend on ``jobs``.
    """
    n = max(1, min(jobs or os.cpu_count() or 1, len(seeds)))
    if n == 1:
        return _sweep(entries, seeds, points)
    from verifier.runner import run_many

    size = -(-len(seeds) // n)
    chunks = [list(seeds[i : i + size]) for i in range(0, len(seeds), size)]
    outcomes = run_many([(_sweep, (entries, chunk, points)) for chunk in chunks], jobs=n, timeout=SWEEP_TIMEOUT)
    out = [SweepResult(entry.id, len(seeds), points) for entry in entries]
    for outcome in outcomes:
        if not outcome.ok or outcome.value is None:
            raise RuntimeError(f"a seed-sweep worker ended with {outcome.status}: {outcome.message or outcome.reason}")
        for merged, part in zip(out, outcome.value, strict=True):
            merged.false_failures.extend(part.false_failures)
    return out


def _sweep(entries: Sequence[Entry], seeds: Sequence[int], points: int) -> list[SweepResult]:
    out = []
    for entry in entries:
        result = SweepResult(entry.id, len(seeds), points)
        for sizes in entry.instances():
            claim = entry.build(sizes)
            symbols = [s for v in claim.variables for s in v.symbols]
            key = entry.id + "|" + repr(tuple(sizes.items()))
            parts = [draw(claim.variables, rng_for(seed, key), points) for seed in seeds]
            stacked = Sample(parts[0].symbols, np.concatenate([p.values for p in parts], axis=1), parts[0].derived)
            numeric = [NumericMember(m, symbols) for m in claim.members]
            values = [m.floats(stacked) for m in numeric]
            for index, _, _ in claim.steps:
                cmp = compare(numeric[index - 1], numeric[index], values[index - 1], values[index], stacked)
                if cmp.counterexample is not None:
                    seed = seeds[cmp.counterexample.point_index // points]
                    label = f"step {index}" + (f" ({', '.join(f'{k}={v}' for k, v in sizes.items())})" if sizes else "")
                    result.false_failures.append((seed, label))
        out.append(result)
    return out
