"""Probe entries (correct, stop 37): inverse, determinant and trace derivatives, Sherman-Morrison,
Woodbury and the determinant lemma, Kronecker products and vec, Hessians of quadratic forms."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, dot, sum_over

BOUNDED = Real(-2, 2)


def _kron(A, B):
    return sp.ImmutableMatrix(sp.kronecker_product(A, B))


def _vec(M):
    """Columns stacked (column-major)."""
    return sp.ImmutableMatrix([M[i, j] for j in range(M.cols) for i in range(M.rows)])


@identity(
    "inverse-bilinear-gradient",
    title="Gradient of a^T X^{-1} b with respect to X",
    statement=r"\nabla_X\, a^\top X^{-1} b = -X^{-\top} a b^\top X^{-\top}",
    source="probe",
    tags=("probe", "linear-algebra", "inverse"),
    sizes={"n": [2]},
)
def _(b, n):
    X = b.matrix("X", n, n, BOUNDED)
    a, c = b.vector("a", n), b.vector("b", n)
    Xi = X.inv()
    return b.claim(D((a.T * Xi * c)[0, 0], X), -Xi.T * a * c.T * Xi.T)


@identity(
    "trace-inverse-gradient",
    title="Gradient of tr(A X^{-1}) with respect to X",
    statement=r"\nabla_X \operatorname{tr}(AX^{-1}) = -X^{-\top}A^\top X^{-\top}",
    source="probe",
    tags=("probe", "linear-algebra", "inverse", "trace"),
    sizes={"n": [2]},
)
def _(b, n):
    X = b.matrix("X", n, n, BOUNDED)
    A = b.matrix("A", n, n)
    Xi = X.inv()
    return b.claim(D((A * Xi).trace(), X), -Xi.T * A.T * Xi.T)


@identity(
    "determinant-gradient",
    title="Jacobi's formula: the gradient of the determinant",
    statement=r"\nabla_X \det X = \det(X)\,X^{-\top}",
    source="probe",
    tags=("probe", "linear-algebra", "determinant"),
    sizes={"n": [2, 3]},
)
def _(b, n):
    X = b.matrix("X", n, n, BOUNDED)
    return b.claim(D(X.det(), X), X.det() * X.inv().T)


@identity(
    "sherman-morrison",
    title="The Sherman-Morrison formula",
    statement=r"(A + uv^\top)^{-1} = A^{-1} - \frac{A^{-1}uv^\top A^{-1}}{1 + v^\top A^{-1}u}",
    source="probe",
    tags=("probe", "linear-algebra", "inverse"),
    sizes={"n": [2]},
)
def _(b, n):
    A = b.matrix("A", n, n, BOUNDED)
    u, v = b.vector("u", n, BOUNDED), b.vector("v", n, BOUNDED)
    Ai = A.inv()
    return b.claim((A + u * v.T).inv(), Ai - Ai * u * v.T * Ai / (1 + (v.T * Ai * u)[0, 0]))


@identity(
    "woodbury-identity",
    title="The Woodbury matrix identity",
    statement=r"(A + UCV)^{-1} = A^{-1} - A^{-1}U(C^{-1} + VA^{-1}U)^{-1}VA^{-1}",
    source="probe",
    tags=("probe", "linear-algebra", "inverse"),
    sizes=[{"n": 2, "k": 1}],
)
def _(b, n, k):
    A = b.matrix("A", n, n, BOUNDED)
    U, C, V = b.matrix("U", n, k, BOUNDED), b.matrix("C", k, k, BOUNDED), b.matrix("V", k, n, BOUNDED)
    Ai = A.inv()
    return b.claim((A + U * C * V).inv(), Ai - Ai * U * (C.inv() + V * Ai * U).inv() * V * Ai)


@identity(
    "matrix-determinant-lemma",
    title="The matrix determinant lemma",
    statement=r"\det(A + uv^\top) = \det(A)\,(1 + v^\top A^{-1}u)",
    source="probe",
    tags=("probe", "linear-algebra", "determinant"),
    sizes={"n": [2, 3]},
)
def _(b, n):
    A = b.matrix("A", n, n, BOUNDED)
    u, v = b.vector("u", n), b.vector("v", n)
    return b.claim((A + u * v.T).det(), A.det() * (1 + (v.T * A.inv() * u)[0, 0]))


@identity(
    "kronecker-mixed-product",
    title="The mixed-product property of the Kronecker product",
    statement=r"(A\otimes B)(C\otimes E) = (AC)\otimes(BE)",
    source="probe",
    tags=("probe", "linear-algebra", "kronecker"),
    sizes=[{"m": 2, "n": 2}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, m), b.matrix("B", n, n)
    C, E = b.matrix("C", m, m), b.matrix("E", n, n)
    return b.claim(_kron(A, B) * _kron(C, E), _kron(A * C, B * E))


@identity(
    "kronecker-transpose",
    title="The transpose of a Kronecker product",
    statement=r"(A\otimes B)^\top = A^\top\otimes B^\top",
    source="probe",
    tags=("probe", "linear-algebra", "kronecker"),
    sizes=[{"m": 2, "n": 2}, {"m": 2, "n": 3}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, n), b.matrix("B", n, m)
    return b.claim(_kron(A, B).T, _kron(A.T, B.T))


@identity(
    "vec-trace-inner-product",
    title="tr(A^T B) is the inner product of vec(A) and vec(B)",
    statement=r"\operatorname{tr}(A^\top B) = \operatorname{vec}(A)^\top\operatorname{vec}(B)",
    source="probe",
    tags=("probe", "linear-algebra", "vec"),
    sizes=[{"m": 2, "n": 2}, {"m": 3, "n": 3}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, n), b.matrix("B", m, n)
    return b.claim((A.T * B).trace(), (_vec(A).T * _vec(B))[0, 0])


@identity(
    "frobenius-residual-gradient",
    title="Gradient of the squared Frobenius norm of AX - B",
    statement=r"\nabla_X \|AX - B\|_F^2 = 2A^\top(AX - B)",
    source="probe",
    tags=("probe", "linear-algebra", "least-squares"),
    sizes=[{"m": 2, "n": 3, "p": 2}, {"m": 3, "n": 2, "p": 1}],
)
def _(b):
    m, n, p = b.size("m"), b.size("n"), b.size("p")
    A, X, B = b.matrix("A", m, n), b.matrix("X", n, p), b.matrix("B", m, p)
    R = A * X - B
    loss = sum_over(m, lambda i: sum_over(p, lambda j: R[i, j] ** 2))
    return b.claim(D(loss, X), 2 * A.T * (A * X - B))


@identity(
    "quadratic-form-hessian",
    title="Hessian of a quadratic form: the Jacobian of its gradient (A + A^T)x + c",
    statement=r"\frac{\partial\big((A + A^\top)x + c\big)}{\partial x} = A + A^\top",
    source="probe",
    tags=("probe", "linear-algebra", "hessian"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    A, x, c = b.matrix("A", n, n), b.vector("x", n), b.vector("c", n)
    return b.claim(D((A + A.T) * x + c, x), A + A.T)


@identity(
    "bilinear-form-matrix-gradient",
    title="Gradient of a^T W c with respect to W",
    statement=r"\nabla_W\, a^\top W c = ac^\top",
    source="probe",
    tags=("probe", "linear-algebra"),
    sizes=[{"m": 2, "n": 3}, {"m": 3, "n": 3}],
)
def _(b):
    m, n = b.size("m"), b.size("n")
    a, W, c = b.vector("a", m), b.matrix("W", m, n), b.vector("c", n)
    return b.claim(D(dot(a, W * c), W), a * c.T)


@identity(
    "outer-product-trace",
    title="The trace of an outer product is the inner product",
    statement=r"\operatorname{tr}(ab^\top) = a^\top b",
    source="probe",
    tags=("probe", "linear-algebra", "trace"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    a, c = b.vector("a", n), b.vector("b", n)
    M = a * c.T
    return b.claim(sum_over(n, lambda i: M[i, i]), dot(a, c))


@identity(
    "gram-matrix-entries",
    title="The entries of X^T X are inner products of columns",
    statement=r"(X^\top X)_{ij} = \sum_k X_{ki}X_{kj}",
    source="probe",
    tags=("probe", "linear-algebra"),
    sizes=[{"N": 2, "d": 3}, {"N": 3, "d": 2}],
)
def _(b):
    N, d = b.size("N"), b.size("d")
    X = b.matrix("X", N, d)
    return b.claim(X.T * X, build(d, d, lambda i, j: sum_over(N, lambda k: X[k, i] * X[k, j])))
