"""Probe entries (WRONG, one planted mistake each, stop 37): copies of similarities.py's entries."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import build, dot, ones, softmax, sum_over, total

BOUNDED = Real(-3, 3)


@identity(
    "cosine-similarity-gradient-wrong",
    title="Gradient of the cosine similarity, the norm cubed on the wrong vector",
    statement=r"\nabla_x \frac{x^\top y}{\|x\|\|y\|} = \frac{y}{\|x\|\|y\|} - \frac{x^\top y}{\|x\|\|y\|^3}\,x",
    source="probe (wrong: the cube on the norm of y)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x, y = b.vector("x", K, Positive(0.2, 3)), b.vector("y", K, Positive(0.2, 3))
    nx, ny = sp.sqrt(dot(x, x)), sp.sqrt(dot(y, y))
    xy = dot(x, y)
    return b.claim(D(xy / (nx * ny), x), build(K, 1, lambda i, _: y[i] / (nx * ny) - xy * x[i] / (nx * ny**3)))


@identity(
    "categorical-kl-logit-gradient-wrong",
    title="Gradient of KL(softmax(s) || q), the KL term dropped",
    statement=r"\nabla_s KL(p\,\|\,q) = p\circ(\log p - \log q)",
    source="probe (wrong: the mean term dropped)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    q = b.simplex("q", K)
    p = softmax(s)
    kl = sum_over(K, lambda k: p[k] * (sp.log(p[k]) - sp.log(q[k])))
    return b.claim(D(kl, s), build(K, 1, lambda i, _: p[i] * (sp.log(p[i]) - sp.log(q[i]))))


@identity(
    "pairwise-squared-differences-wrong",
    title="The sum of all pairwise squared differences, the n dropped",
    statement=r"\sum_i\sum_j (x_i - x_j)^2 = 2\sum_i x_i^2 - 2\Big(\sum_i x_i\Big)^2",
    source="probe (wrong: factor n dropped)",
    tags=("probe", "wrong"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda i: sum_over(n, lambda j: (x[i] - x[j]) ** 2)), 2 * dot(x, x) - 2 * total(x) ** 2)


@identity(
    "linear-layer-bias-gradient-wrong",
    title="Bias gradient of a linear layer's MSE, the 1/N dropped",
    statement=r"\nabla_b L = 2(XW + \mathbf 1b^\top - Y)^\top\mathbf 1",
    source="probe (wrong: the 1/N dropped)",
    tags=("probe", "wrong"),
    sizes=[{"N": 2, "d": 2, "m": 2}, {"N": 3, "d": 2, "m": 1}],
)
def _(b):
    N, d, m = b.size("N"), b.size("d"), b.size("m")
    X, W, Y = b.matrix("X", N, d), b.matrix("W", d, m), b.matrix("Y", N, m)
    bias = b.vector("b", m)
    R = X * W + ones(N) * bias.T - Y
    loss = sum_over(N, lambda i: sum_over(m, lambda j: R[i, j] ** 2)) / N
    return b.claim(D(loss, bias), 2 * R.T * ones(N))


@identity(
    "linear-layer-weight-gradient-mean-wrong",
    title="Weight gradient of a linear layer's MSE, the bias left out of the residual",
    statement=r"\nabla_W L = \tfrac2N X^\top(XW - Y)",
    source="probe (wrong: the bias dropped from the residual)",
    tags=("probe", "wrong"),
    sizes=[{"N": 2, "d": 2, "m": 2}, {"N": 3, "d": 2, "m": 1}],
)
def _(b):
    N, d, m = b.size("N"), b.size("d"), b.size("m")
    X, W, Y = b.matrix("X", N, d), b.matrix("W", d, m), b.matrix("Y", N, m)
    bias = b.vector("b", m)
    R = X * W + ones(N) * bias.T - Y
    loss = sum_over(N, lambda i: sum_over(m, lambda j: R[i, j] ** 2)) / N
    return b.claim(D(loss, W), 2 * X.T * (X * W - Y) / N)


@identity(
    "kronecker-trace-wrong",
    title="The trace of a Kronecker product as a sum of traces",
    statement=r"\operatorname{tr}(A\otimes B) = \operatorname{tr}A + \operatorname{tr}B",
    source="probe (wrong: a sum for the product)",
    tags=("probe", "wrong"),
    sizes=[{"m": 2, "n": 2}, {"m": 2, "n": 3}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, m), b.matrix("B", n, n)
    return b.claim(sp.ImmutableMatrix(sp.kronecker_product(A, B)).trace(), A.trace() + B.trace())


@identity(
    "l2-normalisation-chain-wrong",
    title="Gradient of a projection onto the unit direction, a wrong middle link",
    statement=(
        r"\nabla_x\,\frac{u^\top x}{\|x\|} = \frac{u}{\|x\|} - \frac{u^\top x}{\|x\|^2}x"
        r" = \frac{1}{\|x\|}\Big(u - (u^\top\hat x)\hat x\Big)"
    ),
    source="probe (wrong: the middle link's norm squared, not cubed)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x, u = b.vector("x", K, Positive(0.2, 3)), b.vector("u", K)
    nx = sp.sqrt(dot(x, x))
    ux = dot(u, x)
    return b.chain(
        D(ux / nx, x),
        build(K, 1, lambda i, _: u[i] / nx - ux * x[i] / nx**2),
        build(K, 1, lambda i, _: (u[i] - (ux / nx) * (x[i] / nx)) / nx),
    )
