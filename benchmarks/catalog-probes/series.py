"""Probe entries (correct, stop 37): closed forms and rearrangements of sums, for every size."""

import sympy as sp

from verifier.catalog import identity
from verifier.domains import Real
from verifier.ml import dot, sum_over, total


@identity(
    "sum-of-cubes",
    title="The sum of the first n cubes",
    statement=r"\sum_{k=1}^{n} k^3 = \Big(\frac{n(n+1)}{2}\Big)^2",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda k: (k + 1) ** 3 + 0 * x[k]), (sp.S(n) * (n + 1)) ** 2 / 4)


@identity(
    "telescoping-reciprocal-products",
    title="A telescoping sum of reciprocal products",
    statement=r"\sum_{k=1}^{n}\frac{1}{k(k+1)} = \frac{n}{n+1}",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda k: sp.S.One / ((k + 1) * (k + 2)) + 0 * x[k]), sp.S(n) / (n + 1))


@identity(
    "square-of-sum",
    title="The square of a sum is the sum over all pairs",
    statement=r"\Big(\sum_i x_i\Big)^2 = \sum_i\sum_j x_ix_j",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(total(x) ** 2, sum_over(n, lambda i: sum_over(n, lambda j: x[i] * x[j])))


@identity(
    "off-diagonal-pairs",
    title="The sum over distinct pairs",
    statement=r"\sum_i\sum_{j\ne i} x_ix_j = \Big(\sum_i x_i\Big)^2 - \sum_i x_i^2",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    from verifier.ml import delta

    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(
        sum_over(n, lambda i: sum_over(n, lambda j: x[i] * x[j] * (1 - delta(i, j)))),
        total(x) ** 2 - dot(x, x),
    )


@identity(
    "squared-deviation-decomposition",
    title="Squared deviations about any point split at the mean",
    statement=r"\sum_i (x_i - c)^2 = \sum_i (x_i - \bar x)^2 + n(\bar x - c)^2",
    source="probe",
    tags=("probe", "sums", "statistics"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n, Real(-3, 3))
    c = b.real("c")
    mean = total(x) / n
    return b.claim(
        sum_over(n, lambda i: (x[i] - c) ** 2),
        sum_over(n, lambda i: (x[i] - mean) ** 2) + n * (mean - c) ** 2,
    )


@identity(
    "finite-geometric-series",
    title="A finite geometric series",
    statement=r"\sum_{k=0}^{n-1} r^k = \frac{1 - r^n}{1 - r}",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    r = b.interval("r", 0.1, 0.9)
    return b.claim(sum_over(n, lambda k: r**k + 0 * x[k]), (1 - r**n) / (1 - r))


@identity(
    "sum-of-odd-weights",
    title="A weighted sum of an arithmetic sequence",
    statement=r"\sum_{k=1}^{n} (2k - 1)\,3 = 3n^2",
    source="probe",
    tags=("probe", "sums"),
    sizes={"n": [1, 2, 3, 5]},
)
def _(b):
    n = b.size("n")
    x = b.vector("x", n)
    return b.claim(sum_over(n, lambda k: 3 * (2 * (k + 1) - 1) + 0 * x[k]), 3 * n**2)
