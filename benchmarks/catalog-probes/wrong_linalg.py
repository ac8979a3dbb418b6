"""Probe entries (WRONG, each one planted mistake): trace, log-det, vec/Kronecker, normalisation."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, delta, dot, ones, sum_over, total

BOUNDED = Real(-3, 3)


def _trace(M, n):
    return sum_over(n, lambda i: M[i, i])


def _vec(M):
    return sp.ImmutableMatrix([M[i, j] for j in range(M.cols) for i in range(M.rows)])


@identity(
    "trace-trick-wrong",
    title="Trace trick with the outer product's transpose on the wrong factor",
    statement=r"x^\top A x = \operatorname{tr}(A^\top x x^\top A)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    A = b.matrix("A", n, n)
    x = b.vector("x", n)
    return b.claim(x.T * A * x, _trace(A.T * x * x.T * A, n))


@identity(
    "trace-cyclic-wrong",
    title="Trace of a product with two factors swapped (not cyclic)",
    statement=r"\operatorname{tr}(ABC) = \operatorname{tr}(BAC)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [2, 3]},
)
def _(b):
    n = b.size("n")
    A, B, C = b.matrix("A", n, n), b.matrix("B", n, n), b.matrix("C", n, n)
    return b.claim(_trace(A * B * C, n), _trace(B * A * C, n))


@identity(
    "trace-product-gradient-wrong",
    title="Gradient of tr(AXB) with the transposes in the wrong order",
    statement=r"\nabla_X \operatorname{tr}(AXB) = B^\top A^\top",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=[{"n": 2}, {"n": 3}],
)
def _(b):
    n = b.size("n")
    A, X, B = b.matrix("A", n, n), b.matrix("X", n, n), b.matrix("B", n, n)
    return b.claim(D(_trace(A * X * B, n), X), B.T * A.T)


@identity(
    "trace-quadratic-gradient-wrong",
    title="Gradient of tr(X^T A X) as 2AX for a general A",
    statement=r"\nabla_X \operatorname{tr}(X^\top A X) = 2AX",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=[{"n": 2, "p": 3}, {"n": 3, "p": 2}],
)
def _(b):
    n, p = b.size("n"), b.size("p")
    A, X = b.matrix("A", n, n), b.matrix("X", n, p)
    return b.claim(D(_trace(X.T * A * X, p), X), 2 * A * X)


@identity(
    "log-det-gradient-wrong",
    title="Gradient of log |det X| without the transpose",
    statement=r"\nabla_X \log|\det X| = X^{-1}",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [2, 3]},
)
def _(b, n):
    X = b.matrix("X", n, n, Real(-2, 2))
    return b.claim(D(sp.log(sp.Abs(X.det())), X), X.inv())


@identity(
    "kronecker-vec-wrong",
    title="vec(AXB) with the Kronecker factors swapped",
    statement=r"\operatorname{vec}(AXB) = (A\otimes B^\top)\operatorname{vec}(X)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=[{"n": 2}],
)
def _(b, n):
    A, X, B = b.matrix("A", n, n), b.matrix("X", n, n), b.matrix("B", n, n)
    return b.claim(_vec(A * X * B), sp.ImmutableMatrix(sp.kronecker_product(A, B.T)) * _vec(X))


def _normalise(x, n, eps):
    mean = total(x) / n
    var = sum_over(n, lambda k: (x[k] - mean) ** 2) / n
    sigma = sp.sqrt(var + eps)
    return build(n, 1, lambda i, _: (x[i] - mean) / sigma), sigma


@identity(
    "layer-norm-jacobian-wrong",
    title="Layer-norm Jacobian without the mean's -1",
    statement=r"\frac{\partial\hat x_i}{\partial x_j} = \frac{1}{K\sigma}\big(K\delta_{ij} - \hat x_i\hat x_j\big)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    xh, sigma = _normalise(x, K, eps)
    return b.claim(D(xh, x), build(K, K, lambda i, j: (K * delta(i, j) - xh[i] * xh[j]) / (K * sigma)))


@identity(
    "batch-norm-input-gradient-wrong",
    title="Batch-norm input gradient without the x-hat projection term",
    statement=r"\frac{\partial L}{\partial x_i} = \frac{\gamma}{N\sigma}\Big(N g_i - \sum_j g_j\Big)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"N": [2, 3, 4]},
)
def _(b):
    N = b.size("N")
    x = b.vector("x", N, BOUNDED)
    g = b.vector("g", N)
    gamma, beta = b.real("gamma"), b.real("beta")
    eps = b.positive("epsilon", 0.01, 1)
    xh, sigma = _normalise(x, N, eps)
    y = gamma * xh + beta * ones(N)
    return b.claim(D(dot(g, y), x), gamma / (N * sigma) * (N * g - total(g) * ones(N)))


@identity(
    "batch-norm-scale-gradient-wrong",
    title="Batch-norm scale gradient as the plain sum of upstream gradients",
    statement=r"\frac{\partial L}{\partial\gamma} = \sum_i g_i",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"N": [2, 3, 4]},
)
def _(b):
    N = b.size("N")
    x = b.vector("x", N, BOUNDED)
    g = b.vector("g", N)
    gamma, beta = b.real("gamma"), b.real("beta")
    eps = b.positive("epsilon", 0.01, 1)
    xh, _sigma = _normalise(x, N, eps)
    return b.claim(D(dot(g, gamma * xh + beta * ones(N)), gamma), total(g))
