"""Probe entries (correct): the layer-norm Jacobian and batch-norm's backward pass."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, delta, dot, ones, sum_over, total

BOUNDED = Real(-3, 3)


def _normalise(x, n, eps):
    """(x - mean) / sqrt(var + eps), with the biased variance; also sigma = sqrt(var + eps)."""
    mean = total(x) / n
    var = sum_over(n, lambda k: (x[k] - mean) ** 2) / n
    sigma = sp.sqrt(var + eps)
    return build(n, 1, lambda i, _: (x[i] - mean) / sigma), sigma


@identity(
    "layer-norm-jacobian",
    title="Jacobian of layer normalisation",
    statement=(
        r"\hat x = \frac{x - \mu\mathbf 1}{\sqrt{v+\epsilon}},\quad"
        r"\frac{\partial\hat x_i}{\partial x_j}"
        r" = \frac{1}{K\sqrt{v+\epsilon}}\big(K\delta_{ij} - 1 - \hat x_i\hat x_j\big)"
    ),
    source="probe",
    tags=("probe", "normalization", "jacobian"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    xh, sigma = _normalise(x, K, eps)
    return b.claim(D(xh, x), build(K, K, lambda i, j: (K * delta(i, j) - 1 - xh[i] * xh[j]) / (K * sigma)))


@identity(
    "batch-norm-input-gradient",
    title="Batch normalisation: gradient of the loss with respect to the batch",
    statement=(
        r"\frac{\partial L}{\partial x_i} = \frac{\gamma}{N\sigma}\Big(N g_i - \sum_j g_j"
        r" - \hat x_i\sum_j g_j\hat x_j\Big),\quad g = \frac{\partial L}{\partial y},\ y = \gamma\hat x + \beta"
    ),
    source="probe",
    tags=("probe", "normalization", "backprop"),
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
    return b.claim(
        D(dot(g, y), x),
        gamma / (N * sigma) * (N * g - total(g) * ones(N) - dot(g, xh) * xh),
    )


def _affine(b):
    N = b.size("N")
    x = b.vector("x", N, BOUNDED)
    g = b.vector("g", N)
    gamma, beta = b.real("gamma"), b.real("beta")
    eps = b.positive("epsilon", 0.01, 1)
    xh, _sigma = _normalise(x, N, eps)
    return dot(g, gamma * xh + beta * ones(N)), g, xh, gamma, beta


@identity(
    "batch-norm-scale-gradient",
    title="Batch normalisation: gradient of the scale",
    statement=r"\frac{\partial L}{\partial\gamma} = \sum_i g_i\hat x_i",
    source="probe",
    tags=("probe", "normalization", "backprop"),
    sizes={"N": [2, 3, 4]},
)
def _(b):
    loss, g, xh, gamma, _beta = _affine(b)
    return b.claim(D(loss, gamma), dot(g, xh))


@identity(
    "batch-norm-shift-gradient",
    title="Batch normalisation: gradient of the shift",
    statement=r"\frac{\partial L}{\partial\beta} = \sum_i g_i",
    source="probe",
    tags=("probe", "normalization", "backprop"),
    sizes={"N": [2, 3, 4]},
)
def _(b):
    loss, g, _xh, _gamma, beta = _affine(b)
    return b.claim(D(loss, beta), total(g))
