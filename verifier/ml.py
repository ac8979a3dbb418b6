"""The course's functions as explicit SymPy expressions (never opaque ``Function`` symbols).

Explicit definitions are what make a claim checkable: sigma is ``1/(1+exp(-z))``, softmax is
``exp(s_i)/sum_j exp(s_j)``; the verifier can then differentiate, simplify and evaluate them.
Vector functions accept and return ``ImmutableMatrix`` and keep the input's orientation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from verifier.catalog import CatalogError

Matrix = sp.ImmutableMatrix


def sigmoid(z: Any) -> Any:
    """Logistic function; applied entry-wise to a matrix."""
    if isinstance(z, sp.MatrixBase):
        return elementwise(sigmoid, z)
    return 1 / (1 + sp.exp(-z))


def relu(x: Any) -> Any:
    if isinstance(x, sp.MatrixBase):
        return elementwise(relu, x)
    return sp.Max(0, x)


def tanh(x: Any) -> Any:
    """tanh, applied entry-wise to a matrix."""
    if isinstance(x, sp.MatrixBase):
        return elementwise(sp.tanh, x)
    return sp.tanh(x)


def leaky_relu(x: Any, slope: Any) -> Any:
    """max(slope*x, x) for 0 < slope < 1."""
    if isinstance(x, sp.MatrixBase):
        return elementwise(lambda e: leaky_relu(e, slope), x)
    return sp.Max(slope * x, x)


def elementwise(fn: Callable[[Any], Any], m: sp.MatrixBase) -> Matrix:
    return Matrix(m.applyfunc(fn))


def hadamard(a: sp.MatrixBase, b: sp.MatrixBase) -> Matrix:
    """Entry-wise product; shapes must agree (a mismatch names both shapes)."""
    if a.shape != b.shape:
        raise CatalogError(f"hadamard product of shapes {a.shape[0]}x{a.shape[1]} and {b.shape[0]}x{b.shape[1]}")
    return Matrix(a.shape[0], a.shape[1], lambda i, j: a[i, j] * b[i, j])


def ones(n: int, row: bool = False) -> Matrix:
    return Matrix.ones(1, n) if row else Matrix.ones(n, 1)


def diag(v: sp.MatrixBase) -> Matrix:
    return Matrix(sp.diag(*list(v)))


def softmax(s: sp.MatrixBase) -> Matrix:
    """exp(s_i) / sum_j exp(s_j), same orientation as ``s``. A matrix with several rows and columns
    is a batch (one example per row, as ``softmax(XW)`` in course notes): one softmax per row."""
    if s.rows > 1 and s.cols > 1:
        return Matrix.vstack(*(softmax(s.row(i)) for i in range(s.rows)))
    exps = s.applyfunc(sp.exp)
    total = sp.Add(*exps)
    return Matrix(exps.applyfunc(lambda e: e / total))


def log_softmax(s: sp.MatrixBase) -> Matrix:
    """s_i - log(sum_j exp(s_j)): the numerically stable form taught with it."""
    lse = sp.log(sp.Add(*s.applyfunc(sp.exp)))
    return Matrix(s.applyfunc(lambda e: e - lse))


def cross_entropy(y: sp.MatrixBase, yhat: sp.MatrixBase) -> sp.Expr:
    """-sum_k y_k ln(yhat_k)."""
    if len(y) != len(yhat):
        raise CatalogError(f"cross_entropy of vectors of lengths {len(y)} and {len(yhat)}")
    return -sp.Add(*[a * sp.log(b) for a, b in zip(y, yhat, strict=True)])


def binary_cross_entropy(y: Any, p: Any) -> sp.Expr:
    return -(y * sp.log(p) + (1 - y) * sp.log(1 - p))


def dot(a: sp.MatrixBase, b: sp.MatrixBase) -> sp.Expr:
    if len(a) != len(b):
        raise CatalogError(f"dot product of vectors of lengths {len(a)} and {len(b)}")
    return sp.Add(*[x * y for x, y in zip(a, b, strict=True)])


def delta(i: int, j: int) -> int:
    """Kronecker delta on concrete indices."""
    return 1 if i == j else 0
