"""Probe entries (correct, stop 44): the derivative of an inverse along a line, log-determinant and
inverse-determinant gradients, push-through and Sylvester's determinant identity, Kronecker inverse and
determinant, a Schur complement, ridge regression's two forms, a Newton step and gradient descent on a
quadratic, Gaussian covariance and precision gradients."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import dot, eye, sum_over

BOUNDED = Real(-2, 2)


def _kron(A, B):
    return sp.ImmutableMatrix(sp.kronecker_product(A, B))


@identity(
    "inverse-line-derivative",
    title="The derivative of an inverse along a line",
    statement=r"\frac{d}{dt}(X + tE)^{-1} = -(X + tE)^{-1}E\,(X + tE)^{-1}",
    source="probe",
    tags=("probe", "linear-algebra", "inverse"),
    sizes={"n": [2]},
)
def _(b, n):
    X, E = b.matrix("X", n, n, BOUNDED), b.matrix("E", n, n, BOUNDED)
    t = b.real("t", -1, 1)
    M = (X + t * E).inv()
    return b.claim(D(M, t), -M * E * M)


@identity(
    "log-det-gram-gradient",
    title="Gradient of log det(X^T X)",
    statement=r"\nabla_X \log\det(X^\top X) = 2X(X^\top X)^{-1}",
    source="probe",
    tags=("probe", "linear-algebra", "determinant"),
    sizes=[{"m": 3, "n": 2}, {"m": 2, "n": 1}],
)
def _(b, m, n):
    X = b.matrix("X", m, n, BOUNDED)
    G = X.T * X
    return b.claim(D(sp.log(G.det()), X), 2 * X * G.inv())


@identity(
    "inverse-determinant-gradient",
    title="Gradient of det(X^{-1})",
    statement=r"\nabla_X \det(X^{-1}) = -\det(X^{-1})\,X^{-\top}",
    source="probe",
    tags=("probe", "linear-algebra", "determinant", "inverse"),
    sizes={"n": [2]},
)
def _(b, n):
    X = b.matrix("X", n, n, BOUNDED)
    Xi = X.inv()
    return b.claim(D(Xi.det(), X), -Xi.det() * Xi.T)


@identity(
    "push-through-identity",
    title="The push-through identity",
    statement=r"A(I + BA)^{-1} = (I + AB)^{-1}A",
    source="probe",
    tags=("probe", "linear-algebra", "inverse"),
    sizes=[{"m": 2, "n": 1}, {"m": 2, "n": 2}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, n, BOUNDED), b.matrix("B", n, m, BOUNDED)
    return b.claim(A * (sp.eye(n) + B * A).inv(), (sp.eye(m) + A * B).inv() * A)


@identity(
    "sylvester-determinant-identity",
    title="Sylvester's determinant identity",
    statement=r"\det(I_m + AB) = \det(I_n + BA)",
    source="probe",
    tags=("probe", "linear-algebra", "determinant"),
    sizes=[{"m": 3, "n": 1}, {"m": 2, "n": 2}, {"m": 3, "n": 2}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, n), b.matrix("B", n, m)
    return b.claim((sp.eye(m) + A * B).det(), (sp.eye(n) + B * A).det())


@identity(
    "kronecker-inverse",
    title="The inverse of a Kronecker product",
    statement=r"(A\otimes B)^{-1} = A^{-1}\otimes B^{-1}",
    source="probe",
    tags=("probe", "linear-algebra", "kronecker", "inverse"),
    sizes=[{"m": 2, "n": 1}, {"m": 2, "n": 2}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, m, BOUNDED), b.matrix("B", n, n, BOUNDED)
    return b.claim(_kron(A, B).inv(), _kron(A.inv(), B.inv()))


@identity(
    "kronecker-determinant",
    title="The determinant of a Kronecker product",
    statement=r"\det(A\otimes B) = \det(A)^n\det(B)^m,\ A\in\mathbb R^{m\times m},\ B\in\mathbb R^{n\times n}",
    source="probe",
    tags=("probe", "linear-algebra", "kronecker", "determinant"),
    sizes=[{"m": 2, "n": 1}, {"m": 2, "n": 2}, {"m": 1, "n": 3}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, m), b.matrix("B", n, n)
    return b.claim(_kron(A, B).det(), A.det() ** n * B.det() ** m)


@identity(
    "schur-complement-determinant",
    title="The determinant of a bordered matrix through its Schur complement",
    statement=r"\det\begin{pmatrix}A & u\\ v^\top & d\end{pmatrix} = \det(A)\,(d - v^\top A^{-1}u)",
    source="probe",
    tags=("probe", "linear-algebra", "determinant"),
    sizes={"n": [1, 2]},
)
def _(b, n):
    A = b.matrix("A", n, n, BOUNDED)
    u, v = b.vector("u", n), b.vector("v", n)
    d = b.real("d")
    M = sp.ImmutableMatrix(sp.BlockMatrix([[A, u], [v.T, sp.ImmutableMatrix([[d]])]]).as_explicit())
    return b.claim(M.det(), A.det() * (d - (v.T * A.inv() * u)[0, 0]))


@identity(
    "ridge-primal-dual",
    title="Ridge regression's primal and dual (kernel) forms agree",
    statement=r"(X^\top X + \lambda I)^{-1}X^\top y = X^\top(XX^\top + \lambda I)^{-1}y",
    source="probe",
    tags=("probe", "linear-algebra", "regression", "kernel"),
    sizes=[{"N": 2, "d": 1}, {"N": 1, "d": 2}, {"N": 2, "d": 2}],
)
def _(b, N, d):
    X, y = b.matrix("X", N, d), b.vector("y", N)
    lam = b.positive("lambda", 0.1, 3)
    return b.claim((X.T * X + lam * sp.eye(d)).inv() * X.T * y, X.T * (X * X.T + lam * sp.eye(N)).inv() * y)


@identity(
    "ridge-stationary-point",
    title="The ridge solution zeroes the gradient of the ridge loss",
    statement=(
        r"w^* = (X^\top X + \lambda I)^{-1}X^\top y,\quad \nabla_w\big(\|Xw - y\|^2 +"
        r" \lambda\|w\|^2\big)\big|_{w^*} = 0"
    ),
    source="probe",
    tags=("probe", "linear-algebra", "regression"),
    sizes=[{"N": 3, "d": 2}, {"N": 2, "d": 1}],
)
def _(b, N, d):
    X, y = b.matrix("X", N, d), b.vector("y", N)
    lam = b.positive("lambda", 0.1, 3)
    w = (X.T * X + lam * sp.eye(d)).inv() * X.T * y
    return b.claim(2 * X.T * (X * w - y) + 2 * lam * w, sp.zeros(d, 1))


@identity(
    "trace-xaxt-gradient",
    title="Gradient of tr(X A X^T)",
    statement=r"\nabla_X \operatorname{tr}(XAX^\top) = X(A + A^\top)",
    source="probe",
    tags=("probe", "linear-algebra", "trace"),
    sizes=[{"m": 2, "n": 2}, {"m": 3, "n": 2}],
)
def _(b):
    m, n = b.size("m"), b.size("n")
    X, A = b.matrix("X", m, n), b.matrix("A", n, n)
    M = X * A * X.T
    return b.claim(D(sum_over(m, lambda i: M[i, i]), X), X * (A + A.T))


@identity(
    "newton-step-quadratic",
    title="One Newton step minimises a quadratic",
    statement=r"f(x) = \tfrac12x^\top Ax - c^\top x,\ A = A^\top:\quad x - A^{-1}(Ax - c) = A^{-1}c",
    source="probe",
    tags=("probe", "optimisation", "newton"),
    sizes={"n": [2]},
)
def _(b, n):
    A = b.matrix("A", n, n, BOUNDED, symmetric=True)
    x, c = b.vector("x", n), b.vector("c", n)
    return b.claim(x - A.inv() * (A * x - c), A.inv() * c)


@identity(
    "quadratic-objective-gradient",
    title="The gradient of a quadratic objective with a symmetric matrix (the Newton step's gradient)",
    statement=r"\nabla_x\big(\tfrac12x^\top Ax - c^\top x\big) = Ax - c,\ A = A^\top",
    source="probe",
    tags=("probe", "optimisation", "newton"),
    sizes={"n": [2, 3]},
)
def _(b, n):
    A = b.matrix("A", n, n, BOUNDED, symmetric=True)
    x, c = b.vector("x", n), b.vector("c", n)
    return b.claim(D(dot(x, A * x) / 2 - dot(c, x), x), A * x - c)


@identity(
    "gradient-descent-error-recursion",
    title="Gradient descent on a quadratic: the error is multiplied by I - eta A",
    statement=r"x^+ = x - \eta(Ax - c),\ Ax^* = c:\quad x^+ - x^* = (I - \eta A)(x - x^*)",
    source="probe",
    tags=("probe", "optimisation"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    A, x, xs = b.matrix("A", n, n), b.vector("x", n), b.vector("xs", n)
    eta = b.positive("eta", 0.01, 1)
    return b.claim(x - eta * (A * x - A * xs) - xs, (eye(n) - eta * A) * (x - xs))


@identity(
    "gaussian-precision-gradient",
    title="Gaussian log-likelihood: the gradient in the precision matrix",
    statement=(
        r"\nabla_\Lambda\Big(\tfrac12\log\det\Lambda - \tfrac12(x - \mu)^\top\Lambda(x - \mu)\Big)"
        r" = \tfrac12\Lambda^{-\top} - \tfrac12(x - \mu)(x - \mu)^\top"
    ),
    source="probe",
    tags=("probe", "gaussian", "determinant"),
    sizes={"n": [2]},
)
def _(b, n):
    L = b.matrix("Lambda", n, n, BOUNDED)
    x, mu = b.vector("x", n), b.vector("mu", n)
    r = x - mu
    ll = sp.log(L.det()) / 2 - dot(r, L * r) / 2
    return b.claim(D(ll, L), L.inv().T / 2 - r * r.T / 2)


@identity(
    "gaussian-kl-covariance-gradient",
    title="KL(N(0, Sigma) || N(0, I)): the gradient in the covariance",
    statement=(
        r"\nabla_\Sigma\,\tfrac12\big(\operatorname{tr}\Sigma - \log\det\Sigma - n\big)"
        r" = \tfrac12\big(I - \Sigma^{-\top}\big)"
    ),
    source="probe",
    tags=("probe", "gaussian", "kl", "determinant"),
    sizes={"n": [2, 3]},
)
def _(b, n):
    S = b.matrix("Sigma", n, n, BOUNDED)
    kl = (S.trace() - sp.log(S.det()) - n) / 2
    return b.claim(D(kl, S), (sp.eye(n) - S.inv().T) / 2)


@identity(
    "gram-inner-product-sum",
    title="The squared norm of X^T y as a double sum",
    statement=r"\|X^\top y\|^2 = \sum_j\Big(\sum_i X_{ij}y_i\Big)^2",
    source="probe",
    tags=("probe", "linear-algebra"),
    sizes=[{"N": 2, "d": 3}, {"N": 3, "d": 1}],
)
def _(b):
    N, d = b.size("N"), b.size("d")
    X, y = b.matrix("X", N, d), b.vector("y", N)
    v = X.T * y
    return b.claim(dot(v, v), sum_over(d, lambda j: sum_over(N, lambda i: X[i, j] * y[i, 0]) ** 2))
