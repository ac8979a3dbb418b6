r"""The conventions the prose states that hold at a line of the notes, put in a chain's scope.

"We use the numerator layout", "all vectors are column vectors", "with $n < d$" in a section, "σ the
standard deviation", "$u$ depends on $\\beta$": each is read by its own module from the notes' text; this
module owns putting those that hold at a line into the scope a chain there is read with (it was part of
:meth:`verifier.documents.reader._Reader.scope_for`, which had grown past 1,000 lines with its module)."""

from __future__ import annotations

from typing import Any

from verifier.documents.context import Scope
from verifier.documents.dependence import DEPENDS
from verifier.documents.expectation import DETERMINISTIC, MODEL
from verifier.documents.iidfamilies import IID, families_at
from verifier.documents.kronecker import VEC, stacking_said
from verifier.documents.layout import BY_MATRIX
from verifier.documents.noisemodel import model_inputs
from verifier.documents.rowsoftmax import COLUMNS as SOFTMAX_COLUMNS
from verifier.documents.rowsoftmax import columnwise_said
from verifier.documents.saidconstants import CONSTANT, constant_names
from verifier.documents.sizeorder import ORDER, orders_at
from verifier.documents.spreadnames import spread_conventions
from verifier.documents.underexpectation import DISTRIBUTED, distribution_names
from verifier.documents.vectorconvention import stated_vectors

__all__ = ["line_conventions"]


def line_conventions(reader: Any, scope: Scope, line: int) -> None:
    """Put the conventions the notes of ``reader`` state for ``line`` into ``scope`` (a declared one wins)."""
    said = reader.layout_said(line)
    if said is not None:  # "We use the numerator/denominator layout." above: as if declared
        scope.conventions.setdefault("layout", said)
        if said == "numerator":  # … but ∇_A f by a matrix keeps A's shape (documents.layout.gradient_layout)
            scope.conventions.setdefault("gradient", BY_MATRIX)
    if reader.deterministic:
        scope.conventions.setdefault(DETERMINISTIC, reader.deterministic)
    if fixed := ",".join(f"{n}@{at}" for n, at in _model_inputs(reader) if at <= line):  # y = wx + b + ε (noisemodel)
        scope.conventions.setdefault(MODEL, fixed)
    if distributed := distribution_names(reader.text):  # x ∼ N(θ, 1): not differentiated under 𝔼 by θ
        scope.conventions.setdefault(DISTRIBUTED, distributed)
    if families := families_at(reader.text, line):  # "x_1, …, x_n i.i.d. with mean μ and …" (iidfamilies)
        scope.conventions.setdefault(IID, families)
    if constants := constant_names(reader.text):  # "Let $a$ be a constant": Var(a) may be 0 (saidconstants)
        scope.conventions.setdefault(CONSTANT, constants)
    if (vectors := stated_vectors(reader.text)) is not None:  # "All vectors are column vectors." (vectorconvention)
        scope.conventions.setdefault("vectors", vectors)
    if stacking_said(reader.text) == "rows":  # "vec stacks the rows": the notes' vec from the start (kronecker)
        scope.conventions.setdefault(VEC, "rows")
    if columnwise_said(reader.text):  # "the softmax is applied to each column" (documents.rowsoftmax)
        scope.conventions.setdefault(SOFTMAX_COLUMNS, "columns")
    if orders := orders_at(reader.size_orders, line):  # "with $n < d$" in its section (documents.sizeorder)
        scope.conventions.setdefault(ORDER, orders)
    scope.conventions.update(spread_conventions(reader.text, line))  # "σ the standard deviation" (spreadnames)
    # "$u$ depends on $\\beta$" (documents.dependence; generic reads it): the latest statement of a name wins
    latest: dict[str, int] = {}
    for dep in sorted(reader.dependence, key=lambda d: d.first, reverse=True):
        if dep.first <= line <= dep.last and latest.setdefault(dep.name, dep.first) == dep.first:
            said = scope.conventions.get(DEPENDS + dep.name)  # "depend on $\\beta$ and $t$": on each
            if said is None or dep.variable not in said.split(","):
                scope.conventions[DEPENDS + dep.name] = f"{said},{dep.variable}" if said else dep.variable


def _model_inputs(reader: Any) -> list[tuple[str, int]]:
    """documents.noisemodel.model_inputs of the notes, read again only when the reader has learned more definitions
    (scopes are asked for while the notes' definitions are still being learned)."""
    learned = len(reader.note_definitions)
    cached = reader.__dict__.get("_model_inputs")
    if cached is None or cached[0] != learned:
        cached = (learned, model_inputs(reader))
        reader.__dict__["_model_inputs"] = cached
    return cached[1]
