"""Probe entries (WRONG, one planted mistake each): index sums, aimed at the proof for every size."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import build, delta, sum_over, total

N_SIZES = {"n": [1, 2, 3, 5]}


@identity(
    "double-sum-diagonal-only-wrong",
    title="A double sum with the off-diagonal part dropped",
    statement=r"\sum_i\sum_j a_{ij}x_ix_j = \sum_i a_{ii}x_i^2",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    A = b.matrix("A", n, n)
    x = b.vector("x", n)
    return b.claim(x.T * A * x, sum_over(n, lambda i: A[i, i] * x[i] ** 2))


@identity(
    "frobenius-inner-product-wrong",
    title="tr(A^T B) with B's indices swapped",
    statement=r"\operatorname{tr}(A^\top B) = \sum_{i,j} a_{ij}b_{ji}",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    A, B = b.matrix("A", n, n), b.matrix("B", n, n)
    return b.claim(
        sum_over(n, lambda j: (A.T * B)[j, j]),
        sum_over(n, lambda i: sum_over(n, lambda j: A[i, j] * B[j, i])),
    )


@identity(
    "mean-centering-wrong",
    title="Centred values, the mean divided by n - 1",
    statement=r"\sum_i \big(x_i - \tfrac1{n-1}\sum_j x_j\big) = 0",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda i: x[i] - total(x) / (n - 1)), 0)


@identity(
    "variance-shortcut-wrong",
    title="The variance shortcut with the squared mean's sign flipped",
    statement=r"\frac1n\sum_i (x_i - \bar x)^2 = \frac1n\sum_i x_i^2 + \bar x^2",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    mean = total(x) / n
    return b.claim(sum_over(n, lambda i: (x[i] - mean) ** 2) / n, sum_over(n, lambda i: x[i] ** 2) / n + mean**2)


@identity(
    "sum-bound-off-by-one-wrong",
    title="A delta contracted over a range that misses the last index",
    statement=r"\sum_{k=1}^{n-1}\delta_{kj}x_k = x_j",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(
        build(n, 1, lambda j, _: sum_over(n - 1, lambda k: delta(k, j) * x[k])),
        x,
    )


@identity(
    "sum-of-squares-gradient-wrong",
    title="Gradient of a squared residual norm without the 2",
    statement=r"\frac{\partial}{\partial x_j}\sum_k (x_k - c_k)^2 = x_j - c_j",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    x, c = b.vector("x", n), b.vector("c", n)
    return b.claim(D(sum_over(n, lambda k: (x[k] - c[k]) ** 2), x), build(n, 1, lambda j, _: x[j] - c[j]))


@identity(
    "log-sum-exp-gradient-scaled-wrong",
    title="Gradient of a temperature-scaled log-sum-exp with a stray 1/tau",
    statement=r"\nabla_z\,\tau\log\sum_k e^{z_k/\tau} = \tfrac1\tau\mathrm{softmax}(z/\tau)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K)
    tau = b.positive("tau", 0.2, 5)
    S = sum_over(K, lambda k: sp.exp(z[k] / tau))
    return b.claim(D(tau * sp.log(S), z), build(K, 1, lambda i, _: sp.exp(z[i] / tau) / (tau * S)))
