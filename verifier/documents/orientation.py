r"""The row-vector reading of undeclared vectors: when it is tried, what it says, what it may decide.

Much ML teaching material (the CS224n/CS224d tradition, many homework solutions) writes vectors as
*rows*: ``h = \sigma(x W + b)``, ``(\hat{y} - y) W^T``, ``\partial J / \partial \theta = (\hat{y} - y)``
with θ a row. Shape inference (:mod:`verifier.documents.infer`) reads an undeclared vector as a column
unless a product fixes it; where that column reading makes a step's shapes clash, the notes may simply
use the other convention. This module owns that second reading:

* it is *a candidate*, tried only for a step whose column reading clashes on shapes (a step whose shapes
  fit is never re-read: the column reading is the default because it is the common one);
* it is consistent: the chain and every definition it reaches are inferred again with every vector whose
  orientation nothing fixes as a 1×n row (``infer_scope(rows=True)``), so ``x W`` conforms, and a
  gradient with respect to a row is a row (the catalog's layout gives ∂f/∂x the shape of x);
  the other meanings of the names (labels one-hot, the other layouts, …) are crossed with it;
* it is reported with the step: "vectors as rows (the notes write x W)", naming the notes' own
  products that only conform that way when there are some;
* a context declares the convention (``vectors: rows`` or ``vectors: columns``) and then wins: the
  declared orientation is the literal reading and the other one is not tried;
* a step whose column reading clashes and which *fails with a counterexample* under the row reading (in
  every variant tried, none holding) is FAILED under that reading — it fails under both readings and the
  shapes fit under one (:func:`row_failure`); if the row reading's shapes clash too, it stays SKIPPED.

No "equal up to a transpose" comparison is made: a 1×n result against an n×1 one is a clash in both
conventions read consistently, and notes whose convention really is ambiguous are covered by trying
each convention as a whole (a step that holds only when its two sides are read in two different
conventions is not a reading any convention of the notes gives).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from verifier.budget import BudgetExceeded, soft_limit
from verifier.documents.context import Scope, VarDecl
from verifier.results import StepResult, Verdict

__all__ = [
    "COLUMNS",
    "ROWS",
    "ROW_SECONDS",
    "VECTORS",
    "bounded",
    "declared",
    "is_row_reading",
    "mark_rows",
    "row_failure",
    "row_note",
    "rows_differ",
]

VECTORS = "vectors"  # the convention a context may declare: ``vectors: rows`` / ``vectors: columns``
ROWS, COLUMNS = "rows", "columns"
_NOTE = "vectors as rows"
ROW_SECONDS = 4.0  # wall time for one check of a chain under the row reading
_STAGE = "the row reading"
_EVIDENCE = "row products"  # scope.conventions key (internal): the notes' products that write x W


def declared(scope: Scope) -> str | None:
    """The orientation a context declares (``rows``/``columns``), or None."""
    value = scope.conventions.get(VECTORS)
    return value if value in (ROWS, COLUMNS) else None


def mark_rows(scope: Scope, products: tuple[str, ...]) -> None:
    """Record in ``scope`` that it is the row reading, with the notes' products that show it."""
    scope.conventions[_EVIDENCE] = "; ".join(products)


def row_note(scope: Scope) -> str:
    """How the row reading is reported with a step."""
    evidence = scope.conventions.get(_EVIDENCE, "")
    why = f"the notes write {evidence}" if evidence else "the column reading does not fit"
    return f"{_NOTE} ({why})"


def is_row_reading(note: str) -> bool:
    """Is ``note`` (a reading's note, possibly combined with others by " and ") the row reading?"""
    return note.startswith(_NOTE)


def rows_differ(columns: Scope, rows: Scope) -> bool:
    """Does the row reading give any inferred vector or matrix another shape than the column one?"""
    for key in rows.inferred:
        a, b = columns.names.get(key), rows.names.get(key)
        if isinstance(a, VarDecl) and isinstance(b, VarDecl) and a.kind in ("vector", "matrix") and a.dims != b.dims:
            return True
    return False


def row_failure(literal: StepResult, rows: StepResult, note: str) -> StepResult:
    """The step's verdict when its column reading clashes on shapes and its row reading (``note``)
    fails with a counterexample: FAILED under the row reading, with why."""
    assert literal.verdict is Verdict.FAILED and rows.verdict is Verdict.FAILED and rows.counterexample is not None
    why = f"read with {note} it fails (the column reading does not fit: {literal.message})"
    return replace(rows, message="; ".join(x for x in (why, rows.message) if x))


@dataclass
class Run:
    """One bounded check under the row reading: was it cut short?"""

    deadline: float
    stopped: bool = False

    @property
    def cut(self) -> bool:
        return self.stopped or time.monotonic() > self.deadline


@contextmanager
def bounded(doc: Any, seconds: float = ROW_SECONDS) -> Iterator[Run]:
    """Check under the row reading for at most ``seconds``. A reading that fits can cost far more
    than one whose shapes clash at once (every index assignment is evaluated), and it is only a
    candidate: it must not turn the chain's answer into a TIMEOUT. The alarm stops the run wherever
    it is; after it, every stage the engine reports stops it again at once. A run cut short decides
    nothing (its FAILED may be one side of a case split it did not finish): see :attr:`Run.cut`.
    A budget of the caller's that runs out meanwhile is raised as it is."""
    run = Run(time.monotonic() + seconds)
    saved = doc.stage

    def stage(name: str) -> None:
        if time.monotonic() > run.deadline:
            raise BudgetExceeded(_STAGE)
        saved(name)

    doc.stage = stage
    try:
        with soft_limit(seconds, _STAGE):
            yield run
    except BudgetExceeded as exc:
        if exc.stage != _STAGE:
            raise
        run.stopped = True
    finally:
        doc.stage = saved
