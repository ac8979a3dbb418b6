r"""A size the notes leave open, checked numerically at one other size too.

The checker gives a size the notes leave symbolic (``A \in \mathbb{R}^{n \times n}``, ``x \in \mathbb{R}^n``, or
one it infers for an unannotated matrix) one value, 3 first (:data:`verifier.documents.infer.FIRST_SIZES`), and
proves each step there. That proves nothing about the other sizes the notes claim the step for: Newton's identity
e₄ = 0 written with traces (``\operatorname{tr}(A)^4 - 6\operatorname{tr}(A)^2\operatorname{tr}(A^2) + … = 0``) is
24 e₄ of the eigenvalues, 0 for every matrix of side at most 3; so are the same power sums of x ∈ ℝⁿ and a
3×3 Cayley–Hamilton identity written for n×n (redteam29 found them PROVED).

This module owns the second look (sizes35's design, made cheap enough to run on every chain by sizes36):

* **Which steps**: only a step PROVED at every instance of the first sizes (:meth:`Others.eligible`): a step
  that is not green there is not green anyway, and one green by its numbers only (PASSED: a worked value, a
  vector the notes write out in boxes) may be about those sizes. In a chain's own check; and in a re-check of
  some of its steps under another reading (``steps._Checker.only``) for a step the first re-check that proves
  it at the first sizes (a step the literal reading fails and a reading rescues: "A symmetric, as the notes
  say" made ``\nabla_x x^\top A x + 24 e_4(A) x = 2Ax`` PROVED at n = 3 only), and for one refuted at the
  other size before (:data:`REFUTED`: a reading must not rescue a step from a refutation it does not look at)
  (:func:`rechecked`). Every re-check looking there cost as much again as the chains' own other sizes (a
  corpus CPU +9 %, measured side by side by sizes36); a step a later re-check proves says it was checked at
  the first sizes only (:data:`CUT`).
* **Which size**: one instance (:func:`other_sizes`) where each open size the chain uses moves past its first
  value: a lone size to the next of the other parity past 3 (3 → 4: a claim true for n ≤ 3 and a parity both
  fail there); several keep the order and equalities of the first instance; every moved size avoids the other
  sizes and the numbers the scope's shapes write, so that no shapes agree by accident; none past
  :data:`LARGEST`, and a chain with more than :data:`MOST_MOVED` open sizes is not moved.
* **How**: numerically only (:meth:`Others.engine`: no symbolic stage, :data:`NUMERIC_POINTS` points; a false
  identity fails almost everywhere), at the first index assignment only.
* **What it costs**: a document's other-size instances share :data:`DOCUMENT_SECONDS` CPU seconds
  (:class:`Allowance`; CPU time with a wide wall-clock cap, :data:`WALL_FACTOR`, so that what is checked does
  not change with the load). One begun when they are spent is not begun; one that outlasts them is cut short. A step
  whose look was cut keeps its verdict, and its method says "checked at n=3; at those sizes only (the other
  sizes' budget ran out, …)": never a FAILED that depends on the budget without a counterexample.

What the instance decides (:func:`apart`): a step refuted there by the engine (a counterexample) is FAILED with
that size (the notes say n is any size; the claim is false for it); anything else it gives (a shape or a value
the resolver refuses at that size, a time-out, a FAILED without a counterexample) is left out. A step that holds
keeps its verdict, and its method says where it was checked numerically ("checked numerically at n = 4").

A size is open when the checker chose it (a key of ``scope.inferred``, or a size of an unannotated matrix, named
``n3_inferred``); not when the notes fix it: a length written out (a vector of three entries), a size a context
declares (``n in {2, 3}``: the author's to choose), or one the prose sets for the chain (``for $n = 3$ we get``:
:mod:`verifier.documents.statedsizes` marks those with :data:`SET_BY_NOTES`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import sympy as sp

from verifier.budget import BudgetExceeded, Deadline, soft_limit
from verifier.documents.claimdegree import degree_of
from verifier.documents.context import Key, Scope, Size, VarDecl, display_key, is_invented_size
from verifier.engine import Progress, Settings
from verifier.results import Verdict

__all__ = ["LOOKED", "NUMERIC_POINTS", "REFUTED", "SET_BY_NOTES", "Allowance", "Others", "apart", "other_sizes",
           "rechecked", "refuted_past", "scalar_valued", "set_by_notes"]

FIRST_OTHER = 4  # the other size starts past the 2 and 3 of the first instances
LARGEST = 7  # no other size past this (the instance builds symbolic matrices of that side)
MOST_MOVED = 2  # a chain with more open sizes is not moved (three sizes past 4 built 8×4×9 products)
NUMERIC_POINTS = 6  # sample points per step at the other size (a false identity fails almost everywhere)
DOCUMENT_SECONDS = 1.0  # CPU seconds a document's other-size instances take together (4 s added 4 s to each of
# the corpus's two largest notes, about 10 % of its time with the context files)
WALL_FACTOR = 30.0  # the allowance's wall-clock cap, as a multiple of its CPU seconds: wide, so that what the
# other size checks does not depend on the load (a machine ten times busier stretches the wall clock ten-fold;
# budget.WALL_FACTOR's 3 cut a refutation at the other size under load), and still an end for a block that waits
STAGE = "other sizes"
SET_BY_NOTES = "sizes the notes set"  # a scope convention: the names statedsizes fixed, comma-separated
CUT = "the other sizes' budget ran out, or the reading's re-check does not look past them"
_WRITTEN_OUT = "(the length the notes write out)"  # infer's note of a size fixed by a written-out vector
_ALLOWANCE = "_other_sizes"  # the document's attribute holding its Allowance
REFUTED = "_refuted_past"  # the document's attribute: the (chain line, step index) refuted at the other size
LOOKED = "_looked_past"  # the document's attribute: the (chain line, step index) a re-check looked at there


def set_by_notes(scope: Scope) -> frozenset[str]:
    """The size names the notes set for ``scope``'s step (:data:`SET_BY_NOTES`, written by documents.statedsizes)."""
    return frozenset(scope.conventions.get(SET_BY_NOTES, "").split(","))


def open_sizes(scope: Scope) -> set[Key]:
    """The sizes of ``scope`` the checker chose and the notes leave open (module docstring)."""
    fixed = set_by_notes(scope)
    chosen = {key for key, e in scope.names.items() if isinstance(e, Size) and not key[1] and key[0] not in fixed}
    return {key for key in chosen if is_invented_size(key)
            or (key in scope.inferred and _WRITTEN_OUT not in scope.inferred[key])}  # fmt: skip


def _fixed_numbers(scope: Scope, base: dict[Key, int], moved: set[Key]) -> set[int]:
    """The sizes an open size must not take: every other size of the instance and every number a shape writes."""
    out = {v for k, v in base.items() if k not in moved}
    for e in scope.names.values():
        if isinstance(e, VarDecl) and e.dims is not None:
            out |= {d for d in e.dims if isinstance(d, int)}
    return out


def _next(lowest: int, avoid: set[int], parity: int | None = None) -> int:
    v = lowest
    while v in avoid or (parity is not None and v % 2 != parity):
        v += 1
    return v


def _written_entries(scope: Scope, trees: Iterable[sp.Basic]) -> set[Key]:
    r"""The sizes of the families the chain writes numbered entries of (``w_1 + w_2 + w_3``): the chain is about
    those entries, so its length is the one the notes write (``\sum_c w_c = w_1 + w_2 + w_3`` is true at 3 and
    not at 4)."""
    out: set[Key] = set()
    for tree in trees:
        for entry in tree.atoms(sp.Indexed):
            if not all(i.is_Integer for i in entry.indices):
                continue
            decl = scope.names.get((str(entry.base.label), ()))
            if isinstance(decl, VarDecl) and decl.dims is not None:
                out |= {d for d in decl.dims if not isinstance(d, int)}
    return out


def scalar_valued(value: object) -> bool:
    """Is a member's value at the first sizes a scalar (a matrix of one entry counts), or an error?"""
    return not isinstance(value, sp.MatrixBase) or value.shape == (1, 1)


def other_sizes(scope: Scope, relevant: set[Key], combos: Sequence[dict[Key, int]],
                trees: Iterable[sp.Basic] = (), scalar: bool = False) -> tuple[dict[Key, int] | None, int]:
    """The one size assignment where the chain's open sizes (those in ``relevant``) move past their first
    values (module docstring), or None: no open size, too many, or past :data:`LARGEST`; and the size the
    claim's degree asks (:mod:`verifier.documents.claimdegree`: every moved size is at least its degree d for a
    ``scalar`` claim, d + 1 for a matrix or vector one, none past :data:`LARGEST`; 0 when it asks nothing past
    the first other size). A size of a family
    whose numbered entries the chain's ``trees`` write is not open (:func:`_written_entries`)."""
    if not combos:
        return None, 0
    base = combos[0]
    moved = {k for k in open_sizes(scope) & relevant if k in base}
    trees = list(trees)
    if moved:  # the trees walked only for a chain that has an open size
        moved -= _written_entries(scope, trees)
    if not moved or len(moved) > MOST_MOVED:
        return None, 0
    d, every = degree_of(trees, scope)
    asked = d + (0 if scalar else 1)
    asked = asked if asked > FIRST_OTHER else 0
    # a parity (det(-A) = -det(A) holds at odd sizes) is kept apart only where some member has no degree
    tries = [(need, p) for need in range(min(asked, LARGEST), 0, -1) for p in (not every, False)]
    for need, parity in [*tries, (0, True)]:  # the last: as without a degree
        combo = _moved(scope, base, moved, need, parity)
        if combo is not None:
            return (combo if combo not in combos else None), asked
    return None, asked


def _moved(scope: Scope, base: dict[Key, int], moved: set[Key], need: int, parity: bool) -> dict[Key, int] | None:
    """The sizes ``moved`` past their first values, each at least ``need``, or None past :data:`LARGEST`."""
    avoid = _fixed_numbers(scope, base, moved)
    firsts = sorted({base[k] for k in moved})
    values: dict[int, int] = {}
    for f in firsts:  # in the order of the first values: the order (and equalities) are kept
        lowest = max(FIRST_OTHER, f + 1, max(values.values(), default=0) + 1, need)
        values[f] = _next(lowest, avoid, 1 - f % 2 if len(firsts) == 1 and parity else None)
    if max(values.values()) > LARGEST:
        return None
    return {**base, **{k: values[base[k]] for k in moved}}


class Allowance:
    """The CPU seconds a document's other-size instances share (:data:`DOCUMENT_SECONDS`): what each spends
    is taken off (CPU time, capped by :data:`WALL_FACTOR` times as much wall time: :class:`verifier.budget.Deadline`),
    and one begun when nothing is left is not begun. CPU time, not the wall clock, so that the sizes checked
    and the verdicts do not change with the load."""

    def __init__(self, seconds: float) -> None:
        self.left = seconds
        self.deadline: Deadline | None = None  # while an instance runs: when the allowance ends

    @staticmethod
    def of(doc: Any) -> Allowance:
        """The allowance of ``doc`` (a ``check._Document``), made at its first use."""
        found = doc.__dict__.get(_ALLOWANCE)
        if found is None:
            found = doc.__dict__[_ALLOWANCE] = Allowance(DOCUMENT_SECONDS)
        return found

    def spent(self) -> bool:
        return self.left <= 0 or (self.deadline is not None and self.deadline.expired())

    @contextmanager
    def running(self) -> Iterator[None]:
        """Around one other-size instance: cut short (BudgetExceeded of :data:`STAGE`) when the allowance ends,
        and what it spent taken off whatever happens."""
        self.deadline = Deadline(self.left, WALL_FACTOR)
        try:
            with soft_limit(max(self.left, 1e-3), STAGE, WALL_FACTOR):
                yield
        finally:
            self.left = min(self.left, self.deadline.remaining())
            self.deadline = None


@dataclass
class Others:
    """A chain checker's other-size instance: the sizes, their display, and whether the budget cut it."""

    sizes: dict[Key, int] | None = None
    shown: tuple[tuple[str, int], ...] = ()  # the moved sizes by their display names
    asked: int = 0  # the size the claim's degree asks past it (documents.claimdegree), 0 where it is reached
    cut: bool = False  # not begun, or cut short, because the document's allowance was spent
    allowance: Allowance | None = None  # while the instance is checked (it is then the active one)

    @property
    def active(self) -> bool:
        return self.allowance is not None

    @staticmethod
    def at(sizes: dict[Key, int] | None, asked: int, relevant: set[Key], base: dict[Key, int]) -> Others:
        """The instance at ``sizes`` (:func:`other_sizes`), noting the size its degree asks where not reached."""
        if sizes is None:
            return Others()
        shown = tuple((display_key(k), v) for k, v in sizes.items() if k in relevant and base.get(k) != v)
        reached = min((v for _, v in shown), default=0)
        return Others(sizes, shown, asked if asked > reached else 0)

    @staticmethod
    def eligible(steps: Iterable[Any], outcomes: dict[int, list[Any]]) -> list[Any]:
        """The steps PROVED at every instance checked so far (the first sizes): those the other size looks at."""
        return [s for s in steps if outcomes[s.index] and all(_verdict(o) is Verdict.PROVED
                                                               for o in outcomes[s.index])]

    def engine(self, settings: Settings, stage: Progress) -> tuple[Settings, Progress]:
        """The engine's settings and progress at an instance: at the other size numeric only, with fewer
        points, and a progress that stops a step begun after the allowance ran out (the soft limit's signal
        fires once: a step the engine's own handler turned into a TIMEOUT must not let the next one run free)."""
        allowance = self.allowance
        if allowance is None:
            return settings, stage

        def progress(text: str) -> None:
            if allowance.spent():
                raise BudgetExceeded(STAGE)
            stage(text)

        return replace(settings, symbolic=False, points=min(settings.points, NUMERIC_POINTS)), progress

    @contextmanager
    def checking(self, allowance: Allowance) -> Iterator[bool]:
        """Around the other-size instance: whether to check it (False: the allowance is spent), marked active
        while it is checked; a cut by the allowance is noted (:attr:`cut`), not raised."""
        if allowance.spent():
            self.cut = True
            yield False
            return
        self.allowance = allowance
        try:
            with allowance.running():
                yield True
        except BudgetExceeded as exc:
            if exc.stage != STAGE:
                raise
            self.cut = True
        finally:
            self.allowance = None


def rechecked(doc: Any, line: int, eligible: Sequence[Any]) -> list[Any]:
    """The steps (``steps._Step``) of the chain at ``line`` that a re-check under another reading checks at the
    other size (module docstring): those refuted there before, and those no re-check has looked at there yet
    (now marked looked at)."""
    refuted = doc.__dict__.setdefault(REFUTED, set())
    looked = doc.__dict__.setdefault(LOOKED, set())
    out = [s for s in eligible if (line, s.index) in refuted or (line, s.index) not in looked]
    looked |= {(line, s.index) for s in out}
    return out


def refuted_past(outcomes: Sequence[Any]) -> bool:
    """Was the step refuted by the engine at the other size (a counterexample there)?"""
    return any(o.numeric and o.result is not None and o.result.verdict is Verdict.FAILED
               and o.result.counterexample is not None for o in outcomes)  # fmt: skip


def _verdict(o: Any) -> Verdict | None:
    return o.result.verdict if o.result is not None else o.verdict


def _sizes_text(pairs: Iterable[tuple[str, int]]) -> str:
    """``n = 4; m = 5`` from the moved sizes."""
    return "; ".join(f"{name} = {v}" for name, v in pairs)


def apart(outcomes: Sequence[Any], others: Others) -> tuple[list[Any], str]:
    """A step's outcomes (``steps._Outcome``) as its verdict reads them, and where it held numerically.

    The outcomes of the first sizes are kept; of the other size (``numeric`` set) only a refutation by the
    engine (with its reading: why that size was looked at), since only a step PROVED at every instance of the
    first sizes is checked there."""
    first = [o for o in outcomes if not o.numeric]
    other = [o for o in outcomes if o.numeric]
    holds = bool(first) and all(_verdict(o) is Verdict.PROVED for o in first)
    failed = [o for o in other if o.result is not None and o.result.verdict is Verdict.FAILED
              and o.result.counterexample is not None]  # fmt: skip
    if holds and failed:
        why = (f"checked numerically at {_sizes_text(others.shown)} as well: the notes leave the size open, so the "
               "step claims every size, and it fails there")
        return [*first, *(replace(o, readings=(*o.readings, why)) for o in failed)], ""
    if not holds or others.sizes is None:
        return first, ""
    if any(_verdict(o) in (Verdict.PROVED, Verdict.PASSED) for o in other):
        short = (f"; at those sizes only (the claim's degree asks a size of {others.asked}, past the largest "
                 "checked)") if others.asked else ""
        return first, f"checked numerically at {_sizes_text(others.shown)}{short}"
    cut = others.cut or any(_verdict(o) is Verdict.TIMEOUT for o in other)
    return first, (f"at those sizes only ({CUT})" if cut else "")
