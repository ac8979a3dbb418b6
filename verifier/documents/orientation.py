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

"Equal up to orientation" (a 1×n side against an n×1 side that agree entry by entry) is accepted in
one case only, where the orientation is the notes' free choice and nothing else: the chain computes the
gradient of a scalar with respect to a vector (∂J/∂v, ∇_z ℓ), whose orientation is the layout
convention, no context declares the layout or the vectors' orientation, and the step's only clash is
that transpose (:func:`gradient_variable`, :func:`transposed_clash`). Notes that write such a gradient
first as a row (numerator layout) and then as a column (denominator layout) — common, and the content
is right — get PROVED/PASSED "up to orientation", reported as such. Anywhere else (a vector that is not a
gradient, a matrix against its transpose) a transpose is a real difference and is never excused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.budget import BudgetExceeded, Deadline, soft_limit
from verifier.documents.context import Definition, Scope, VarDecl, display_key, key_of
from verifier.documents.members import _Chain, member_trees
from verifier.documents.resolve import ListMember, ResolveError
from verifier.documents.shapes import SCALAR_CAPITALS
from verifier.documents.steps import _Checker, shape_failure
from verifier.documents.values import ROW_AND_COLUMN
from verifier.results import StepResult, Verdict

__all__ = [
    "COLUMNS",
    "ROWS",
    "ROW_SECONDS",
    "VECTORS",
    "bounded",
    "declared",
    "fits",
    "gradient_variable",
    "is_row_reading",
    "mark_rows",
    "row_note",
    "rows_differ",
    "rows_fail",
    "transposed_clash",
    "transposed_readings",
    "unsure_orientation",
    "up_to_orientation",
]

VECTORS = "vectors"  # the convention a context may declare: ``vectors: rows`` / ``vectors: columns``
ROWS, COLUMNS = "rows", "columns"
_NOTE = "vectors as rows"
ROW_SECONDS = 4.0  # wall time for one check of a chain under the row reading
_STAGE = "the row reading"
_EVIDENCE = "row products"  # scope.conventions key (internal): the notes' products that write x W


def unsure_orientation(r: StepResult) -> StepResult:
    r"""A step FAILED only because a row and a column are added (``\hat{y} - y`` with \hat{y} a row and y
    a column, documents.values.broadcast_shape) becomes SKIPPED: such notes write one vector in two
    orientations (the row reading, tried before this, mends it when nothing else is wrong), or slip on a
    transpose; neither is a wrong formula a reader would call FAILED."""
    if r.verdict is not Verdict.FAILED or r.counterexample is not None or ROW_AND_COLUMN not in (r.message or ""):
        return r
    why = ("a row and a column added: the notes may write one vector in both orientations (declare their "
           "shapes or `vectors: rows` in a context); not called FAILED")  # fmt: skip
    return replace(r, verdict=Verdict.SKIPPED, message=f"{why} ({r.message})")


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


def keeps_vectors(columns: Scope, rows: Scope) -> bool:
    """Does the row reading keep every inferred vector and matrix of the column one a vector or matrix?
    It turns columns into rows, never a vector into a scalar: with ``v`` a scalar there ("no other
    evidence"), ``uᵀv = v uᵀ`` (a column reading's shape clash, and a real mistake) held as rows."""
    for key in rows.inferred:
        a, b = columns.names.get(key), rows.names.get(key)
        if isinstance(a, VarDecl) and a.kind in ("vector", "matrix") and (
            not isinstance(b, VarDecl) or b.kind not in ("vector", "matrix")
        ):
            return False
    return True


def fits(results: list[StepResult | None]) -> bool:
    """Did the step fail with a counterexample under one of these row readings (its shapes fit there)?
    Then reading the vectors as scalars may not rescue it: the notes' vectors fit, and it is false."""
    return any(r is not None and r.verdict is Verdict.FAILED and r.counterexample is not None for r in results)


def rows_fail(out: list[StepResult], seen: dict[int, list[StepResult | None]]) -> list[StepResult]:
    """A step whose column reading clashes on shapes and whose row reading fails with a counterexample
    (``seen``: its result under each row variant tried, None for one cut short or unreadable), in every
    variant and with none that holds or cannot tell, is FAILED under the row reading: it fails under
    both readings and the shapes fit under one."""
    out = list(out)
    for k, results in seen.items():
        if out[k].verdict is not Verdict.FAILED or not shape_failure(out[k]):
            continue
        if any(r is None or r.verdict is not Verdict.FAILED for r in results):
            continue
        first = next((r for r in results if r is not None and r.counterexample is not None), None)
        if first is not None:
            why = f"read with {_NOTE} it fails (the column reading does not fit: {out[k].message})"
            out[k] = replace(first, message="; ".join(x for x in (why, first.message) if x))
    return out


@dataclass
class Run:
    """One bounded check under the row reading: was it cut short?"""

    deadline: Deadline  # CPU time, capped on the wall clock (verifier.budget): the same cut on a busy machine
    stopped: bool = False

    @property
    def cut(self) -> bool:
        return self.stopped or self.deadline.expired()


@contextmanager
def bounded(doc: Any, seconds: float | None = None) -> Iterator[Run]:
    """Check under the row reading for at most ``seconds`` (:data:`ROW_SECONDS`). A reading that fits can cost far more
    than one whose shapes clash at once (every index assignment is evaluated), and it is only a
    candidate: it must not turn the chain's answer into a TIMEOUT. The alarm stops the run wherever
    it is; after it, every stage the engine reports stops it again at once. A run cut short decides
    nothing (its FAILED may be one side of a case split it did not finish): see :attr:`Run.cut`.
    A budget of the caller's that runs out meanwhile is raised as it is."""
    seconds = ROW_SECONDS if seconds is None else seconds
    run = Run(Deadline(seconds))
    saved = doc.stage

    def stage(name: str) -> None:
        if run.deadline.expired():
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


_CLASH = re.compile(r"the left member is (\d+)×(\d+), the right member is (\d+)×(\d+)")


def transposed_clash(message: str) -> bool:
    """Is a step's failure only that one side is a row and the other the same-length column?"""
    m = _CLASH.search(message)
    if m is None:
        return False
    a, b, c, d = (int(x) for x in m.groups())
    return (a, b) == (d, c) and 1 in (a, b) and a != b


def _vector(scope: Scope, node: sp.Basic) -> bool:
    key = key_of(node)
    entry = scope.names.get(key) if key is not None else None
    # (a name annotated \in \mathbb{R}^{1 \times n} is a row vector, though declared a 1×n matrix)
    return isinstance(entry, VarDecl) and (entry.kind in ("vector", "onehot") or (
        entry.kind == "matrix" and entry.dims is not None and 1 in entry.dims))


def _scalar(scope: Scope, node: sp.Basic) -> bool:
    """A name or an application the scope does not make a vector or matrix: the notes' loss J, ℓ(z, t)."""
    if isinstance(node, AppliedUndef):
        return True
    key = key_of(node)
    if key is None:
        return False
    entry = scope.names.get(key)
    if isinstance(entry, VarDecl):
        return entry.kind == "scalar"
    if isinstance(entry, Definition):  # a defined loss (J := CE(y, ŷ)); a defined t := x W is not a scalar
        return entry.is_function or key[0] in SCALAR_CAPITALS or key[0] in ("ell", "l", "loss")
    return entry is None


def gradient_variable(scope: Scope, trees: list[sp.Basic]) -> str | None:
    """The vector a chain takes the gradient of a scalar with respect to (``∂J/∂v_c``, ``∇_z ℓ(z, t)``),
    shown as in reports, or None. Its orientation is the notes' layout convention, nothing more."""
    for tree in trees:
        for sub in sp.preorder_traversal(tree):
            if isinstance(sub, sp.Derivative) and len(sub.variable_count) == 1:
                (var, count), expr = sub.variable_count[0], sub.expr
            elif isinstance(sub, AppliedUndef) and sub.func.__name__ == "grad" and len(sub.args) == 2:
                (expr, var), count = sub.args, 1
            else:
                continue
            key = key_of(var)
            if count == 1 and key is not None and _vector(scope, var) and _scalar(scope, expr):
                return display_key(key)
    return None


def up_to_orientation(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> list[StepResult]:
    """A step whose only clash is a row against the same-length column, in a chain that computes a
    gradient (its orientation is the layout, which the notes do not fix): compared with one side
    transposed, and if then equal, PROVED/PASSED *up to orientation*, reported as such (the module's
    docstring says why this case and no other)."""
    out = list(steps)
    for k, r in transposed_readings(doc, chain, scope, steps).items():
        if r.verdict in (Verdict.PROVED, Verdict.PASSED):
            out[k] = r
    return out


def transposed_readings(doc: Any, chain: _Chain, scope: Scope, steps: list[StepResult]) -> dict[int, StepResult]:
    r"""For each step of ``steps`` FAILED only by a row against the same-length column, in a chain that computes a
    gradient in no layout the notes or a context fix: its result with one side transposed, when that run was not cut
    short. Green, it holds *up to orientation* (:func:`up_to_orientation`); FAILED with a counterexample, it fails
    read either way: the shapes clash as written and the values differ transposed (documents.partlyworked reads a
    worked gradient so: ``(\hat y - y) h^\top = (3, 3)`` with the row v, ml71b)."""
    todo = [k for k, r in enumerate(steps)
            if r.verdict is Verdict.FAILED and shape_failure(r) and transposed_clash(r.message)]  # fmt: skip
    if not todo or declared(scope) is not None or "layout" in scope.conventions:
        return {}
    trees = [t for m in chain.members if m.parsed is not None and not isinstance(m.parsed.tree, ListMember)
             for t in member_trees(m.parsed)]  # fmt: skip
    var = gradient_variable(scope, trees)
    if var is None:
        return {}
    out: dict[int, StepResult] = {}
    for k in todo:
        st = chain.steps[k]
        side = next((i for i in (st.right, st.left) if (p := chain.members[i].parsed) is not None
                     and not isinstance(p.tree, ListMember | sp.Tuple)), None)  # fmt: skip
        if side is None:
            continue
        m = chain.members[side]
        assert m.parsed is not None
        members = list(chain.members)
        members[side] = replace(m, parsed=replace(m.parsed, tree=sp.Function("transpose")(m.parsed.tree)))
        try:
            with bounded(doc) as run:
                alt = _Checker(doc, replace(chain, members=members), scope, {st.index}).run()
        except ResolveError:
            continue
        r = alt[k]
        if run.cut:
            continue
        if r.verdict in (Verdict.PROVED, Verdict.PASSED):
            why = (f"holds up to orientation: one side is the other transposed, a row against a column — the "
                   f"gradient with respect to {var} written in both layouts (the notes fix none)")  # fmt: skip
            out[k] = replace(r, message="; ".join(x for x in (why, r.message) if x))
        elif r.verdict is Verdict.FAILED and r.counterexample is not None:
            why = (f"a row against a column, and read with one side transposed (the gradient with respect to {var} "
                   "in the other layout) the values differ too")  # fmt: skip
            out[k] = replace(r, message="; ".join(x for x in (why, r.message) if x))
    return out
