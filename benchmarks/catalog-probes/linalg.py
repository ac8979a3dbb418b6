"""Probe entries (correct): the trace trick, log-det gradient, vec/Kronecker and trace gradients."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import sum_over


def _trace(M, n):
    return sum_over(n, lambda i: M[i, i])


def _vec(M):
    """Columns stacked (column-major), as in vec(AXB) = (B^T kron A) vec(X)."""
    return sp.ImmutableMatrix([M[i, j] for j in range(M.cols) for i in range(M.rows)])


@identity(
    "trace-trick",
    title="The trace trick for a quadratic form",
    statement=r"x^\top A x = \operatorname{tr}(x^\top A x) = \operatorname{tr}(A x x^\top)",
    source="probe",
    tags=("probe", "linear-algebra", "trace"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    A = b.matrix("A", n, n)
    x = b.vector("x", n)
    return b.claim(x.T * A * x, _trace(A * x * x.T, n))


@identity(
    "trace-cyclic",
    title="The trace is invariant under cyclic permutations (non-square factors)",
    statement=r"\operatorname{tr}(ABC) = \operatorname{tr}(CAB)",
    source="probe",
    tags=("probe", "linear-algebra", "trace"),
    sizes=[{"m": 2, "n": 3, "p": 2}, {"m": 3, "n": 2, "p": 4}],
)
def _(b):
    m, n, p = b.size("m"), b.size("n"), b.size("p")
    A, B, C = b.matrix("A", m, n), b.matrix("B", n, p), b.matrix("C", p, m)
    return b.claim(_trace(A * B * C, m), _trace(C * A * B, p))


@identity(
    "trace-product-gradient",
    title="Gradient of tr(AXB) with respect to X",
    statement=r"\nabla_X \operatorname{tr}(AXB) = A^\top B^\top",
    source="probe",
    tags=("probe", "linear-algebra", "trace"),
    sizes=[{"m": 2, "n": 3, "p": 2}, {"m": 3, "n": 2, "p": 3}],
)
def _(b):
    m, n, p = b.size("m"), b.size("n"), b.size("p")
    A, X, B = b.matrix("A", m, n), b.matrix("X", n, p), b.matrix("B", p, m)
    return b.claim(D(_trace(A * X * B, m), X), A.T * B.T)


@identity(
    "trace-quadratic-gradient",
    title="Gradient of tr(X^T A X) with respect to X",
    statement=r"\nabla_X \operatorname{tr}(X^\top A X) = (A + A^\top)X",
    source="probe",
    tags=("probe", "linear-algebra", "trace"),
    sizes=[{"n": 2, "p": 3}, {"n": 3, "p": 2}],
)
def _(b):
    n, p = b.size("n"), b.size("p")
    A, X = b.matrix("A", n, n), b.matrix("X", n, p)
    return b.claim(D(_trace(X.T * A * X, p), X), (A + A.T) * X)


@identity(
    "log-det-gradient",
    title="Gradient of log |det X|",
    statement=r"\nabla_X \log|\det X| = X^{-\top}",
    source="probe",
    tags=("probe", "linear-algebra", "determinant"),
    sizes={"n": [2, 3]},
)
def _(b, n):
    X = b.matrix("X", n, n, Real(-2, 2))
    return b.claim(D(sp.log(sp.Abs(X.det())), X), X.inv().T)


@identity(
    "kronecker-vec",
    title="vec(AXB) = (B^T kron A) vec(X)",
    statement=r"\operatorname{vec}(AXB) = (B^\top\otimes A)\operatorname{vec}(X)",
    source="probe",
    tags=("probe", "linear-algebra", "kronecker"),
    sizes=[{"m": 2, "n": 2, "p": 3, "q": 2}, {"m": 3, "n": 2, "p": 2, "q": 1}],
)
def _(b, m, n, p, q):
    A, X, B = b.matrix("A", m, n), b.matrix("X", n, p), b.matrix("B", p, q)
    return b.claim(_vec(A * X * B), sp.ImmutableMatrix(sp.kronecker_product(B.T, A)) * _vec(X))
