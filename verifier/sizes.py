"""What was proved for which sizes: the size-generic proof wired into catalog entries and claims.

Two kinds of claim have sizes:

* a catalog entry whose builder asks for them (``K = b.size("K")``): it is built once with
  symbolic sizes and each step is given to :func:`verifier.forall.prove_for_all`; the concrete
  instances are then checked as always (the numeric witness runs at every declared size), the
  concrete symbolic stage is skipped for steps already proved for every size, and the verdicts say
  ``PROVED for all K >= 1``. A step without a size-generic argument keeps its concrete proofs:
  ``PROVED at K = 2, 3, 5, 8``;
* a claim with sums whose bounds are integer variables or declared sizes, and vectors of symbolic
  length (``verify check '\\sum_{k=1}^{K} k' ... --size K``, ``--vector s:K``): a
  :class:`SizedClaim`, proved for every size where possible and checked numerically at concrete
  sizes (``CHECK_SIZES``), each size written out (sums expanded, ``s_k`` a declared symbol).
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.budget import BudgetExceeded, soft_limit
from verifier.catalog import Builder, CatalogError, Claim, D, Entry, Variable
from verifier.closedsums import difference as closed_difference
from verifier.closedsums import witness
from verifier.domains import Domain, Integer, OneHot, Real, Simplex
from verifier.forall import ForAllOutcome, Normaliser, prove_for_all
from verifier.indexed import GenericError, GenericMatrix, derivative, entry_form, size_symbol
from verifier.pastnumbers import past_the_numbers
from verifier.results import StepResult, Verdict

SWITCH = "VERIFY_SIZE_GENERIC"  # "0" turns the size-generic argument off (to measure what it costs)
STAGE = "size-generic proof"
GENERIC_BUDGET = 5.0  # seconds (wall) per entry for the size-generic argument; it needs < 1 s of CPU here
CHECK_SIZES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13)  # one size: the numeric check runs at each of these
GRID_SIZES = (1, 2, 3, 5)  # several sizes: every combination of these


def all_label(names: Sequence[str]) -> str:
    return f"all {', '.join(names)} >= 1"


def sizes_label(instances: Sequence[Sequence[tuple[str, int]]]) -> str:
    """'K = 2, 3, 5, 8' or '(Dx, H, Dy) = (2, 3, 2), (3, 2, 3)'."""
    instances = [tuple(s) for s in instances if s]
    if not instances:
        return ""
    names = [k for k, _ in instances[0]]
    if len(names) == 1:
        return f"{names[0]} = {', '.join(str(dict(s)[names[0]]) for s in instances)}"
    values = ", ".join("(" + ", ".join(str(v) for _, v in s) + ")" for s in instances)
    return f"({', '.join(names)}) = {values}"


# ----------------------------------------------------------------------------------------------
# Proofs for every size of a claim built with symbolic sizes


@dataclass(frozen=True)
class GenericReport:
    """Outcome of the size-generic argument for each step of one claim."""

    size_names: tuple[str, ...]
    outcomes: Mapping[int, ForAllOutcome] = field(default_factory=dict)  # step index -> outcome
    reason: str = ""  # why no step could be tried (the builder needs concrete sizes, ...)

    @property
    def proved_steps(self) -> frozenset[int]:
        return frozenset(i for i, o in self.outcomes.items() if o.proved)

    @property
    def label(self) -> str:
        return all_label(self.size_names)

    def why_not(self, index: int) -> str:
        o = self.outcomes.get(index)
        return self.reason if o is None else o.method


def _totals(variables: Sequence[Variable]) -> dict[sp.Expr, sp.Expr]:
    """sum_k y_k = 1 for every probability (or one-hot) vector of symbolic size."""
    out: dict[sp.Expr, sp.Expr] = {}
    for v in variables:
        if isinstance(v.value, GenericMatrix) and isinstance(v.domain, Simplex | OneHot):
            out[v.value.total()] = sp.S.One
    return out


def prove_generic_claim(claim: Claim, sizes: Sequence[sp.Symbol], budget: float = GENERIC_BUDGET) -> GenericReport:
    """Try every step of ``claim`` (members in index notation) for all sizes, within ``budget``."""
    names = tuple(str(s) for s in sizes)
    outcomes: dict[int, ForAllOutcome] = {}
    try:
        with soft_limit(budget, STAGE):
            forms = [entry_form(m) for m in claim.members]
            totals = _totals(claim.variables)
            normalisers: dict[tuple, Normaliser] = {}
            for index, (a, b) in enumerate(itertools.pairwise(forms), start=1):
                if a.indices != b.indices:
                    outcomes[index] = ForAllOutcome(False, "the members have different shapes")
                    continue
                ranges = {i: (sp.S.Zero, hi) for i, hi in a.indices}
                norm = normalisers.setdefault(a.indices, Normaliser(sizes, ranges))
                outcomes[index] = prove_for_all(a.expr, b.expr, sizes, ranges, totals, norm)
    except BudgetExceeded as exc:
        if exc.stage != STAGE:  # an enclosing budget ran out: not ours to swallow
            raise
        return GenericReport(names, outcomes, f"the size-generic argument ran out of time ({budget:g} s)")
    except (GenericError, CatalogError, sp.ShapeError, TypeError, ValueError) as exc:
        return GenericReport(names, outcomes, f"no index-notation form ({exc})")
    return GenericReport(names, outcomes)


def prove_entry(entry: Entry) -> GenericReport | None:
    """The size-generic argument for an entry that opts in (``b.size``); None for the others."""
    if not entry.generic or os.environ.get(SWITCH) == "0":
        return None
    names = entry.size_names()
    try:
        claim = entry.build_generic()
    except BudgetExceeded:
        raise
    except Exception as exc:  # noqa: BLE001 - the builder needs concrete sizes: fall back to them, say why
        return GenericReport(names, {}, f"the builder needs concrete sizes ({type(exc).__name__}: {exc})")
    return prove_generic_claim(claim, [size_symbol(n) for n in names])


# ----------------------------------------------------------------------------------------------
# Verdicts that say for which sizes


def annotate(
    steps: Sequence[StepResult], report: GenericReport | None, at_most_passed: bool = False
) -> list[StepResult]:
    """Step verdicts with ``proved_for``; a step proved for every size needs only the numeric witness.
    ``at_most_passed``: the claim is about every size (a sum to a symbolic bound on the command line), so
    a step proved at the concrete sizes only is PASSED there, not PROVED (sound23)."""
    out = []
    proved = report.proved_steps if report is not None else frozenset()
    for s in steps:
        if report is not None and s.index in proved:
            method = f"for all sizes: {report.outcomes[s.index].method}; {s.method}".rstrip("; ")
            if s.verdict in (Verdict.PROVED, Verdict.PASSED):
                s = replace(s, verdict=Verdict.PROVED, proved_for=report.label, method=method)
            elif s.verdict == Verdict.FAILED:
                s = replace(
                    s,
                    verdict=Verdict.ERROR,
                    method=method,
                    message=(
                        "the size-generic argument found the sides equal for every size, but a counterexample "
                        "was confirmed at high precision: the argument cannot be trusted here"
                    ),
                )
        elif s.verdict == Verdict.PROVED and s.sizes and not s.proved_for:
            why = f"for all sizes: not proved ({report.why_not(s.index)}); " if report is not None else ""
            s = replace(s, proved_for=sizes_label([s.sizes]), method=why + s.method)
            if at_most_passed and report is not None:
                only = f"proved at {s.proved_for} only; "
                s = replace(s, verdict=Verdict.PASSED, proved_for="", method=only + s.method)
        out.append(s)
    return out


def identity_proved_for(verdict: Verdict, steps: Sequence[StepResult], instances: Sequence[Mapping[str, int]]) -> str:
    """The identity's ``proved_for``: every size when every step was, else the sizes checked."""
    if verdict != Verdict.PROVED or not steps:
        return ""
    labels = {s.proved_for for s in steps}
    if len(labels) == 1 and next(iter(labels)).startswith("all "):
        return next(iter(labels))
    return sizes_label([tuple(i.items()) for i in instances])


# ----------------------------------------------------------------------------------------------
# Claims with sizes in sums and vectors of symbolic length (verify check, b.integer bounds)


@dataclass(frozen=True)
class Block:
    """A vector (or matrix) of symbolic size in a sized claim; entries ``base[k]`` with k from ``first``."""

    base: sp.IndexedBase
    shape: tuple[sp.Expr, ...]  # one length for a vector, (rows, cols) for a matrix
    domain: Domain
    first: int = 1


@dataclass(frozen=True)
class SizedClaim:
    """A chain of scalar index expressions over sizes, blocks, free indices and scalar variables."""

    members: tuple[Any, ...]  # sympy expressions, or D(f, base[j]) with an Indexed variable
    sizes: tuple[sp.Symbol, ...]
    blocks: tuple[Block, ...] = ()
    scalars: tuple[Variable, ...] = ()
    free: tuple[tuple[sp.Symbol, sp.Expr, sp.Expr], ...] = ()  # (index, lo, hi), in entry order
    instances: tuple[dict[sp.Symbol, int], ...] = ()

    def size_names(self) -> tuple[str, ...]:
        return tuple(str(s) for s in self.sizes)


def sum_bound_symbols(members: Sequence[Any]) -> set[sp.Symbol]:
    """Symbols in the bounds of sums and products of the members."""
    out: set[sp.Symbol] = set()
    seen: set[sp.Basic] = set()  # a walk over the DAG: a softmax's shared sum is visited once, not K**2 times
    stack = [part for m in members for part in _parts(m)]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        if isinstance(node, sp.Sum | sp.Product):
            for _k, lo, hi in node.limits:
                out |= sp.sympify(lo).free_symbols | sp.sympify(hi).free_symbols
        stack.extend(node.args)
    return out


def _parts(m: Any) -> list[sp.Basic]:
    if isinstance(m, D):
        return [*_parts(m.f), *_parts(m.wrt)]
    if isinstance(m, sp.MatrixBase):
        return [sp.sympify(e) for e in m]
    if isinstance(m, sp.Basic):
        return [m]
    return [sp.sympify(m)]


def default_instances(
    sizes: Sequence[sp.Symbol],
    bounds: Mapping[sp.Symbol, tuple[int, int]] | None = None,
    members: Sequence[Any] = (),
) -> tuple[dict[sp.Symbol, int], ...]:
    """The sizes a claim is checked at; past the numbers its ``members`` write too (:mod:`verifier.pastnumbers`)."""
    bounds = bounds or {}
    written = [part for m in members for part in _parts(m)]
    if len(sizes) == 1:
        (k,) = sizes
        lo, hi = bounds.get(k, (1, max(CHECK_SIZES)))
        values = [v for v in CHECK_SIZES if lo <= v <= hi] or [lo]
        past = past_the_numbers(written, values)
        values += [past] if past is not None and lo <= past <= hi else []
        return tuple({k: v} for v in values)
    grids = [[v for v in GRID_SIZES if bounds.get(k, (1, 99))[0] <= v <= bounds.get(k, (1, 99))[1]] for k in sizes]
    combos = [dict(zip(sizes, combo, strict=True)) for combo in itertools.product(*grids)]
    past = past_the_numbers(written, GRID_SIZES)
    if past is not None and all(bounds.get(k, (1, 99))[0] <= past <= bounds.get(k, (1, 99))[1] for k in sizes):
        combos.append(dict.fromkeys(sizes, past))
    return tuple(combos)


def from_claim(claim: Claim) -> SizedClaim | None:
    """A catalog/document claim whose sums run up to integer variables, as a SizedClaim (else None)."""
    bound = sum_bound_symbols(claim.members)
    if not bound:
        return None
    sizes, scalars = [], []
    limits: dict[sp.Symbol, tuple[int, int]] = {}
    for v in claim.variables:
        if v.shape is None and v.symbols[0] in bound and isinstance(v.domain, Integer):
            sizes.append(v.symbols[0])
            limits[v.symbols[0]] = (max(1, v.domain.lo), v.domain.hi)
        else:
            scalars.append(v)
    if not sizes:
        return None
    instances = default_instances(sizes, limits, claim.members)
    return SizedClaim(tuple(claim.members), tuple(sizes), (), tuple(scalars), (), instances)


def generic_forms(claim: SizedClaim) -> list[sp.Expr]:
    """Each member as one scalar expression (derivatives taken with respect to the indexed entry)."""
    out = []
    for m in claim.members:
        if isinstance(m, EntryDerivative):
            out.append(derivative(m.f, m.wrt))
        elif isinstance(m, D):
            out.append(sp.diff(sp.sympify(m.f), m.wrt))
        else:
            out.append(sp.sympify(m))
    return out


def prove_sized(claim: SizedClaim, budget: float = GENERIC_BUDGET) -> GenericReport:
    names = claim.size_names()
    outcomes: dict[int, ForAllOutcome] = {}
    totals: dict[sp.Expr, sp.Expr] = {}
    for blk in claim.blocks:
        if isinstance(blk.domain, Simplex | OneHot) and len(blk.shape) == 1:
            k = sp.Dummy("k", integer=True)
            totals[sp.Sum(blk.base[k], (k, blk.first, blk.first + blk.shape[0] - 1))] = sp.S.One
    ranges = {i: (lo, hi) for i, lo, hi in claim.free}
    try:
        with soft_limit(budget, STAGE):
            forms = generic_forms(claim)
            for index, (a, b) in enumerate(itertools.pairwise(forms), start=1):
                outcomes[index] = prove_for_all(a, b, claim.sizes, ranges, totals)
                closed = not outcomes[index].proved and not claim.blocks  # sums of numbers: SymPy's summation
                if closed and closed_difference(a, b, set(claim.sizes))[0] == 0:
                    outcomes[index] = ForAllOutcome(True, "the sums in closed form (SymPy's summation)")
    except BudgetExceeded as exc:
        if exc.stage != STAGE:  # an enclosing budget ran out: not ours to swallow
            raise
        return GenericReport(names, outcomes, f"the size-generic argument ran out of time ({budget:g} s)")
    except (TypeError, ValueError) as exc:
        return GenericReport(names, outcomes, f"no index-notation form ({exc})")
    return GenericReport(names, outcomes)


def concrete(claim: SizedClaim, at: Mapping[sp.Symbol, int]) -> Claim:
    """The claim at concrete sizes: sums written out, ``s[k]`` a declared symbol, free indices enumerated."""
    b = Builder()
    for v in claim.scalars:
        b._variables.append(v)
        b._names.add(v.name)
    blocks: dict[sp.IndexedBase, tuple[Block, Any]] = {}
    for blk in claim.blocks:
        dims = [int(sp.sympify(d).xreplace(dict(at))) for d in blk.shape]
        name = str(blk.base.label)
        if len(dims) == 1:
            value = _declare(b, name, dims[0], blk.domain)
        else:
            value = b.matrix(name, dims[0], dims[1], blk.domain)
        blocks[blk.base] = (blk, value)
    sizes = {s: sp.Integer(v) for s, v in at.items()}

    def entry_symbol(e: sp.Indexed) -> sp.Basic:
        blk, value = blocks[e.base]
        idx = [int(i) - blk.first for i in e.indices]
        if any(i < 0 for i in idx) or any(
            i >= n for i, n in zip(idx, (value.rows, value.cols) if len(idx) == 2 else (len(value),), strict=True)
        ):
            raise CatalogError(f"{e} is outside 1..{blk.shape} at {_at_text(at)}")
        return value[idx[0], idx[1]] if len(idx) == 2 else value[idx[0]]

    def entry_at(base: sp.Basic, indices: tuple[int, ...]) -> sp.Basic | None:
        """The declared symbol of an entry, None outside the block (``entry_symbol`` then says so)."""
        if base not in blocks:
            return None
        blk, value = blocks[base]
        dims = (value.rows, value.cols) if len(indices) == 2 else (len(value),)
        idx = [i - blk.first for i in indices]
        if len(idx) != len(dims) or any(not 0 <= i < n for i, n in zip(idx, dims, strict=True)):
            return None
        return value[idx[0], idx[1]] if len(idx) == 2 else value[idx[0]]

    def write_out(e: sp.Expr, index_values: Mapping[sp.Symbol, int]) -> sp.Expr:
        e = sp.sympify(e).xreplace({**sizes, **{k: sp.Integer(v) for k, v in index_values.items()}})
        e = written_out(e, entry_at) if e.has(sp.Sum) else e
        e = e.doit() if e.has(sp.Sum, sp.Product, sp.KroneckerDelta) else e
        if blocks:
            e = e.replace(lambda x: isinstance(x, sp.Indexed) and x.base in blocks, entry_symbol)
        if e.has(sp.Indexed):
            raise CatalogError(f"{next(iter(e.atoms(sp.Indexed)))} is not an entry of a declared vector or matrix")
        return e

    ranges = [(i, int(sp.sympify(lo).xreplace(sizes)), int(sp.sympify(hi).xreplace(sizes))) for i, lo, hi in claim.free]
    combos = [
        dict(zip([i for i, _, _ in ranges], c, strict=True))
        for c in itertools.product(*[range(lo, hi + 1) for _, lo, hi in ranges])
    ]
    members: list[Any] = []
    for m in claim.members:
        if isinstance(m, EntryDerivative):
            members.append(_concrete_derivative(m, claim, combos, write_out, entry_symbol))
        elif isinstance(m, D):
            members.append(D(write_out(m.f, {}), m.wrt))
        elif not claim.free:
            members.append(write_out(m, {}))
        else:
            flat = [write_out(m, c) for c in combos]
            last = ranges[-1][2] - ranges[-1][1] + 1
            members.append(
                sp.ImmutableMatrix(len(flat) // last, last, flat) if len(ranges) > 1 else sp.ImmutableMatrix(flat)
            )
    return b.chain(*members)


EntryOf = Callable[[sp.Basic, tuple[int, ...]], sp.Basic | None]


def written_out(e: sp.Basic, entry: EntryOf | None = None) -> sp.Basic:
    """Every sum with integer bounds written out term by term, innermost first.

    Why not ``Sum.doit``: it looks for a closed form first (``eval_sum`` tries polynomial,
    hypergeometric and partial-fraction summation, then substitutes term by term with ``subs``),
    which cost ~85 % of ``verify check`` of a quadratic form over 11 sizes. At concrete sizes the
    sum is a finite Add: each term is the summand with the index put in (the tree is rebuilt, so
    ``KroneckerDelta(2, 3)`` evaluates to 0 as it is built). ``entry(base, indices)`` names the
    declared symbol of an entry whose indices became integers (None: keep the ``Indexed``), so no
    intermediate ``Indexed`` with its assumptions is built per term. A sum whose bounds are not
    integers, or run backwards (SymPy's Karr convention), is left as it is (to ``doit``).
    """

    def put(node: sp.Basic, values: Mapping[sp.Basic, sp.Basic]) -> sp.Basic:
        if node in values:
            return values[node]
        if not node.args:
            return node
        if isinstance(node, sp.Indexed):
            indices = tuple(put(i, values) for i in node.indices)
            if entry is not None and all(i.is_Integer for i in indices):
                found = entry(node.base, tuple(int(i) for i in indices))
                if found is not None:
                    return found
            return node.func(node.base, *indices) if indices != node.indices else node
        if isinstance(node, sp.Sum | sp.Product) and set(node.variables) & set(values):
            # an inner sum that binds the same letter again: its own index is not replaced
            inner = {k: v for k, v in values.items() if k not in node.variables}
            limits = [(k, put(lo, values), put(hi, values)) for k, lo, hi in node.limits]
            return node.func(put(node.function, inner), *limits)
        args = tuple(put(a, values) for a in node.args)
        return node.func(*args) if args != node.args else node

    def expand(node: sp.Basic) -> sp.Basic:
        if not node.args:
            return node
        if isinstance(node, sp.Indexed):
            return put(node, {})
        args = tuple(expand(a) for a in node.args)
        if not isinstance(node, sp.Sum):
            return node.func(*args) if args != node.args else node
        body, limits = args[0], list(node.limits)
        while limits:  # the first limit is the innermost sum
            k, lo, hi = limits[0]
            if not (lo.is_Integer and hi.is_Integer and hi >= lo - 1):
                if any(lim[0] in lo.free_symbols | hi.free_symbols for lim in limits[1:]):
                    # \sum_{i=1}^{n}\sum_{j=1}^{i}: j's bound is an outer index, an integer once i is put in
                    body = sp.Sum(body, limits.pop(0))
                    continue
                break
            terms = [put(body, {k: sp.Integer(v)}) for v in range(int(lo), int(hi) + 1)]
            body = sp.Add(*[expand(t) if t.has(sp.Sum) else t for t in terms])
            limits.pop(0)
        return sp.Sum(body, *limits) if limits else body

    return expand(e)


def _declare(b: Builder, name: str, n: int, domain: Domain) -> sp.ImmutableMatrix:
    if isinstance(domain, Simplex):
        return b.simplex(name, n)
    if isinstance(domain, OneHot):
        return b.onehot(name, n)
    return b.vector(name, n, domain)


def _concrete_derivative(
    m: EntryDerivative,
    claim: SizedClaim,
    combos: list[dict[sp.Symbol, int]],
    write_out: Callable[[sp.Expr, Mapping[sp.Symbol, int]], sp.Expr],
    entry_symbol: Callable[[sp.Indexed], sp.Basic],
) -> D:
    """d f / d s_j over the free indices: a gradient (j the only free index) or a Jacobian (i, j); d f / d s_1 of
    one entry where no index is free."""
    wrt = m.wrt
    free = [i for i, _, _ in claim.free]
    if isinstance(wrt, sp.Indexed) and not free and all(i.is_Integer for i in wrt.indices):
        return D(write_out(m.f, {}), entry_symbol(wrt))  # \partial/\partial\mu_1: one declared entry (ids45)
    if (
        not isinstance(wrt, sp.Indexed)
        or len(wrt.indices) != 1
        or wrt.indices[0] not in free
        or wrt.indices[0] != free[-1]
    ):
        raise CatalogError("a derivative with respect to an entry needs that entry's index to be the last free index")
    j = wrt.indices[0]
    js = sorted({c[j] for c in combos})
    xs = sp.ImmutableMatrix([entry_symbol(wrt.func(wrt.base, v)) for v in js])
    outer = [c for c in combos if c[j] == js[0]]
    if len(free) == 1:
        return D(write_out(m.f, {}), xs)
    fs = sp.ImmutableMatrix([write_out(m.f, {k: v for k, v in c.items() if k != j}) for c in outer])
    return D(fs, xs)


def _at_text(at: Mapping[sp.Symbol, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in at.items())


CheckFn = Callable[..., list[StepResult]]


def check_sized(claim: SizedClaim, key: str, settings: Any, check: CheckFn, progress: Any = None) -> list[StepResult]:
    """Prove for every size where possible, then check (numerically, and symbolically where not proved) at each size.

    Sizes are checked in the order of ``claim.instances`` (ascending) and the first size with a
    FAILED step is the last one checked: a confirmed counterexample already settles the claim, and the larger sizes (the
    costly ones: an n x n matrix has n**2 entries) could only add more FAILED rows.
    """
    report = prove_sized(claim) if getattr(settings, "symbolic", True) else None
    skip = report.proved_steps if report is not None else frozenset()
    steps: list[StepResult] = []
    for at in (*claim.instances, *_witnesses(claim, skip)):
        size_items = {str(k): v for k, v in at.items()}
        concrete_claim = concrete(claim, at)
        kwargs = {"progress": progress} if progress is not None else {}
        found = check(concrete_claim, key, size_items, settings, skip_symbolic=skip, **kwargs)
        steps.extend(found)
        if any(s.verdict == Verdict.FAILED for s in found):
            break
    return annotate(steps, report, at_most_passed=True)


def _witnesses(claim: SizedClaim, proved: frozenset[int]) -> list[dict[sp.Symbol, int]]:
    """Sizes beyond ``claim.instances`` where an unproved step's closed-form difference is not 0
    (verifier.closedsums): checked last, as written, so a claim false only at an unsampled size is FAILED."""
    if not claim.instances:
        return []
    out: list[dict[sp.Symbol, int]] = []
    forms = [m for m in claim.members if isinstance(m, sp.Expr)]
    if len(forms) != len(claim.members):
        return []
    for index, (a, b) in enumerate(itertools.pairwise(forms), start=1):
        if index in proved:
            continue
        d, swap = closed_difference(a, b, set(claim.sizes))
        found = witness(d, swap) if d is not None and d != 0 else None
        if found:
            at = {s: found.get(s.name, v) for s, v in claim.instances[0].items()}
            if at not in claim.instances and at not in out:
                out.append(at)
    return out


# ----------------------------------------------------------------------------------------------
# One-off claims typed on the command line: verify check ... --size K --vector s:K --matrix A:n,n

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*$")


@dataclass(frozen=True)
class EntryDerivative:
    """d f / d base[j]: a derivative with respect to one entry of a declared vector or matrix."""

    f: sp.Expr
    wrt: sp.Indexed


def parse_block(spec: str) -> tuple[str, tuple[str, ...]]:
    """``s:K`` -> ("s", ("K",)); ``A:n,n`` -> ("A", ("n", "n")); a dimension is a size name or a number."""
    name, sep, dims = spec.partition(":")
    parts = tuple(d.strip() for d in dims.split(",")) if sep else ()
    if not _NAME.match(name.strip()) or not parts or len(parts) > 2:
        raise CatalogError(f"{spec!r}: write NAME:SIZE for a vector or NAME:ROWS,COLS for a matrix")
    for d in parts:
        if not (_NAME.match(d) or d.isdigit()) or d == "0":
            raise CatalogError(f"{spec!r}: a dimension is a size name (letters and digits) or a positive number")
    return name.strip(), parts


def claim_from_text(
    parsed: Sequence[sp.Expr],
    *,
    positive: set[str],
    integer: set[str],
    sizes: set[str],
    vectors: Sequence[str],
    matrices: Sequence[str],
    builtins: Mapping[str, Callable[[Any], Any]],
) -> SizedClaim | None:
    """A SizedClaim for parsed members that use declared sizes, vectors or matrices (else None).

    Indices run from 1, as written in course notes: ``s_k`` with ``--vector s:K`` is entry k of
    1..K, an index no sum binds is a free index over its vector's range, and ``\\sum_k`` without
    bounds runs over the range of the vector it indexes.
    """
    blocks_spec = [(*parse_block(v), 1) for v in vectors] + [(*parse_block(m), 2) for m in matrices]
    for name, dims, rank in blocks_spec:
        if len(dims) != rank:
            raise CatalogError(f"--{'vector' if rank == 1 else 'matrix'} {name}: expected {rank} dimension(s)")
    size_names = set(sizes) | {d for _, dims, _ in blocks_spec for d in dims if not d.isdigit()}
    if not size_names and not blocks_spec:
        return None
    size_syms = {n: size_symbol(n) for n in sorted(size_names)}
    table: dict[sp.Basic, sp.Basic] = {sp.Symbol(n): s for n, s in size_syms.items()}
    blocks: list[Block] = []
    bases: dict[str, tuple[sp.IndexedBase, tuple[sp.Expr, ...]]] = {}
    for name, dims, _ in blocks_spec:
        shape = tuple(sp.Integer(int(d)) if d.isdigit() else size_syms[d] for d in dims)
        base = sp.IndexedBase(name, real=True)
        bases[name] = (base, shape)
        blocks.append(Block(base, shape, Real(), 1))
    members: list[Any] = []
    for e in parsed:
        e = e.xreplace(table)
        e = _with_builtins(e, builtins)
        e = e.replace(lambda x: isinstance(x, sp.Indexed), lambda x: _entry_of(x, bases))
        members.append(e)
    members = [_implicit_bounds(m, bases) for m in members]
    free = _free_indices(members, bases)
    index_syms = {i for i, _, _ in free}
    bound = {k for m in members for s in sp.sympify(m).atoms(sp.Sum, sp.Product) for k, _, _ in s.limits}
    scalars: list[Variable] = []
    b = Builder()
    rename: dict[sp.Basic, sp.Basic] = {}
    labels = {base.label for base, _ in bases.values()}
    for sym in sorted({s for m in members for s in sp.sympify(m).free_symbols}, key=str):
        if not isinstance(sym, sp.Symbol) or sym in labels:
            continue
        if sym in size_syms.values() or sym in index_syms or sym in bound:
            continue
        if sym.name in {n for n, _, _ in blocks_spec}:
            raise CatalogError(f"{sym.name} is declared as a vector or matrix: use its entries, {sym.name}_k")
        if sym.name in positive:
            new = b.positive(sym.name)
        elif sym.name in integer:
            new = b.integer(sym.name)
        else:
            new = b.real(sym.name)
        rename[sym] = new
    scalars = list(b._variables)
    members = [_derivatives(m.xreplace(rename) if rename else m) for m in members]
    ints = tuple(size_syms.values())
    instances = default_instances(ints, _written_entries(members, bases), members=parsed)
    return SizedClaim(tuple(members), ints, tuple(blocks), tuple(scalars), tuple(free), instances)


def _written_entries(
    members: Sequence[Any], bases: Mapping[str, tuple[sp.IndexedBase, tuple[sp.Expr, ...]]]
) -> dict[sp.Symbol, tuple[int, int]]:
    """The least value of each size that every entry written at a number exists at (``x_2`` with ``--vector x:n``:
    n from 2, since the claim speaks of x_2; at n = 1 it was an error, ids45), as ``default_instances`` bounds."""
    least: dict[sp.Symbol, int] = {}
    shapes = dict(bases.values())
    for m in members:
        for e in (m.f, m.wrt) if isinstance(m, EntryDerivative | D) else (m,):
            for entry in sp.sympify(e).atoms(sp.Indexed):
                for index, dim in zip(entry.indices, shapes.get(entry.base, ()), strict=False):
                    if index.is_Integer and isinstance(dim, sp.Symbol):
                        least[dim] = max(least.get(dim, 1), int(index))
    return {size: (lo, 99) for size, lo in least.items() if lo > 1}


def _with_builtins(e: sp.Basic, builtins: Mapping[str, Callable[[Any], Any]]) -> sp.Basic:
    for f in sorted(e.atoms(AppliedUndef), key=str):
        fn = builtins.get(f.func.__name__.lower())
        if fn is None or len(f.args) != 1:
            raise CatalogError(f"unknown function {f.func.__name__}(…); known: {', '.join(sorted(builtins))}")
        e = e.xreplace({f: fn(f.args[0])})
    return e


def _entry_of(x: sp.Indexed, bases: Mapping[str, tuple[sp.IndexedBase, tuple[sp.Expr, ...]]]) -> sp.Indexed:
    name = str(x.base.label)
    if name not in bases:
        raise CatalogError(
            f"{x} is an entry of {name}, which is not declared (--vector {name}:K or --matrix {name}:m,n)"
        )
    base, shape = bases[name]
    if len(x.indices) != len(shape):
        raise CatalogError(f"{x}: {name} has {len(shape)} index(es)")
    return base[x.indices]


def _ranges_of(members: Sequence[Any], bases: Mapping[str, tuple[sp.IndexedBase, tuple[sp.Expr, ...]]]) -> dict:
    """index symbol -> its upper bound (the dimension it indexes), from every entry it appears in."""
    out: dict[sp.Symbol, sp.Expr] = {}
    for m in members:
        for x in sp.sympify(m).atoms(sp.Indexed):
            _, shape = bases[str(x.base.label)]
            for i, n in zip(x.indices, shape, strict=True):
                if isinstance(i, sp.Symbol):
                    if i in out and sp.expand(out[i] - n) != 0:
                        raise CatalogError(f"index {i} runs over two ranges, 1..{out[i]} and 1..{n}")
                    out[i] = n
    return out


def _implicit_bounds(m: sp.Basic, bases: Mapping[str, tuple[sp.IndexedBase, tuple[sp.Expr, ...]]]) -> sp.Basic:
    ranges = _ranges_of([m], bases)

    def fix(s: sp.Sum) -> sp.Sum:
        limits = []
        for k, lo, hi in s.limits:
            if str(lo) == f"{k}__lo" and str(hi) == f"{k}__hi":
                if k not in ranges:
                    raise CatalogError(f"the sum over {k} has no bounds and {k} indexes no declared vector")
                lo, hi = sp.S.One, ranges[k]
            limits.append((k, lo, hi))
        return sp.Sum(s.function, *limits)

    return m.replace(lambda x: isinstance(x, sp.Sum), fix) if m.has(sp.Sum) else m


def _free_indices(members: Sequence[sp.Basic], bases: Mapping[str, tuple[sp.IndexedBase, tuple[sp.Expr, ...]]]):
    """(index, 1, n) for every index no sum binds; the index of a derivative's entry comes last."""
    ranges = _ranges_of(members, bases)
    bound = {k for m in members for s in m.atoms(sp.Sum, sp.Product) for k, _, _ in s.limits}  # \prod_i x_i binds i
    wrt = {
        d.variables[0].indices[-1]
        for m in members
        for d in m.atoms(sp.Derivative)
        if isinstance(d.variables[0], sp.Indexed)
    }
    free = sorted((i for i in ranges if i not in bound or i in wrt), key=lambda i: (i in wrt, str(i)))
    return [(i, sp.S.One, ranges[i]) for i in free]


def _derivatives(m: sp.Basic) -> Any:
    if isinstance(m, sp.Derivative) and len(m.variables) == 1:
        v = m.variables[0]
        if isinstance(v, sp.Indexed):
            return EntryDerivative(m.expr, v)
        if isinstance(v, sp.Symbol):
            return D(m.expr, v)
    if m.has(sp.Derivative):
        raise CatalogError("a derivative must be a whole member (d/ds_j of an expression), not part of one")
    return m


def add_size_arguments(parser: Any) -> None:
    """The options of ``verify check`` for sizes, sums and vector/matrix claims."""
    parser.add_argument(
        "--size", action="append", default=[], metavar="NAMES", help="comma-separated sizes (positive integers, e.g. K)"
    )
    parser.add_argument(
        "--vector", action="append", default=[], metavar="NAME:SIZE", help="a vector of length SIZE, entries NAME_k"
    )
    parser.add_argument(
        "--matrix", action="append", default=[], metavar="NAME:ROWS,COLS", help="a matrix, entries NAME_{ij}"
    )


def result_proved_for(verdict: Verdict, steps: Sequence[StepResult]) -> str:
    """``proved_for`` of a one-off claim, from its own step records: the steps' common label where they
    share one (a whole-vector claim checked at n = 2, 3 says so), else the sizes the steps were checked at."""
    labels = {s.proved_for for s in steps}
    if verdict == Verdict.PROVED and len(labels) == 1 and "" not in labels:
        return labels.pop()
    instances: list[dict[str, int]] = []
    for s in steps:
        if s.sizes and dict(s.sizes) not in instances:
            instances.append(dict(s.sizes))
    return identity_proved_for(verdict, steps, instances)
