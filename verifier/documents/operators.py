r"""The meaning of the parser's operator markers at concrete sizes: norms, entry-wise and Kronecker
products, inner products, trace, diagonal and determinant.

The parser (:mod:`verifier.latex`) records ``\|x\|``, ``a \odot b``, ``\langle a, b \rangle``,
``\operatorname{tr}(A)`` … as neutral markers (``norm``, ``hadamard``, ``inner``, ``tr`` …); the
resolver evaluates their arguments and looks the marker up in :data:`OPERATORS`. Each operator
takes resolved values (SymPy scalars or ``ImmutableMatrix``) and returns one, raising
``ResolveError`` where the notation has no single meaning here (SKIPPED) and ``DimensionError``
where the shapes do not fit (the written expression is ill-formed: FAILED). Such a message starts
"shape mismatch", so a checker can tell a clash of shapes from values that differ (and need not
call it FAILED when the shapes were only inferred).

Conventions, chosen to match how ML notes use the notation:

* ``norm(v)`` is the Euclidean norm of a vector and the Frobenius norm of a matrix (``\|X\|``,
  ``\|X\|_F``); ``norm(v, p)`` is the p-norm of a vector (``p = oo``: the largest entry in
  absolute value). The p-norm of a matrix (spectral for p = 2) is not supported.
* ``hadamard`` multiplies entry by entry (a scalar scales); ``kron`` is the Kronecker product,
  which for a column times a row is the outer product (``x \otimes \delta``).
* ``inner(a, b)`` is the sum of entry-wise products of two vectors of the same length, whatever
  their orientation; ``inner(a, b, W)`` is ``aᵀ W b``.
* ``hessian`` (called by the resolver with the gradient it computed) is the symmetric matrix of
  second derivatives of a scalar by a vector.
* ``minor(A, i, j)`` is the determinant of A with row i and column j removed (1-based), the minor
  the notes name in prose (documents.statedentries).
* ``diag`` of a vector is the diagonal matrix; of a matrix it is ambiguous (its diagonal as a
  vector, or the matrix with only its diagonal kept) and is not supported.
  Of an entry written with a letter index (``\mathrm{diag}(\mu_i(1-\mu_i))``) it is the diagonal
  matrix over that index, which is not read (:func:`diag_over_index`; never a number, nor a sum).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from verifier.documents import resolve as _resolve
from verifier.documents.misfits import SCALAR_IN_INNER
from verifier.documents.squares import determinant_of

__all__ = ["OPERATORS", "diag_over_index"]

Value = Any  # sp.Expr | sp.ImmutableMatrix (as verifier.documents.resolve.Value)


def _matrix(v: Value) -> bool:
    return isinstance(v, sp.MatrixBase)


def _scalar(v: Value) -> bool:
    return isinstance(v, sp.Expr) and not _matrix(v)


def _check(v: Value, what: str) -> None:
    if not (_matrix(v) or _scalar(v)):
        raise _resolve.ResolveError(f"{what} of {type(v).__name__} is not supported")


def _vector_entries(v: Value, what: str) -> list[sp.Expr]:
    if _scalar(v):
        return [v]
    if 1 not in v.shape:
        raise _resolve.ResolveError(f"{what} of a {v.rows}×{v.cols} matrix is not supported")
    return list(v)


def _result(v: Value) -> Value:
    """A 1×1 matrix is a scalar (as everywhere in the resolver)."""
    if _matrix(v):
        v = sp.ImmutableMatrix(v)
        return v[0, 0] if v.shape == (1, 1) else v
    return v


def norm(v: Value, p: Value = None) -> Value:
    r"""``\|v\|`` (Euclidean / Frobenius) or ``\|v\|_p``."""
    _check(v, "a norm")
    if p is None or (p == 2 and (_scalar(v) or 1 in v.shape)):
        entries = [v] if _scalar(v) else list(v)
        return sp.sqrt(sp.Add(*[e**2 for e in entries]))
    entries = _vector_entries(v, f"the {p}-norm")
    if p == sp.oo:
        return sp.Max(*[sp.Abs(e) for e in entries])
    if isinstance(p, sp.Integer) and p > 0:
        return sp.Add(*[sp.Abs(e) ** p for e in entries]) ** sp.Rational(1, int(p))
    if _scalar(p) and isinstance(p, sp.Expr) and p.free_symbols:  # \|x\|_p of a named p (latex.build, gaps60)
        return sp.Add(*[sp.Abs(e) ** p for e in entries]) ** (1 / p)
    raise _resolve.ResolveError(f"the norm subscript {p} is not supported")


def hadamard(a: Value, b: Value) -> Value:
    """Entry-wise product; a scalar factor scales the other."""
    _check(a, "an entry-wise product")
    _check(b, "an entry-wise product")
    if _scalar(a) or _scalar(b):
        return _result(a * b)
    if a.shape != b.shape:
        raise _resolve.DimensionError(
            f"shape mismatch in an entry-wise product: a {a.rows}×{a.cols} and a {b.rows}×{b.cols} value"
        )
    return _result(a.multiply_elementwise(b))


def hdivide(a: Value, b: Value) -> Value:
    """Entry-wise division ``a \\oslash b`` (a scalar divides or is divided by every entry): never the inverse
    of a square b, which ``b^{-1}`` would be."""
    _check(a, "an entry-wise division")
    _check(b, "an entry-wise division")
    if _scalar(b):
        return _result(a / b)
    if _scalar(a):
        return _result(b.applyfunc(lambda e: a / e))
    if a.shape != b.shape:
        raise _resolve.DimensionError(
            f"shape mismatch in an entry-wise division: a {a.rows}×{a.cols} and a {b.rows}×{b.cols} value"
        )
    return _result(sp.ImmutableMatrix(a.rows, a.cols, lambda i, j: a[i, j] / b[i, j]))


def kron(a: Value, b: Value) -> Value:
    """Kronecker product (for a column and a row: their outer product)."""
    _check(a, "a Kronecker product")
    _check(b, "a Kronecker product")
    if _scalar(a) or _scalar(b):
        return _result(a * b)
    rows = [[a[i, j] * b[k, m] for j in range(a.cols) for m in range(b.cols)]
            for i in range(a.rows) for k in range(b.rows)]  # fmt: skip
    return _result(sp.ImmutableMatrix(rows))


def outer(a: Value, b: Value) -> Value:
    """The outer product of two vectors (either orientation): the matrix of aᵢbⱼ (documents.outerproducts)."""
    _check(a, "an outer product")
    _check(b, "an outer product")
    if _scalar(a) or _scalar(b):
        return _result(a * b)
    left, right = _vector_entries(a, "an outer product"), _vector_entries(b, "an outer product")
    return _result(sp.ImmutableMatrix(len(left), len(right), lambda i, j: left[i] * right[j]))


def inner(a: Value, b: Value, weight: Value = None) -> Value:
    r"""``\langle a, b \rangle`` = Σ aᵢbᵢ; ``\langle a, b \rangle_W`` = aᵀ W b.

    A weighted product of a matrix (``\langle X, y \rangle_W``, notes that "let a or b be matrices of
    appropriate dimensions") is ``Aᵀ W B`` with each vector a column: entry (k, l) is the weighted
    product of column k of A with column l of B. An unweighted product of matrices stays refused
    (``\langle A, B \rangle`` is as often the Frobenius product tr(AᵀB))."""
    _check(a, "an inner product")
    _check(b, "an inner product")
    if weight is not None and any(_matrix(v) and 1 not in v.shape for v in (a, b)):
        _check(weight, "a weighted inner product")
        left_m, right_m = (_columns(v) for v in (a, b))
        w = weight if _matrix(weight) else sp.ImmutableMatrix([[weight]])
        if w.shape != (left_m.rows, right_m.rows):
            raise _resolve.DimensionError(
                f"shape mismatch in a weighted inner product: a {w.rows}×{w.cols} weight between "
                f"{left_m.rows}×{left_m.cols} and {right_m.rows}×{right_m.cols} values"
            )
        return _result(left_m.T * w * right_m)
    left = _vector_entries(a, "an inner product")
    right = _vector_entries(b, "an inner product")
    if weight is None:
        if len(left) != len(right):
            if 1 in (len(left), len(right)):
                # ⟨x, θ⟩ with x a scalar: the notes mean a vector by a name whose definition in scope is
                # a scalar (a letter reused), the misfit withoutdefinitions._without_note_definitions reads again
                raise _resolve.DimensionError(
                    f"shape mismatch in an inner product: {SCALAR_IN_INNER} of length {max(len(left), len(right))}"
                )
            raise _resolve.DimensionError(
                f"shape mismatch in an inner product: vectors of lengths {len(left)} and {len(right)}"
            )
        return sp.Add(*[x * y for x, y in zip(left, right, strict=True)])
    _check(weight, "a weighted inner product")
    w = weight if _matrix(weight) else sp.ImmutableMatrix([[weight]])
    if w.shape != (len(left), len(right)):
        raise _resolve.DimensionError(
            f"shape mismatch in a weighted inner product: a {w.rows}×{w.cols} weight between lengths {len(left)} "
            f"and {len(right)}"
        )
    return _result(sp.ImmutableMatrix([left]) * w * sp.ImmutableMatrix(right))


def _columns(v: Value) -> sp.ImmutableMatrix:
    """A matrix as it is; a vector (either orientation) or a scalar as a column."""
    if _matrix(v) and 1 not in v.shape:
        return sp.ImmutableMatrix(v)
    return sp.ImmutableMatrix([[e] for e in ([v] if _scalar(v) else list(v))])


def _square(v: Value, what: str) -> sp.ImmutableMatrix:
    _check(v, what)
    m = v if _matrix(v) else sp.ImmutableMatrix([[v]])
    if m.rows != m.cols:
        raise _resolve.DimensionError(f"shape mismatch: {what} of a {m.rows}×{m.cols} matrix (not square)")
    return sp.ImmutableMatrix(m)


def trace(v: Value) -> Value:
    return _square(v, "the trace").trace()


def determinant(v: Value) -> Value:
    return determinant_of(_square(v, "the determinant"))


def minor(v: Value, i: Value, j: Value) -> Value:
    """The (i, j) minor of a square matrix: the determinant of the matrix with row i and column j removed
    (1-based, as the notes count)."""
    m = _square(v, "a minor")
    if not (isinstance(i, sp.Integer) and isinstance(j, sp.Integer) and 1 <= i <= m.rows and 1 <= j <= m.cols):
        raise _resolve.ResolveError(f"the minor ({i}, {j}) of a {m.rows}×{m.cols} matrix is not an entry position")
    if m.rows == 1:
        return sp.Integer(1)
    rows = [r for r in range(m.rows) if r != int(i) - 1]
    cols = [c for c in range(m.cols) if c != int(j) - 1]
    return determinant_of(m.extract(rows, cols))


def diag_over_index(arg: sp.Basic) -> str | None:
    r"""Why ``\mathrm{diag}(arg)`` cannot be read, or None: an argument that writes an entry with a
    letter index (``\mu_i(1-\mu_i)``) means the diagonal matrix over that index, not one number
    (nor, by implied summation, the sum over it), and that family is not read here."""
    for sub in sp.preorder_traversal(arg):
        if isinstance(sub, sp.Indexed) and any(isinstance(i, sp.Symbol) for i in sub.indices):
            return (f"diag of an entry written with an index ({sub}): the diagonal matrix over that index, "
                    "which is not read here")
    return None


def diag(v: Value) -> Value:
    """The diagonal matrix of a vector."""
    _check(v, "diag")
    if _scalar(v):
        return v
    if 1 not in v.shape:
        raise _resolve.ResolveError("diag of a matrix is ambiguous (its diagonal, or the matrix without the rest)")
    return _result(sp.ImmutableMatrix(sp.diag(*list(v))))


def hessian(gradient: Value, wrt: Value) -> Value:
    r"""The Hessian from a gradient and the variable: H[i, j] = ∂gᵢ/∂xⱼ (``\nabla^2_x f``).

    The matrix of second derivatives of a scalar is symmetric, so no layout convention enters; a
    gradient that is not a vector as long as the variable (f was not a scalar, or x is a matrix)
    has no Hessian matrix."""
    if not _matrix(wrt):
        if _matrix(gradient):
            raise _resolve.ResolveError("the Hessian of a vector-valued function is not a matrix")
        return sp.diff(gradient, wrt)
    xs = _vector_entries(wrt, "a Hessian (with respect to a matrix it is a tensor)")
    if not _matrix(gradient) or 1 not in gradient.shape or len(gradient) != len(xs):
        raise _resolve.ResolveError("the Hessian of a vector-valued function is not a matrix")
    gs = list(gradient)
    return _result(sp.ImmutableMatrix(len(gs), len(xs), lambda i, j: sp.diff(gs[i], xs[j])))


OPERATORS: dict[str, Callable[..., Value]] = {
    "norm": norm,
    "hadamard": hadamard,
    "hdivide": hdivide,
    "kron": kron,
    "outer": outer,
    "inner": inner,
    "tr": trace,
    "det": determinant,
    "minor": minor,
    "diag": diag,
    "hessian": hessian,
}
