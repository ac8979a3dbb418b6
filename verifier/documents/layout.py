r"""The layout of matrix derivatives in documents: one place, three conventions.

Notes are written in both conventions (a CS224n solution writes ∂(xW)/∂x = W, a numerator-layout
slide deck writes ∂f/∂θ as a row). The catalog's convention — ``mixed`` here — is what
:class:`verifier.catalog.D` computes: a scalar by a vector or matrix has the shape of the
variable (the gradient), a vector by a vector is the numerator-layout Jacobian ``J[i, j] =
∂f_i/∂x_j``. The two pure conventions differ from it by a transpose:

* ``numerator``: a scalar by a vector or matrix is transposed (∂f/∂x is a row for a column x);
  a vector by a vector is as in the catalog;
* ``denominator``: a scalar by a vector or matrix is as in the catalog; a vector by a vector is
  transposed (``J[j, i] = ∂f_i/∂x_j``).

A context declares ``layout: numerator`` or ``layout: denominator``; without one, a step that
fails in the catalog's layout is tried in the other two (verifier.documents.check) before FAILED.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

__all__ = ["BY_MATRIX", "LAYOUTS", "MATRIX_NUMERATOR", "MIXED", "arrange", "by_matrices", "differs", "gradient_layout",
           "note_variable"]

MIXED = "mixed"
#: the numerator layout for derivatives by a matrix only, a scalar's gradient by a vector a column: notes that
#: name ``\delta = \partial L/\partial z`` a column and write ``\partial L/\partial W = x\delta^T`` (n×m for an
#: m×n W) mean it; the consistent numerator layout makes δ a row, so it alone would refute their step (attention22)
MATRIX_NUMERATOR = "matrix-numerator"
LAYOUTS = ("mixed", "numerator", "denominator")


def _vector(v: Any) -> bool:
    return isinstance(v, sp.MatrixBase) and 1 in v.shape and v.shape != (1, 1)


_by_matrices = 0  # derivatives met by a vector or matrix variable (see note_variable)


def note_variable(wrt: Any) -> None:
    """Count a derivative by ``wrt`` if it is a vector or matrix: the only derivatives a layout can
    change. Every place the resolver takes a derivative says so here (through :func:`differs` or
    ``values.diff_value``), so a check during which the count did not move read the same values in
    every layout, and re-reading it in another layout cannot change its verdict (documents.doubts)."""
    global _by_matrices
    if isinstance(wrt, sp.MatrixBase) and wrt.shape != (1, 1):
        _by_matrices += 1


def by_matrices() -> int:
    """How many derivatives by a vector or matrix this process has met (:func:`note_variable`)."""
    return _by_matrices


def differs(f: Any, wrt: Any, layout: str) -> bool:
    """Does ``layout`` give ∂f/∂wrt a different shape from the catalog's (i.e. a transpose)?"""
    note_variable(wrt)
    if layout == MIXED or not isinstance(wrt, sp.MatrixBase) or wrt.shape == (1, 1):
        return False
    f_vec = _vector(f)
    if layout == MATRIX_NUMERATOR:  # a scalar by a matrix transposed; by a vector as the catalog's (a column)
        return not isinstance(f, sp.MatrixBase) and wrt.rows > 1 and wrt.cols > 1
    if layout == "numerator":
        return not f_vec
    return f_vec and _vector(wrt)


#: ``conventions["gradient"]`` where the prose states the numerator layout (``reader.scope_for``): ∂f/∂A follows
#: it, ``\nabla_A f`` by a matrix keeps A's shape (a ∇ by a vector still follows the layout)
BY_MATRIX = "matrix"


def gradient_layout(layout: str, gradient: str = "layout", wrt: Any = None) -> str:
    r"""The layout of a gradient ``\nabla_x f`` in notes of ``layout``. By default (``gradient:
    layout``) the notes' layout, as for ∂f/∂x (notes that write a gradient as a row have it so);
    where a context says ``gradient: column`` (numerator-layout notes that write ∂f/∂x as a row and
    ∇_x f = (∂f/∂x)^T), the catalog's: a scalar's gradient has the shape of its variable. Where the
    prose states the numerator layout (``gradient`` is :data:`BY_MATRIX`), a ∇ by a matrix ``wrt``
    (not a vector) has its variable's shape: no text writes ``\nabla_A f`` transposed, and reading it
    so turned the missing transpose ``\nabla_A \operatorname{tr}(AB) = B`` green (review19a)."""
    by_matrix = gradient == BY_MATRIX and isinstance(wrt, sp.MatrixBase) and wrt.rows > 1 and wrt.cols > 1
    return MIXED if layout == "numerator" and (gradient == "column" or by_matrix) else layout


def arrange(d: Any, f: Any, wrt: Any, layout: str) -> Any:
    """``d`` (∂f/∂wrt in the catalog's layout) in ``layout``."""
    if differs(f, wrt, layout) and isinstance(d, sp.MatrixBase):
        return sp.ImmutableMatrix(d.T)
    return d
