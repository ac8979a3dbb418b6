"""Probe entries (correct): index sums an instructor writes out, each to be proved for every size."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import build, delta, sum_over, total

N_SIZES = {"n": [1, 2, 3, 5]}


@identity(
    "double-sum-diagonal-split",
    title="A double sum split into its diagonal and off-diagonal parts",
    statement=r"\sum_i\sum_j a_{ij}x_ix_j = \sum_i a_{ii}x_i^2 + \sum_i\sum_{j\ne i} a_{ij}x_ix_j",
    source="probe",
    tags=("probe", "sums"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    A = b.matrix("A", n, n)
    x = b.vector("x", n)
    return b.claim(
        x.T * A * x,
        sum_over(n, lambda i: A[i, i] * x[i] ** 2)
        + sum_over(n, lambda i: sum_over(n, lambda j: A[i, j] * x[i] * x[j] * (1 - delta(i, j)))),
    )


@identity(
    "frobenius-inner-product",
    title="tr(A^T B) is the sum of the entry-wise products",
    statement=r"\operatorname{tr}(A^\top B) = \sum_{i,j} a_{ij}b_{ij}",
    source="probe",
    tags=("probe", "sums"),
    sizes=[{"m": 2, "n": 3}, {"m": 3, "n": 2}],
)
def _(b):
    m, n = b.size("m"), b.size("n")
    A, B = b.matrix("A", m, n), b.matrix("B", m, n)
    return b.claim(
        sum_over(n, lambda j: (A.T * B)[j, j]),
        sum_over(m, lambda i: sum_over(n, lambda j: A[i, j] * B[i, j])),
    )


@identity(
    "mean-centering-sums-to-zero",
    title="Centred values sum to zero",
    statement=r"\sum_i \big(x_i - \tfrac1n\sum_j x_j\big) = 0",
    source="probe",
    tags=("probe", "sums"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda i: x[i] - total(x) / n), 0)


@identity(
    "variance-shortcut",
    title="The variance as the mean of squares minus the squared mean",
    statement=r"\frac1n\sum_i (x_i - \bar x)^2 = \frac1n\sum_i x_i^2 - \bar x^2",
    source="probe",
    tags=("probe", "sums", "statistics"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    mean = total(x) / n
    return b.claim(sum_over(n, lambda i: (x[i] - mean) ** 2) / n, sum_over(n, lambda i: x[i] ** 2) / n - mean**2)


@identity(
    "sum-of-squares-gradient",
    title="Gradient of the squared norm of a residual",
    statement=r"\frac{\partial}{\partial x_j}\sum_k (x_k - c_k)^2 = 2(x_j - c_j)",
    source="probe",
    tags=("probe", "sums"),
    sizes=N_SIZES,
)
def _(b):
    n = b.size("n")
    x, c = b.vector("x", n), b.vector("c", n)
    return b.claim(D(sum_over(n, lambda k: (x[k] - c[k]) ** 2), x), build(n, 1, lambda j, _: 2 * (x[j] - c[j])))


@identity(
    "log-sum-exp-gradient-scaled",
    title="Gradient of a temperature-scaled log-sum-exp",
    statement=r"\nabla_z\,\tau\log\sum_k e^{z_k/\tau} = \mathrm{softmax}(z/\tau)",
    source="probe",
    tags=("probe", "sums", "softmax"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K)
    tau = b.positive("tau", 0.2, 5)
    S = sum_over(K, lambda k: sp.exp(z[k] / tau))
    return b.claim(D(tau * sp.log(S), z), build(K, 1, lambda i, _: sp.exp(z[i] / tau) / S))
