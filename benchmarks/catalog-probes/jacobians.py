"""Probe entries (correct): Jacobians and gradients where orientation and index placement matter."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, delta, diag, dot, sigmoid, sum_over

BOUNDED = Real(-3, 3)


@identity(
    "linear-map-jacobian",
    title="Jacobian of a linear map",
    statement=r"\frac{\partial (Wx)}{\partial x} = W",
    source="probe",
    tags=("probe", "jacobian"),
    sizes=[{"m": 2, "n": 3}, {"m": 3, "n": 3}],
)
def _(b):
    m, n = b.size("m"), b.size("n")
    W, x = b.matrix("W", m, n), b.vector("x", n)
    return b.claim(D(W * x, x), W)


@identity(
    "sigmoid-layer-jacobian",
    title="Jacobian of a sigmoid layer",
    statement=r"\frac{\partial\sigma(Wx)}{\partial x} = \mathrm{diag}(\sigma'(Wx))\,W",
    source="probe",
    tags=("probe", "jacobian"),
    sizes=[{"n": 2}, {"n": 3}],
)
def _(b):
    n = b.size("n")
    W, x = b.matrix("W", n, n, BOUNDED), b.vector("x", n, BOUNDED)
    s = sigmoid(W * x)
    return b.claim(D(s, x), diag(s.applyfunc(lambda e: e * (1 - e))) * W)


@identity(
    "quadratic-form-matrix-gradient",
    title="Gradient of x^T A x with respect to A",
    statement=r"\nabla_A\,x^\top A x = x x^\top",
    source="probe",
    tags=("probe", "linear-algebra"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    A, x = b.matrix("A", n, n), b.vector("x", n)
    return b.claim(D(x.T * A * x, A), x * x.T)


@identity(
    "delta-double-sum",
    title="The sum of all entries of the identity",
    statement=r"\sum_i\sum_j \delta_{ij} = n",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda i: sum_over(n, lambda j: delta(i, j) * x[i] ** 0)), n)


@identity(
    "exp-tilt-derivative",
    title="Derivative of a log-partition in its temperature-like scalar",
    statement=r"\frac{d}{dt}\log\sum_k e^{t x_k} = \frac{\sum_k x_k e^{t x_k}}{\sum_k e^{t x_k}}",
    source="probe",
    tags=("probe", "sums"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    t = b.real("t", -2, 2)
    S = sum_over(K, lambda k: sp.exp(t * x[k]))
    return b.claim(D(sp.log(S), t), sum_over(K, lambda k: x[k] * sp.exp(t * x[k])) / S)


@identity(
    "weighted-sum-gradient",
    title="Gradient of a weighted squared error in the weights' scale",
    statement=r"\frac{d}{d\lambda}\sum_k (\lambda a_k - y_k)^2 = 2\sum_k a_k(\lambda a_k - y_k)",
    source="probe",
    tags=("probe", "sums"),
    sizes={"K": [1, 2, 4]},
)
def _(b):
    K = b.size("K")
    a, y = b.vector("a", K), b.vector("y", K)
    lam = b.real("lam")
    return b.chain(
        D(sum_over(K, lambda k: (lam * a[k] - y[k]) ** 2), lam),
        2 * sum_over(K, lambda k: a[k] * (lam * a[k] - y[k])),
        2 * (lam * dot(a, a) - dot(a, y)),
    )


@identity(
    "outer-product-entries",
    title="Entries of an outer product",
    statement=r"(uv^\top)_{ij} = u_iv_j",
    source="probe",
    tags=("probe", "linear-algebra"),
    sizes=[{"m": 2, "n": 3}],
)
def _(b):
    m, n = b.size("m"), b.size("n")
    u, v = b.vector("u", m), b.vector("v", n)
    return b.claim(u * v.T, build(m, n, lambda i, j: u[i] * v[j]))
