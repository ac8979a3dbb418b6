r"""``\operatorname{vec}`` and the Kronecker product ``\otimes`` in matrix-calculus notes.

Notes state ``\mathrm{vec}(AXB) = (B^\top \otimes A)\,\mathrm{vec}(X)``, ``(A \otimes B)(C \otimes D) = AC \otimes
BD`` and ``(A \otimes B)^\top = A^\top \otimes B^\top``. The parser reads ``\otimes`` as ``kron`` (evaluated by
documents.operators) and ``\mathrm{vec}`` as a call; this module owns what they mean:

* **vec** (:func:`stacked`): the columns of a matrix stacked into one column, the usual definition (Magnus and
  Neudecker, the Matrix Cookbook). Some notes (and NumPy's ``reshape``) stack the *rows*; under that convention
  ``\mathrm{vec}(AXB) = (A \otimes B^\top)\mathrm{vec}(X)``. So a step that fails with columns stacked is checked
  again with rows stacked (:func:`other_stacking`): where it holds there and the notes do not say which they
  stack, it is SKIPPED saying so; where the notes say they stack columns ("stacking columns", "column-major")
  the counterexample stands, and where they say they stack rows it is green with that reading reported
  (:func:`stacking_said`). A step wrong under both (``B \otimes A^\top``) stays FAILED.
* **Shapes** (:func:`kron_operands`): a capital written as an operand of ``\otimes`` is a matrix (its sizes
  come from the products the notes write beside it: ``AC \otimes BD``), even a letter usually a scalar
  (``C``, a cost elsewhere). Sizes of a Kronecker product are products of sizes, which the shape inference
  does not unify: its value is left open ("?"), and a product that does not conform at the sizes drawn is a
  dimension mismatch the checker reports as such.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from verifier.results import StepResult, Verdict

__all__ = ["VEC", "is_kron", "kron_operands", "other_stacking", "stacked", "stacking_said"]

#: scope.conventions key: "rows" when vec stacks the rows of a matrix (else its columns)
VEC = "vec-stacking"

_COLUMNS = re.compile(r"\bstack(?:s|ing|ed)?\s+(?:the\s+)?columns\b|\bcolumns?[-\s]+(?:major|stack\w*|wise)\b|"
                      r"\bcolumns?\s+(?:are\s+|is\s+)?stacked\b", re.IGNORECASE)
_ROWS = re.compile(r"\bstack(?:s|ing|ed)?\s+(?:the\s+)?rows\b|\brows?[-\s]+(?:major|stack\w*|wise)\s+(?:vec|order)|"
                   r"\brows?\s+(?:are\s+|is\s+)?stacked\b", re.IGNORECASE)
_WRITES_VEC = re.compile(r"\\(?:operatorname|mathrm|text|mathop)\s*\{\s*vec\s*\}|\\vec\s*\(")


def stacked(value: Any, rows: bool = False) -> Any:
    """vec of ``value``: its columns (``rows``: its rows) stacked into one column; a scalar is itself."""
    if not isinstance(value, sp.MatrixBase):
        return value
    entries = [value[i, j] for i in range(value.rows) for j in range(value.cols)] if rows else \
        [value[i, j] for j in range(value.cols) for i in range(value.rows)]  # fmt: skip
    return sp.ImmutableMatrix(len(entries), 1, entries)


@functools.lru_cache(maxsize=16)
def stacking_said(text: str) -> str | None:
    """"columns" or "rows" when the notes ``text`` say which a vec stacks (and only one), else None. A function
    of the text alone, scanned once per text (asked for every chain's scope: lineconventions, docspeed20)."""
    cols, rows = bool(_COLUMNS.search(text)), bool(_ROWS.search(text))
    if cols == rows:
        return None
    return "columns" if cols else "rows"


def is_kron(node: sp.Basic) -> bool:
    """Is ``node`` a Kronecker product (the parser's ``kron(a, b)``)?"""
    return isinstance(node, AppliedUndef) and node.func.__name__ == "kron" and len(node.args) == 2


def kron_operands(shapes: Any, node: sp.Basic, bound: frozenset[str]) -> str:
    """The shape walk (documents.shapes._Shapes) over a Kronecker product ``node``: its capital operands
    matrices, each operand walked; the product's own shape left open."""
    from verifier.documents.shapes import is_capital

    for arg in node.args:
        inner = arg.args[0] if isinstance(arg, AppliedUndef) and arg.func.__name__ == "transpose" else arg
        if isinstance(inner, sp.Symbol) and inner.name not in bound and is_capital(inner.name):
            n = shapes.names.get((inner.name, ()))
            if (n is None or n.kind in ("open", "scalar")) and (inner.name, ()) not in shapes.scope.names:
                shapes.make((inner.name, ()), "matrix", "an operand of a Kronecker product")
        shapes.shape(arg, bound)
    return "?"


def other_stacking(doc: Any, chain: Any, scope: Any, steps: list[StepResult]) -> list[StepResult]:
    """``steps`` with each FAILED step of a chain that writes vec, which holds with the other stacking of vec
    and whose notes do not say which they stack, SKIPPED with the reason (module docstring)."""
    from verifier.documents.resolve import ResolveError
    from verifier.documents.steps import _Checker

    failed = [k for k, r in enumerate(steps) if r.verdict is Verdict.FAILED]
    if not failed or not any(_WRITES_VEC.search(m.latex or "") for m in chain.members):
        return steps
    said = stacking_said(doc.text)
    if said == "columns" or VEC in scope.conventions:
        return steps  # the notes say they stack columns: the counterexample stands
    other = scope.copy()
    other.conventions[VEC] = "rows"
    asked = {chain.steps[k].index for k in failed}
    try:
        alt = _Checker(doc, chain, other, asked, frozenset(asked)).run()
    except ResolveError:
        return steps
    out = list(steps)
    for k in failed:
        if alt[k].verdict in (Verdict.PROVED, Verdict.PASSED) and said == "rows":
            note = "vec read as stacking the rows of a matrix, as the notes say"
            out[k] = replace(alt[k], message="; ".join(x for x in (note, alt[k].message) if x))
        elif alt[k].verdict in (Verdict.PROVED, Verdict.PASSED):
            why = ("holds only with vec stacking the rows of a matrix, and the notes do not say which they stack "
                   f"(with the columns stacked it fails: {steps[k].message.split(';')[0]})")
            out[k] = replace(steps[k], verdict=Verdict.SKIPPED, counterexample=None, message=why)
    return out
