"""Verify one catalog entry: build it at each size, check every step, return an IdentityResult.

The engine never prints and never lets an exception from an entry escape: a malformed entry
becomes an ERROR record that says what and where. Only :class:`BudgetExceeded` (a
BaseException) passes through, so that the runner can report TIMEOUT with the stage.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import mpmath
import numpy as np
import sympy as sp
from sympy.utilities.iterables import iterable

from verifier.budget import BudgetExceeded, Deadline, soft_limit
from verifier.catalog import CatalogError, Claim, D, Entry, Variable, member_latex, member_text, shape_of
from verifier.checksettings import Settings, rng_for
from verifier.domains import Block, Positive, Real
from verifier.dyadic import binary_blind_spot
from verifier.results import IdentityResult, StepResult, Verdict, worst
from verifier.stepverdict import counterexample_at, plainest, point_text, step_verdict
from verifier.symbolic import SYMBOLIC, member_entries, prove_equal
from verifier.symmetricgradients import with_symmetric_reading
from verifier.tinygaps import agreeing_points, invisible_term
from verifier.walker import has_kinds

if TYPE_CHECKING:
    from verifier.numeric import Sample

# The numeric stage (flint, the NumPy and mpmath printers), the size-generic argument and
# SymEngine are imported where they are used: a run served from the cache needs none of them,
# and the CLI imports them once before forking workers (entryruns._warm_up), so no worker pays.


Progress = Callable[[str], None]


def _noop(stage: str) -> None:
    return None


def verify_entry(entry: Entry, settings: Settings = Settings(), progress: Progress = _noop) -> IdentityResult:
    """Check every step of ``entry`` at every declared size."""
    from verifier import sizes as sizes_module

    started = time.perf_counter()
    steps: list[StepResult] = []
    message = ""
    generic = sizes_module.prove_entry(entry) if settings.symbolic else None
    skip = generic.proved_steps if generic is not None else frozenset()
    for sizes in entry.instances():
        label = ", ".join(f"{k}={v}" for k, v in sizes.items())
        progress(f"build{f' ({label})' if label else ''}")
        try:
            claim = entry.build(sizes)
            _validate(claim)
        except BudgetExceeded:
            raise
        except (CatalogError, sp.ShapeError, sp.NonSquareMatrixError) as exc:
            message = f"{_where(sizes)}{exc}{_raised_at(exc, entry)}"  # the operands' shapes, and the line
            break
        except Exception as exc:  # noqa: BLE001 - any error in an author's builder is that entry's ERROR
            message = f"{_where(sizes)}building the entry raised {type(exc).__name__}: {exc}{_raised_at(exc, entry)}"
            break
        checked = check_claim(claim, entry.id, sizes, settings, progress, skip_symbolic=skip)
        # \nabla_S \log\det S = S^{-1} for a symmetric S: the gradient over symmetric matrices (symmetricgradients)
        checked = with_symmetric_reading(claim, checked, functools.partial(
            check_claim, key=entry.id, sizes=sizes, settings=settings, progress=progress))  # fmt: skip
        steps.extend(plainest(claim, s) for s in checked)
    steps = sizes_module.annotate(steps, generic)
    if message:
        verdict = Verdict.ERROR
    else:
        verdict = worst([s.verdict for s in steps])
        if not steps:
            message = "the entry has no steps to check"
    return IdentityResult(
        id=entry.id,
        title=entry.title,
        statement=entry.statement,
        verdict=verdict,
        steps=tuple(steps),
        source=entry.location,
        tags=entry.tags,
        seed=settings.seed,
        duration=time.perf_counter() - started,
        message=message,
        proved_for=sizes_module.identity_proved_for(verdict, steps, entry.instances()),
    )


def _raised_at(exc: BaseException, entry: Entry) -> str:
    """' (at file:line)' for the innermost frame of the exception inside the entry's own file."""
    import traceback
    from pathlib import Path

    line = 0
    for frame in traceback.extract_tb(exc.__traceback__):
        if entry.file and Path(frame.filename) == Path(entry.file):
            line = frame.lineno or 0
    return f" (at {Path(entry.file).name}:{line})" if line else ""


def _where(sizes: dict[str, int]) -> str:
    return f"at {', '.join(f'{k}={v}' for k, v in sizes.items())}: " if sizes else ""


def _validate(claim: Claim) -> None:
    """Undeclared symbols, floats and shape mismatches are errors in the entry, named precisely."""
    declared = {s for v in claim.variables for s in v.symbols}
    for index, a, b in claim.steps:
        sa, sb = shape_of(a), shape_of(b)
        if sa != sb:
            raise CatalogError(
                f"shape mismatch in step {index}: left side is {_shape_text(sa)}, right side is {_shape_text(sb)}"
            )
    for pos, m in enumerate(claim.members):
        free = _free_symbols(m)
        unknown = sorted(str(s) for s in free - declared)
        if unknown:
            raise CatalogError(f"undeclared symbol {', '.join(unknown)} in member {pos + 1} ({member_text(m)[:80]})")
        if _has_float(m):
            raise CatalogError(
                f"member {pos + 1} contains a floating-point constant; write exact numbers (sp.Rational(1, 2))"
            )


def _shape_text(shape: tuple[int, ...]) -> str:
    return "a scalar" if shape == () else "x".join(map(str, shape))


def _parts(m: object) -> list[sp.Basic]:
    if isinstance(m, D):
        return [*_parts(m.f), *_parts(m.wrt)]
    if isinstance(m, sp.MatrixBase):
        return [sp.sympify(e) for e in m]
    return [sp.sympify(m)]


_PLAIN = (sp.Add, sp.Mul, sp.Pow, sp.exp, sp.log)  # free symbols: the union of the arguments'


def _free_symbols(m: object) -> set[sp.Symbol]:
    """SymPy's ``free_symbols`` of every part, memoised over the shared sub-trees of a member.

    SymPy recomputes it for each occurrence of a sub-tree (a softmax's sum, K**2 times); nodes
    that bind names (sums, integrals, ...) and anything unusual keep SymPy's own answer.
    """
    memo: dict[sp.Basic, frozenset[sp.Symbol]] = {}

    def free(e: sp.Basic) -> frozenset[sp.Symbol]:
        hit = memo.get(e)
        if hit is None:
            if type(e) in _PLAIN or isinstance(e, _PLAIN):
                hit = frozenset().union(*(free(a) for a in e.args))
            else:
                hit = frozenset(e.free_symbols)
            memo[e] = hit
        return hit

    out: set[sp.Symbol] = set()
    for p in _parts(m):
        out |= free(p)
    return out


def _has_float(m: object) -> bool:
    seen: set[sp.Basic] = set()
    stack = _parts(m)
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        if isinstance(node, sp.Float):
            return True
        seen.add(node)
        stack.extend(node.args)
    return False


def check_claim(
    claim: Claim,
    key: str,
    sizes: dict[str, int],
    settings: Settings,
    progress: Progress = _noop,
    skip_symbolic: frozenset[int] = frozenset(),
    *,
    render: bool = True,
    holds_only: frozenset[int] = frozenset(),
) -> list[StepResult]:
    """Check each link of the chain; members are evaluated once and shared between links.

    ``skip_symbolic``: steps already proved for every size (:mod:`verifier.sizes`) get only the
    numeric witness here. A claim whose sums run up to an integer variable is checked size by size.
    ``render=False``: the members are not rendered (``lhs``/``rhs`` stay empty): a caller that shows
    its own text, as ``verify doc`` shows the notes' LaTeX, saves the printing (a fifth of its time).
    ``holds_only``: steps whose caller only asks whether they hold (a document step re-checked under
    another reading): once the numeric stage refutes one, its symbolic stage is not tried — it could
    only turn that FAILED into an ERROR, and neither holds.
    """
    from verifier import sizes as sizes_module
    from verifier.agreement import sharpened
    from verifier.fastpath import FastPath
    from verifier.numeric import NumericMember, compare, draw
    from verifier.samecomparison import remembered_comparison

    sized = sizes_module.from_claim(claim)
    if sized is not None:
        return sizes_module.check_sized(sized, key, settings, functools.partial(check_claim, render=render), progress)
    size_items = tuple(sizes.items())
    rng = rng_for(settings.seed, key + "|" + repr(size_items))
    symbols = [s for v in claim.variables for s in v.symbols]
    sample = draw(claim.variables, rng, settings.points)
    constraints = {s: e for v in claim.variables for s, e in v.constraint}
    bounds = {s: (v.domain.lo, v.domain.hi, v.domain.exclude)
              for v in claim.variables if isinstance(v.domain, Real) for s in v.symbols}  # fmt: skip
    admissible = _admissible(claim.variables)
    # The symbolic budget starts with the claim's first symbolic attempt: the numeric stage runs
    # first, and at K = 64 its ball arithmetic alone took the whole budget (PASSED, never tried).
    deadline = Deadline(float("inf"))
    symbolic_started = False
    numeric: dict[int, NumericMember] = {}
    floats: dict[int, np.ndarray] = {}
    entries: dict[int, list[sp.Expr] | None] = {}
    results: list[StepResult] = []
    fast = FastPath(claim.members, constraints)

    def numeric_member(i: int) -> tuple[NumericMember, np.ndarray]:
        if i not in numeric:
            # A member equal to one already evaluated (SymPy's evaluation often makes a step's two
            # sides the same tree: a fifth of the catalog's members) shares its evaluation: the
            # same tree at the same points gives the very same floats and balls, so each point is
            # still judged, on the values a second evaluation would have computed again.
            twin = next((j for j in numeric if same_member(claim.members[j], claim.members[i])), None)
            if twin is not None:
                numeric[i], floats[i] = numeric[twin], floats[twin]
            else:
                numeric[i] = NumericMember(claim.members[i], symbols)
                floats[i] = numeric[i].floats(sample)
        return numeric[i], floats[i]

    def symbolic_entries(i: int) -> list[sp.Expr] | None:
        if i not in entries:
            entries[i] = None
            if not deadline.expired():
                try:
                    entries[i] = member_entries(claim.members[i])
                except BudgetExceeded as exc:
                    if not exc.stage.startswith(SYMBOLIC):  # an enclosing budget ran out: not ours to swallow
                        raise
                    entries[i] = None
        return entries[i]

    texts_cache: dict[tuple[int, bool], tuple[str, str]] = {}
    names: dict[sp.Symbol, str] | None = None  # the entries' LaTeX names, made for the first member rendered

    def texts_of(i: int, full: bool) -> tuple[str, str]:
        """Rendered member; a large member of a step that holds is only summarised (printing is slow)."""
        nonlocal names
        m = claim.members[i]
        full = full or not _large(m)
        if (i, full) not in texts_cache:
            if full:
                names = claim.latex_names if names is None else names
                texts_cache[i, full] = (member_text(m), member_latex(m, names))
            else:
                shape = shape_of(m)
                label = f"{'x'.join(map(str, shape))} matrix" if shape else "expression"
                texts_cache[i, full] = (f"({label}, not shown)", rf"\text{{({label}, not shown)}}")
        return texts_cache[i, full]

    def with_texts(step: StepResult) -> StepResult:
        if not render or (step.verdict.ok and not settings.member_texts):
            return step
        (lt, ll), (rt, rl) = texts_of(step.index - 1, not step.verdict.ok), texts_of(step.index, not step.verdict.ok)
        return replace(step, lhs=lt, rhs=rt, lhs_latex=ll, rhs_latex=rl)

    for index, _a, _b in claim.steps:
        t0 = time.perf_counter()
        where = f"step {index}{f' ({_where(sizes)[3:-2]})' if sizes else ''}"
        texts = dict(lhs="", rhs="", lhs_latex="", rhs_latex="")  # filled in by with_texts
        try:
            # Numeric stage first, always: it decides FAILED, and it bounds the symbolic work.
            progress(f"numeric: {where}")
            na, fa = numeric_member(index - 1)
            nb, fb = numeric_member(index)
            # x^{1/3} read as the real odd root: where the other side is not real the two readings part, and
            # only there; the sides are compared where both are real (verifier.oddroots)
            from verifier.oddroots import reads_odd_root  # (not for a cached run)

            real_only = reads_odd_root(claim.members[index - 1]) or reads_odd_root(claim.members[index])
            cmp = remembered_comparison(  # the same comparison met again: its result (verifier.samecomparison)
                claim.members[index - 1], claim.members[index], symbols, sample, real_only,
                lambda: compare(na, nb, fa, fb, sample, real_only=real_only),  # noqa: B023 - called at once
            )
            # Symbolic stage (soft budget; running out is not an error, only no proof). On a
            # refuted step only the cheap stages run, to catch a symbolic "zero" contradiction.
            proof_method = ""
            proved = False
            refuted = ""  # where the symbolic stage saw the sides differ though no sample did (cases)
            if index in holds_only and cmp.counterexample is not None:
                results.append(with_texts(step_verdict(index, texts, size_items, proved, proof_method, cmp, claim,
                                                        sample, key, settings, t0)))  # fmt: skip
                continue
            if settings.symbolic and index not in skip_symbolic and not symbolic_started:
                deadline, symbolic_started = Deadline(settings.symbolic_budget), True
            if settings.symbolic and index not in skip_symbolic and not deadline.expired():
                progress(f"symbolic: {where}")
                try:
                    # SymEngine first (proves or abstains), then SymPy's cascade from the start.
                    with soft_limit(deadline.remaining(), "symbolic: SymEngine"):
                        proof_method = fast.prove(index - 1, index)
                    proved = bool(proof_method)
                    if not proved:
                        la, lb = symbolic_entries(index - 1), symbolic_entries(index)
                        if la is not None and lb is not None:
                            outcome = prove_equal(
                                la, lb, constraints, deadline, thorough=cmp.counterexample is None, bounds=bounds,
                                admissible=admissible, points=agreeing_points(sample, na, nb, fa, fb),
                            )
                            proved, proof_method, refuted = outcome.proved, outcome.method, outcome.refuted
                        else:
                            proof_method = "symbolic budget exhausted while differentiating"
                except BudgetExceeded as exc:
                    if not exc.stage.startswith(SYMBOLIC):  # an enclosing budget (the row reading's): raised on
                        raise
                    proof_method = f"symbolic budget exhausted ({exc.stage})"
                except OverflowError:  # e^{e^{e^{e^{10}}}}: mpmath's mantissa shift, asked by simplify (redteam38)
                    proof_method = "a value too large to simplify (overflow)"
            elif settings.symbolic and index not in skip_symbolic:
                proof_method = "symbolic budget exhausted"
            if not proved and index not in skip_symbolic:  # green on the numbers alone: 1024-bit balls first
                cmp = sharpened(na, nb, sample, cmp)
        except BudgetExceeded:
            raise
        except CatalogError as exc:
            results.append(with_texts(_error_step(index, texts, size_items, f"{where}: {exc}", t0)))
            continue
        except MemoryError:  # a step built too large to check (a stated size): no verdict, said so, never an ERROR
            message = (f"{where}: too large to check at these sizes ({_sizes_text(size_items) or 'the stated sizes'}): "
                       "the check ran out of memory")
            results.append(with_texts(_error_step(index, texts, size_items, message, t0).skipped("")))
            continue
        except Exception as exc:  # noqa: BLE001 - reported as this step's ERROR; the other steps still run
            message = f"{where}: checking raised {type(exc).__name__}: {exc}"
            results.append(with_texts(_error_step(index, texts, size_items, message, t0)))
            continue
        step = step_verdict(index, texts, size_items, proved, proof_method, cmp, claim, sample, key, settings, t0)
        if step.verdict.ok:  # a green step: also where its non-smooth pieces change branch (verifier.kinks)
            step = _at_kinks(step, claim, index, sample, admissible, key, settings)
        # a green step only: cases with no branch at some points, or a point they single out that differs
        if step.verdict.ok and (why := _uncovered(claim, index, fa, fb, sample) or refuted):
            step = replace(step, verdict=Verdict.SKIPPED, message=why)
        elif step.verdict is Verdict.PASSED and (why := binary_blind_spot(_parts_of(claim, index))):
            step = replace(step, verdict=Verdict.SKIPPED, message=why)  # sin(2^{300}πx): verifier.dyadic
        elif step.verdict is Verdict.PASSED and (point := _unexamined_point(claim, index)):
            # the proof by cases never ran (budget cut short, no symbolic stage): the numbers alone say
            # nothing at a point the cases single out, and whether it ran must not depend on the load
            step = replace(step, verdict=Verdict.SKIPPED, message=(
                f"the cases single out {point}, a point no random sample reaches, and no symbolic argument "
                f"looked at it ({proof_method or 'no symbolic stage'}); elsewhere the step holds numerically"))
        elif step.verdict is Verdict.PASSED and (point := _beyond_samples(claim, index, sample, bounds)):
            # a side changes formula where no sample reaches and no symbolic argument decided (lead55: the
            # cases cut short by the budget made \max(x, -10^7\sqrt 2) = x PASSED under load)
            step = replace(step, verdict=Verdict.SKIPPED, message=(
                f"the sides may change formula at {point}, beyond every sample, and no symbolic argument decided "
                f"the step there ({proof_method or 'no symbolic stage'}); where sampled it holds numerically"))
        elif step.verdict is Verdict.PASSED and (why := _on_boundaries(claim, index, sample)):
            # a derivative wrong only where a condition of its cases turns: Huber's |r| = δ (wrong68, green70)
            step = replace(step, verdict=Verdict.SKIPPED, message=(
                f"{why}; no random sample reaches that set and no symbolic argument decided the step "
                f"({proof_method or 'no symbolic stage'}); elsewhere it holds numerically"))
        elif step.verdict is Verdict.PASSED and (why := invisible_term(_compared(claim, index), sample)):
            # logsumexp's shift by c in (10^5, 10^6) off by e^{-c}: no sample resolves it (wrong68)
            step = replace(step, verdict=Verdict.SKIPPED, message=(
                f"{why}, and no symbolic argument decided the step ({proof_method or 'no symbolic stage'})"))
        results.append(with_texts(step))
    return results


def _at_kinks(step: StepResult, claim: Claim, index: int, sample: Sample,
              admissible: Callable[[Mapping[sp.Symbol, sp.Expr]], bool] | None, key: str,
              settings: Settings) -> StepResult:  # fmt: skip
    """``step`` FAILED where its sides differ at a point on a breakpoint (``sign(x)^2 = 1`` at x = 0), which
    no random sample reaches; SKIPPED where those points could not be looked at in the time allowed."""
    from verifier.kinks import KINK_BUDGET, refute_at_kinks

    def point(j: int) -> dict[sp.Symbol, float]:
        return dict(zip(sample.symbols, sample.point(j), strict=True))

    try:
        with soft_limit(KINK_BUDGET, "breakpoints"):
            found = refute_at_kinks(claim, index, point, min(sample.n, 3), admissible)
    except BudgetExceeded as exc:
        if exc.stage != "breakpoints":  # an enclosing budget ran out: its to handle, not a SKIPPED of this step
            raise
        if step.verdict is Verdict.PROVED:
            return step
        return replace(step, verdict=Verdict.SKIPPED, message=(
            "the points where its non-smooth pieces change branch could not be evaluated in time; elsewhere the "
            "step holds numerically"))  # fmt: skip
    if found is None:
        return step
    floats = {s: float(v) for s, v in found.point.items()}
    left, right = mpmath.mpf(str(found.left)), mpmath.mpf(str(found.right))
    cx = counterexample_at(claim, floats, left, right, found.entry, key, settings)
    method = f"{step.method}; breakpoints: the sides differ at {found.where()}, {found.how()}"
    return replace(step, verdict=Verdict.FAILED, counterexample=cx, method=method, message=(
        f"the sides differ at {found.where()}, where a non-smooth piece changes branch (a point no random "
        "sample reaches)"))  # fmt: skip


def _admissible(variables: Sequence[Variable]) -> Callable[[Mapping[sp.Symbol, sp.Expr]], bool] | None:
    """Whether a point (exact numbers for some symbols) is a value of the blocks whose entries are tied (a
    probability or one-hot vector, a stochastic matrix: their entries' assumptions are wider than the block):
    whether the entries the point gives can be completed to one; None where there is no such block."""
    tied = [v for v in variables if v.constraint and isinstance(v.domain, Block)]
    if not tied:
        return None

    def admits(point: Mapping[sp.Symbol, sp.Expr]) -> bool:
        for v in tied:
            for last, rest in v.constraint:  # a group summing to 1: ``last`` is 1 minus the others
                group = [*sorted(rest.free_symbols, key=str), last]
                if not point.keys() & set(group):
                    continue
                values = [point[s] for s in group[:-1] if s in point]
                free = len(group) - 1 - len(values)
                if free == 0:
                    values.append(sp.sympify(rest).xreplace(dict(point)))
                else:
                    free += 1  # the eliminated entry, 1 minus the others, is left to choose as well
                if not all(x.is_number for x in values) or not v.domain.admits(values, free):  # type: ignore[union-attr]
                    return False
        return True

    return admits


def _partial_cases(member: object) -> bool:
    """Whether ``member`` holds a piecewise function with no branch for "otherwise".

    The nodes ``sp.preorder_traversal`` meets, each distinct node object once (a tree walk visits a
    shared sub-tree at every occurrence: a derivative member repeats its inner arguments in every
    factor of the chain rule); the answer is whether any of them is such a Piecewise, so the order and
    the repeats do not matter. Every node is kept while the walk lasts, so its id is not reused."""
    walked: dict[int, object] = {}
    todo: list[object] = list(_parts(member))
    while todo:
        node = todo.pop()
        if id(node) in walked:
            continue
        walked[id(node)] = node
        if isinstance(node, sp.Basic):
            if isinstance(node, sp.Piecewise) and not any(c is sp.true for _, c in node.args):
                return True
            todo.extend(node.args)
        elif iterable(node):
            todo.extend(node)
    return False


def _on_boundaries(claim: Claim, index: int, sample: Sample) -> str:
    """verifier.boundaryprobe's finding for a PASSED step with a derivative and a condition that is a relation
    (verifier.kinks looks at the others), within :data:`verifier.boundaryprobe.BUDGET` seconds of CPU; "" where
    there is none or the time ran out (the step keeps its PASSED)."""
    members = (claim.members[index - 1], claim.members[index])
    if not any(isinstance(m, D) for m in members) or not sample.n:
        return ""
    if not has_kinds(_parts_of(claim, index), (sp.Piecewise,)):  # cases or indicators: the probe's only matter
        return ""
    from verifier.boundaryprobe import BUDGET, boundary_difference

    points = [dict(zip(sample.symbols, sample.point(j), strict=True)) for j in range(min(sample.n, 3))]
    try:  # CPU time only (a wide wall-clock allowance): whether the boundaries were looked at must not hang on the load
        with soft_limit(BUDGET, "boundaries", wall_factor=30.0):
            return boundary_difference(members, points)
    except BudgetExceeded as exc:
        if exc.stage != "boundaries":  # an enclosing budget ran out: its to handle
            raise
        return ""


def _compared(claim: Claim, index: int) -> list[tuple[sp.Expr, sp.Expr]]:
    """The pairs of entries a step compares, where both members are written out (no derivative to take)."""
    a, b = claim.members[index - 1], claim.members[index]
    if isinstance(a, D) or isinstance(b, D):
        return []
    if isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase) and a.shape == b.shape:
        return list(zip(a, b, strict=True))
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return []
    return [(sp.sympify(a), sp.sympify(b))]


def _parts_of(claim: Claim, index: int) -> list[object]:
    """The expressions of a step's two members (a derivative's function and variable, a matrix's entries)."""
    return [p for m in (claim.members[index - 1], claim.members[index]) for p in _parts(m)]


def _unexamined_point(claim: Claim, index: int) -> str:
    r"""The point a member written by cases singles out (``1 & x = 0``: a condition that is an equation); "" where
    there is none. Where the step has a derivative, a Heaviside or a sign, their value at a kink is a convention (as
    :func:`verifier.cases._differs_at` has it), so such a point counts only where it is a single value of one symbol
    on no breakpoint of theirs (redcat67: ``\frac{d}{dx}|x^3 - x|`` written with a row ``0 & x = 2`` was PASSED)."""
    members = (claim.members[index - 1], claim.members[index])
    parts = [p for m in members for p in _parts(m) if isinstance(p, sp.Basic)]
    # Whether the step is conventional, and its kinks, are asked at the first row that singles out a point, not
    # before (cold69): most green steps have no such row, and the kinks' ``atoms`` walk every occurrence of a
    # shared sub-tree (a network's gradient: 2-3 % of `verify all`'s workers). The same answers where they are used.
    @functools.cache
    def convention() -> tuple[bool, list[sp.Expr]]:
        kinds = (sp.Derivative, sp.Heaviside, sp.sign)
        conventional = any(isinstance(m, D) for m in members) or has_kinds(parts, kinds)
        return conventional, _convention_sets(members, parts) if conventional else []

    for part in parts:  # a member written by cases, not an indicator inside a sum (1_{[y_i = 1]})
        if isinstance(part, sp.Piecewise):
            for _, cond in part.args:
                eq = next((r for r in sp.preorder_traversal(cond) if isinstance(r, (sp.Eq, sp.Ne))), None)
                if eq is None:
                    continue
                conventional, kinks = convention()
                # x \ne 2 (SymPy folds the last row's x = 2 into True) singles out one value of one symbol only
                if ((isinstance(eq, sp.Eq) and not conventional) or _off_every_kink(eq, kinks)) \
                        and not _removable(eq, members):
                    return f"{eq.lhs} = {eq.rhs}"
    return ""


_UNDEFINED = (type(sp.nan), type(sp.zoo), type(sp.oo), type(-sp.oo))


def _undefined(v: sp.Basic) -> bool:
    """Does ``v`` hold 0/0 or an infinity (each shared sub-tree looked at once: cold58's deeply shared members)?"""
    return has_kinds([v], _UNDEFINED)


def _removable(eq: sp.Eq | sp.Ne, members: Sequence[object]) -> bool:
    r"""Is the point ``eq`` singles out one where a member is undefined (0/0) and every member tends to the same
    value: ``\int_0^\Delta e^{cs}\,ds = \frac{e^{c\Delta} - 1}{c}``, the integral written by cases at c = 0, where
    the right side is the limit of what it is elsewhere — no point of the claim that the numbers could miss (fresh49's
    step, SKIPPED after redcat67 read a ``Ne`` row). Anything SymPy cannot settle is not removable."""
    if not all(isinstance(m, sp.Expr) for m in members):
        return False
    try:
        if (point := _single_point(eq)) is None:
            return False
        s, at = point
        there = [m.subs(s, at) for m in members]  # type: ignore[attr-defined]
        if not any(_undefined(v) for v in there):
            return False
        # a member defined there is taken at its value (5 & x = 0 against sin x / x: 5, not the limit 1)
        values = [sp.limit(m, s, at) if _undefined(v) else v for m, v in zip(members, there, strict=True)]
        return not any(_undefined(v) for v in values) and sp.simplify(values[0] - values[1]) == 0
    except (NotImplementedError, ValueError, TypeError, sp.PolynomialError):
        return False


def _convention_sets(members: Sequence[object], parts: Sequence[sp.Basic]) -> list[sp.Expr]:
    """Where a step's derivative or sign takes a conventional value: the breakpoints of each function it
    differentiates and the arguments of its signs and Heavisides."""
    from verifier.breakpoints import zero_sets_of

    differentiated = [sp.sympify(m.f) for m in members if isinstance(m, D)]
    differentiated += [d.expr for p in parts for d in p.atoms(sp.Derivative)]
    steps = [n.args[0] for p in parts for n in p.atoms(sp.Heaviside, sp.sign)]
    return [*zero_sets_of(differentiated), *steps]


def _off_every_kink(eq: sp.Eq | sp.Ne, kinks: Sequence[sp.Expr]) -> bool:
    """Does ``eq`` (or ``Ne``) single out one number of one symbol, where every one of ``kinks`` is a number other
    than 0?"""
    if (point := _single_point(eq)) is None:
        return False
    s, at = point
    values = [z.subs(s, at) for z in kinks]
    return all(v.is_number and v.is_zero is False for v in values)


def _single_point(eq: sp.Eq | sp.Ne) -> tuple[sp.Symbol, sp.Expr] | None:
    """The one symbol of ``eq`` and the one number it singles out (a polynomial equation with a single root), or
    None."""
    symbols = eq.free_symbols
    if len(symbols) != 1:
        return None
    (s,) = symbols
    at = sp.solve(eq.lhs - eq.rhs, s) if (eq.lhs - eq.rhs).is_polynomial(s) else []
    return (s, at[0]) if len(at) == 1 and at[0].is_number else None


def _beyond_samples(claim: Claim, index: int, sample: Sample, bounds: Mapping[sp.Symbol, Any]) -> str:
    """A breakpoint of the step's sides beyond every sample of its symbol (verifier.breakpoints.unsampled_breakpoint),
    asked of a PASSED step written with Max, Min, an absolute value, a sign or cases, the next step of a floor
    or a ceiling there (verifier.roundingsteps: ``\\lfloor x/5000 \\rfloor`` of a positive x sampled to 10³), or the
    edge of an inverse trigonometric function's branch (verifier.breakpoints.branch_edges: arcsin(sin(x/1000)) at
    500π)."""
    from verifier.breakpoints import branch_edges, has_piecewise, unsampled_breakpoint, unsampled_root
    from verifier.roundingsteps import rounding_levels

    parts = [p for m in (claim.members[index - 1], claim.members[index]) for p in _parts(m) if isinstance(p, sp.Basic)]
    rounded = has_kinds(parts, (sp.floor, sp.ceiling))
    edges = branch_edges(parts)  # an inverse trigonometric function's branch (arcsin(sin(x/1000)) at x = 500π)
    if not (rounded or edges or has_piecewise(parts)) or not sample.n:
        return ""
    # a symbol of a real domain only (bounds), or a positive one (declared x > 0, sampled over 10⁻³ … 10³): a
    # simplex's or a one-hot's coordinates are sampled over all of theirs
    positive = {s for v in claim.variables if isinstance(v.domain, Positive) for s in v.symbols}
    rows = zip(sample.symbols, sample.values, strict=True)
    sampled = {s: (float(np.nanmin(row)), float(np.nanmax(row))) for s, row in rows if s in bounds or s in positive}
    found = unsampled_breakpoint(parts, sampled, bounds)
    if not found and rounded:
        found = unsampled_root(rounding_levels(parts, sampled), sampled, bounds)
    if not found and edges:
        found = unsampled_root(edges, sampled, bounds)
    return found


def _uncovered(claim: Claim, index: int, fa: np.ndarray, fb: np.ndarray, sample: Sample) -> str:
    r"""Why a step that holds where both sides have values is no proof: one side is defined by cases that
    leave part of the domain uncovered (a dropped branch, a boundary that leaves a gap), so it has no
    value at sample points where the other side has one. SymPy's ``simplify`` drops such a region
    (``Piecewise((0, x > 0))`` is 0 to it) and the numeric stage counts its points as not finite, so
    the step was PROVED or PASSED. A single point left out (a kink) is met by no sample: no gap."""
    sides = (("left", claim.members[index - 1], fa, fb), ("right", claim.members[index], fb, fa))
    for side, member, mine, other in sides:
        # values are (entries, points): a point is missing if any entry is. Looked at before the member's
        # tree is searched for cases (a walk of every node, at every green step): where no point is
        # missing there is no gap whatever the cases are
        missing = ~np.isfinite(mine).reshape(-1, mine.shape[-1]).all(axis=0)
        present = np.isfinite(other).reshape(-1, other.shape[-1]).all(axis=0)
        where = np.flatnonzero(missing & present)
        if where.size and _partial_cases(member):
            point = dict(zip(sample.symbols, sample.point(int(where[0])), strict=True))
            at = ", ".join(f"{name}={value}" for name, value in point_text(claim.variables, point))
            return (f"the cases of the {side} member leave part of the domain uncovered (no branch applies at {at}, "
                    "where the other side has a value); where a branch applies the step holds")
    return ""


MAX_SHOWN_NODES = 300


def _hash_or_none(x: object) -> int | None:
    """``hash(x)``, or None for what has none (a mutable Matrix; user code may build anything)."""
    try:
        return hash(x)
    except Exception:  # noqa: BLE001 - no hash: the caller compares with == instead
        return None


def same_member(a: object, b: object) -> bool:
    """The same expression, structurally (SymPy's ``==``: ``2.0*x`` is not ``2*x``), of the same type.

    Only then do two members evaluate to the same numbers everywhere; an object whose ``==``
    raises or is not a truth value (user code may build anything) is never taken as the same.
    """
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    ha, hb = _hash_or_none(a), _hash_or_none(b)
    if ha is not None and hb is not None and ha != hb:  # SymPy caches hashes: unequal trees part at once
        return False
    try:
        return (a == b) is True
    except Exception:  # noqa: BLE001 - a member whose comparison fails is evaluated on its own
        return False


def _large(member: object) -> bool:
    count = 0
    for part in _parts(member):
        for _ in sp.preorder_traversal(part):
            count += 1
            if count > MAX_SHOWN_NODES:
                return True
    return False


def _sizes_text(sizes: tuple) -> str:
    """``n=3, m=2``: the sizes a step was checked at, as a reason shows them."""
    return ", ".join(f"{k}={v}" for k, v in sizes)


def _error_step(index: int, texts: dict[str, str], sizes: tuple, message: str, t0: float) -> StepResult:
    return StepResult(
        index=index,
        verdict=Verdict.ERROR,
        sizes=sizes,
        message=message,
        duration=time.perf_counter() - t0,
        **texts,
    )
