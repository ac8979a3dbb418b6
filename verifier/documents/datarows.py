r"""The samples of a data matrix: ``\mathbf{x}_i`` beside ``\mathbf{X}`` is row i of X, as a column.

Regression notes write the loss both ways: ``\sum_i (y_i - \mathbf{w}^\top \mathbf{x}_i)^2 =
\|\mathbf{y} - \mathbf{X}\mathbf{w}\|^2``. Nothing in the formula ties ``\mathbf{x}_i`` to
``\mathbf{X}``; inference reads ``x_i`` as entry i of a vector x and the step's shapes do not fit.
A reader knows the convention: the rows of the design matrix X are the samples (``X \in
\mathbb{R}^{n \times d}``, ``\mathbf{x}_i^\top`` its i-th row). This module owns that reading:

* **Where.** A chain (with the notes' definitions it reaches) writes a bold lower-case name with
  one letter subscript (``\mathbf{x}_i``), never alone and never defined or declared, and the
  capital of the same letter (``\mathbf{X}``, or its entries ``X_{ij}``), bold or annotated as a
  matrix in the notes.
* **What.** ``x_i := (X_{i,:})^\top`` for that chain (a family over its index), or the column
  ``X_{:,i}`` where the prose says the columns of X are the samples. The reading is reported with
  the step ("x_i: row i of X, as a column vector (a sample of the data matrix X)").
* **Never a false alarm.** Notes may mean other vectors by ``\mathbf{x}_i``; a step that fails
  under this reading is SKIPPED with the reason (:func:`unsure`), never FAILED.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verifier.documents.context import Definition, Key, Scope, VarDecl
from verifier.documents.scoping import Uses
from verifier.results import StepResult, Verdict

__all__ = ["SAMPLE", "sample_rows", "unsure"]

#: the words of the reading, in the step's message (what :func:`unsure` looks for)
SAMPLE = "a sample of the data matrix"
_COLUMNS = re.compile(r"columns\s+of\s+\$?\s*(?:\\(?:mathbf|textbf|boldsymbol|bm)\s*\{?\s*)?([A-Z])\b")


def sample_rows(uses: Uses, scope: Scope, bold: frozenset[Key], matrices: frozenset[Key], text: str) -> list[Key]:
    """Add to ``scope`` the row (or column) reading of each bold ``x_i`` beside its bold capital X the
    chain writes (``uses``: the chain and the definitions it reaches); return the keys defined."""
    columns = {m.group(1) for m in _COLUMNS.finditer(text)}
    out: list[Key] = []
    for base, counts in sorted(uses.subscripted.items()):
        capital = base.upper()
        if len(base) != 1 or not base.islower() or counts != {1} or base in uses.bare or base in uses.called:
            continue
        key = (base, ())
        if key not in bold or key in scope.names or any(k[0] == base for k in scope.names):
            continue  # not a bold sample, or the notes (or a context) say what it is
        if capital in uses.called or (capital not in uses.bare and uses.subscripted.get(capital) != {2}):
            continue  # the chain writes the matrix X, whole or by its entries X_ij
        entry = scope.names.get((capital, ()))
        if entry is not None and not (isinstance(entry, VarDecl) and entry.kind == "matrix"):
            continue
        if (capital, ()) not in bold and (capital, ()) not in matrices:
            continue
        index = "i"  # the family's parameter (x_n, x_k in the chain are the same family)
        part, slot = ("column", f":,{index}") if capital in columns else ("row", f"{index},:")
        body = rf"(\mathbf{{{capital}}}_{{{slot}}})^\top" if part == "row" else rf"\mathbf{{{capital}}}_{{{slot}}}"
        scope.names[key] = Definition(key, body, (), (index,), None, False, 0)
        scope.inferred[key] = (f"{base}_{index}: {part} {index} of {capital}, as a column vector ({SAMPLE} "
                               f"{capital}; the {part}s of a data matrix are its samples)")  # fmt: skip
        out.append(key)
    return out


def unsure(r: StepResult) -> StepResult:
    """A FAILED step read with the data-matrix reading becomes SKIPPED with the reason."""
    if r.verdict is not Verdict.FAILED or SAMPLE not in (r.message or ""):
        return r
    why = ("fails with the bold sample read as a row of the data matrix, but the notes may mean other "
           "vectors by it: not called FAILED")  # fmt: skip
    return replace(r, verdict=Verdict.SKIPPED, message="; ".join(x for x in (why, r.message) if x))
