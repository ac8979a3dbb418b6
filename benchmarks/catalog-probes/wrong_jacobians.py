"""Probe entries (WRONG, one planted mistake each): orientation and index placement, aimed at the every-size proof."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, delta, diag, dot, sigmoid, sum_over

BOUNDED = Real(-3, 3)


@identity(
    "linear-map-jacobian-wrong",
    title="Jacobian of a linear map, transposed",
    statement=r"\frac{\partial (Wx)}{\partial x} = W^\top",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [2, 3]},
)
def _(b):
    n = b.size("n")
    W, x = b.matrix("W", n, n), b.vector("x", n)
    return b.claim(D(W * x, x), W.T)


@identity(
    "sigmoid-layer-jacobian-wrong",
    title="Jacobian of a sigmoid layer with diag on the wrong side",
    statement=r"\frac{\partial\sigma(Wx)}{\partial x} = W\,\mathrm{diag}(\sigma'(Wx))",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=[{"n": 2}, {"n": 3}],
)
def _(b):
    n = b.size("n")
    W, x = b.matrix("W", n, n, BOUNDED), b.vector("x", n, BOUNDED)
    s = sigmoid(W * x)
    return b.claim(D(s, x), W * diag(s.applyfunc(lambda e: e * (1 - e))))


@identity(
    "quadratic-form-matrix-gradient-wrong",
    title="Gradient of x^T A x with respect to A, as the inner product",
    statement=r"\nabla_A\,x^\top A x = (x^\top x) I",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    A, x = b.matrix("A", n, n), b.vector("x", n)
    return b.claim(D(x.T * A * x, A), build(n, n, lambda i, j: dot(x, x) * delta(i, j)))


@identity(
    "delta-double-sum-wrong",
    title="The sum of all entries of the identity as n^2",
    statement=r"\sum_i\sum_j \delta_{ij} = n^2",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda i: sum_over(n, lambda j: delta(i, j) * x[i] ** 0)), n**2)


@identity(
    "exp-tilt-derivative-wrong",
    title="Derivative of a log-partition in t, the x_k dropped",
    statement=r"\frac{d}{dt}\log\sum_k e^{t x_k} = 1",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    t = b.real("t", -2, 2)
    S = sum_over(K, lambda k: sp.exp(t * x[k]))
    return b.claim(D(sp.log(S), t), sum_over(K, lambda k: sp.exp(t * x[k])) / S)


@identity(
    "weighted-sum-gradient-wrong",
    title="Gradient in the scale with a^T y written y^T y",
    statement=r"\frac{d}{d\lambda}\sum_k (\lambda a_k - y_k)^2 = 2(\lambda a^\top a - y^\top y)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"K": [1, 2, 4]},
)
def _(b):
    K = b.size("K")
    a, y = b.vector("a", K), b.vector("y", K)
    lam = b.real("lam")
    return b.chain(
        D(sum_over(K, lambda k: (lam * a[k] - y[k]) ** 2), lam),
        2 * sum_over(K, lambda k: a[k] * (lam * a[k] - y[k])),
        2 * (lam * dot(a, a) - dot(y, y)),
    )


@identity(
    "outer-product-entries-wrong",
    title="Entries of an outer product with the indices swapped",
    statement=r"(uv^\top)_{ij} = u_jv_i",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [2, 3]},
)
def _(b):
    n = b.size("n")
    u, v = b.vector("u", n), b.vector("v", n)
    return b.claim(u * v.T, build(n, n, lambda i, j: u[j] * v[i]))


@identity(
    "sum-shift-wrong",
    title="Splitting off the last term, but adding the first",
    statement=r"\sum_{k=1}^{n} x_k = \sum_{k=1}^{n-1} x_k + x_1",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda k: x[k]), sum_over(n - 1, lambda k: x[k]) + x[0])
