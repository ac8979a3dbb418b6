"""Probe entries (correct, stop 37): cosine similarity, KL of categorical distributions, pairwise
distances, a linear layer's bias gradient and Kronecker traces."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import build, dot, ones, softmax, sum_over, total

BOUNDED = Real(-3, 3)


@identity(
    "cosine-similarity-gradient",
    title="Gradient of the cosine similarity",
    statement=(r"\nabla_x \frac{x^\top y}{\|x\|\|y\|} = \frac{y}{\|x\|\|y\|} - \frac{x^\top y}{\|x\|^3\|y\|}\,x"),
    source="probe",
    tags=("probe", "similarity", "gradient"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x, y = b.vector("x", K, Positive(0.2, 3)), b.vector("y", K, Positive(0.2, 3))
    nx, ny = sp.sqrt(dot(x, x)), sp.sqrt(dot(y, y))
    xy = dot(x, y)
    return b.claim(D(xy / (nx * ny), x), build(K, 1, lambda i, _: y[i] / (nx * ny) - xy * x[i] / (nx**3 * ny)))


@identity(
    "categorical-kl-logit-gradient",
    title="Gradient of KL(softmax(s) || q) with respect to the logits",
    statement=(
        r"\nabla_s KL(p\,\|\,q) = p\circ\big(\log p - \log q - KL(p\,\|\,q)\mathbf 1\big),"
        r"\ p = \mathrm{softmax}(s)"
    ),
    source="probe",
    tags=("probe", "kl", "softmax"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    q = b.simplex("q", K)
    p = softmax(s)
    kl = sum_over(K, lambda k: p[k] * (sp.log(p[k]) - sp.log(q[k])))
    return b.claim(D(kl, s), build(K, 1, lambda i, _: p[i] * (sp.log(p[i]) - sp.log(q[i]) - kl)))


@identity(
    "pairwise-squared-differences",
    title="The sum of all pairwise squared differences",
    statement=r"\sum_i\sum_j (x_i - x_j)^2 = 2n\sum_i x_i^2 - 2\Big(\sum_i x_i\Big)^2",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(
        sum_over(n, lambda i: sum_over(n, lambda j: (x[i] - x[j]) ** 2)), 2 * n * dot(x, x) - 2 * total(x) ** 2
    )


@identity(
    "linear-layer-bias-gradient",
    title="Gradient of the mean squared error of a linear layer over a batch, bias",
    statement=(
        r"L = \tfrac1N\|XW + \mathbf 1b^\top - Y\|_F^2,\quad"
        r" \nabla_b L = \tfrac2N(XW + \mathbf 1b^\top - Y)^\top\mathbf 1"
    ),
    source="probe",
    tags=("probe", "losses", "linear"),
    sizes=[{"N": 2, "d": 2, "m": 2}, {"N": 3, "d": 2, "m": 1}],
)
def _(b):
    N, d, m = b.size("N"), b.size("d"), b.size("m")
    X, W, Y = b.matrix("X", N, d), b.matrix("W", d, m), b.matrix("Y", N, m)
    bias = b.vector("b", m)
    R = X * W + ones(N) * bias.T - Y
    loss = sum_over(N, lambda i: sum_over(m, lambda j: R[i, j] ** 2)) / N
    return b.claim(D(loss, bias), 2 * R.T * ones(N) / N)


@identity(
    "linear-layer-weight-gradient-mean",
    title="Gradient of the mean squared error of a linear layer over a batch, weights",
    statement=(
        r"L = \tfrac1N\|XW + \mathbf 1b^\top - Y\|_F^2,\quad"
        r" \nabla_W L = \tfrac2N X^\top(XW + \mathbf 1b^\top - Y)"
    ),
    source="probe",
    tags=("probe", "losses", "linear"),
    sizes=[{"N": 2, "d": 2, "m": 2}, {"N": 3, "d": 2, "m": 1}],
)
def _(b):
    N, d, m = b.size("N"), b.size("d"), b.size("m")
    X, W, Y = b.matrix("X", N, d), b.matrix("W", d, m), b.matrix("Y", N, m)
    bias = b.vector("b", m)
    R = X * W + ones(N) * bias.T - Y
    loss = sum_over(N, lambda i: sum_over(m, lambda j: R[i, j] ** 2)) / N
    return b.claim(D(loss, W), 2 * X.T * R / N)


@identity(
    "kronecker-trace",
    title="The trace of a Kronecker product",
    statement=r"\operatorname{tr}(A\otimes B) = \operatorname{tr}A\,\operatorname{tr}B",
    source="probe",
    tags=("probe", "linear-algebra", "kronecker"),
    sizes=[{"m": 2, "n": 2}, {"m": 2, "n": 3}],
)
def _(b, m, n):
    A, B = b.matrix("A", m, m), b.matrix("B", n, n)
    return b.claim(sp.ImmutableMatrix(sp.kronecker_product(A, B)).trace(), A.trace() * B.trace())


@identity(
    "l2-normalisation-chain",
    title="Gradient of a projection onto the unit direction, three links",
    statement=(
        r"\nabla_x\,\frac{u^\top x}{\|x\|} = \frac{u}{\|x\|} - \frac{u^\top x}{\|x\|^3}x"
        r" = \frac{1}{\|x\|}\Big(u - (u^\top\hat x)\hat x\Big)"
    ),
    source="probe",
    tags=("probe", "normalization", "chain"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x, u = b.vector("x", K, Positive(0.2, 3)), b.vector("u", K)
    nx = sp.sqrt(dot(x, x))
    ux = dot(u, x)
    return b.chain(
        D(ux / nx, x),
        build(K, 1, lambda i, _: u[i] / nx - ux * x[i] / nx**3),
        build(K, 1, lambda i, _: (u[i] - (ux / nx) * (x[i] / nx)) / nx),
    )
