"""Probe entries (WRONG, one planted mistake each, stop 37): copies of norms.py's entries."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import build, delta, dot, hadamard, ones, sum_over, total

BOUNDED = Real(-3, 3)


def _rms(x, n, eps):
    """sqrt(mean(x^2) + eps)."""
    return sp.sqrt(sum_over(n, lambda k: x[k] ** 2) / n + eps)


def _standardise(x, n, eps):
    """(x - mean) / sqrt(var + eps) and sigma = sqrt(var + eps) (biased variance)."""
    mean = total(x) / n
    var = sum_over(n, lambda k: (x[k] - mean) ** 2) / n
    sigma = sp.sqrt(var + eps)
    return build(n, 1, lambda i, _: (x[i] - mean) / sigma), sigma, var


@identity(
    "rms-norm-jacobian-wrong",
    title="Jacobian of RMS normalisation",
    statement=(
        r"r = \sqrt{\tfrac1K\textstyle\sum_k x_k^2 + \epsilon},\quad"
        r"\frac{\partial (x_i/r)}{\partial x_j} = \frac1r\Big(\delta_{ij} - \frac{x_ix_j}{Kr^2}\Big)"
    ),
    source="probe (wrong: the 1/K of the mean dropped)",
    tags=("probe", "wrong", "normalization", "jacobian"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    r = _rms(x, K, eps)
    y = build(K, 1, lambda i, _: x[i] / r)
    return b.claim(D(y, x), build(K, K, lambda i, j: (delta(i, j) - x[i] * x[j] / r**2) / r))


@identity(
    "rms-norm-gain-vjp-wrong",
    title="RMS normalisation with a gain: gradient of the loss with respect to the input",
    statement=(
        r"y = \gamma\circ x/r,\ L = g^\top y,\quad"
        r"\nabla_x L = \frac{\gamma\circ g}{r} - \frac{x}{Kr^3}\sum_k\gamma_kg_kx_k"
    ),
    source="probe (wrong: sign of the second term flipped)",
    tags=("probe", "wrong", "normalization", "backprop"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    gamma = b.vector("gamma", K)
    g = b.vector("g", K)
    eps = b.positive("epsilon", 0.01, 1)
    r = _rms(x, K, eps)
    y = build(K, 1, lambda i, _: gamma[i] * x[i] / r)
    weighted = sum_over(K, lambda k: gamma[k] * g[k] * x[k])
    return b.claim(D(dot(g, y), x), build(K, 1, lambda i, _: gamma[i] * g[i] / r + x[i] * weighted / (K * r**3)))


@identity(
    "l2-normalisation-jacobian-wrong",
    title="Jacobian of L2 normalisation",
    statement=r"y = \frac{x}{\|x\|},\quad \frac{\partial y}{\partial x} = \frac{1}{\|x\|}\big(I - yy^\top\big)",
    source="probe (wrong: multiplied by the norm instead of divided)",
    tags=("probe", "wrong", "normalization", "jacobian"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, Positive(0.2, 3))
    norm = sp.sqrt(dot(x, x))
    y = build(K, 1, lambda i, _: x[i] / norm)
    return b.claim(D(y, x), build(K, K, lambda i, j: (delta(i, j) - y[i] * y[j]) * norm))


@identity(
    "layer-norm-gain-input-gradient-wrong",
    title="Layer normalisation with a gain vector: gradient with respect to the input",
    statement=(
        r"y = \gamma\circ\hat x + \beta,\ L = g^\top y,\ h = \gamma\circ g,\quad"
        r"\nabla_x L = \frac{1}{K\sigma}\Big(Kh - \textstyle\sum_j h_j\mathbf 1 - \hat x\sum_j h_j\hat x_j\Big)"
    ),
    source="probe (wrong: g for gamma∘g in the last sum)",
    tags=("probe", "wrong", "normalization", "backprop"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    gamma, beta, g = b.vector("gamma", K), b.vector("beta", K), b.vector("g", K)
    eps = b.positive("epsilon", 0.01, 1)
    xh, sigma, _var = _standardise(x, K, eps)
    h = hadamard(gamma, g)
    loss = dot(g, hadamard(gamma, xh) + beta)
    return b.claim(D(loss, x), (K * h - total(h) * ones(K) - dot(g, xh) * xh) / (K * sigma))


@identity(
    "layer-norm-gain-gradient-wrong",
    title="Layer normalisation: gradient with respect to the gain vector",
    statement=r"\nabla_\gamma\, g^\top(\gamma\circ\hat x + \beta) = g\circ\hat x",
    source="probe (wrong: x for the normalised x)",
    tags=("probe", "wrong", "normalization", "backprop"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    gamma, beta, g = b.vector("gamma", K), b.vector("beta", K), b.vector("g", K)
    eps = b.positive("epsilon", 0.01, 1)
    xh, _sigma, _var = _standardise(x, K, eps)
    return b.claim(D(dot(g, hadamard(gamma, xh) + beta), gamma), hadamard(g, x))


@identity(
    "batch-variance-gradient-wrong",
    title="Gradient of the batch variance",
    statement=r"v = \tfrac1N\sum_k (x_k - \mu)^2,\quad \nabla_x v = \tfrac2N(x - \mu\mathbf 1)",
    source="probe (wrong: the factor 2 dropped)",
    tags=("probe", "wrong", "normalization", "statistics"),
    sizes={"N": [2, 3, 4]},
)
def _(b):
    N = b.size("N")
    x = b.vector("x", N, BOUNDED)
    mean = total(x) / N
    var = sum_over(N, lambda k: (x[k] - mean) ** 2) / N
    return b.claim(D(var, x), (x - mean * ones(N)) / N)


@identity(
    "standardised-square-sum-wrong",
    title="The squares of a standardised vector sum to K v/(v + eps)",
    statement=r"\sum_k \hat x_k^2 = \frac{Kv}{v+\epsilon}",
    source="probe (wrong: sign of epsilon flipped)",
    tags=("probe", "wrong", "normalization"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    xh, _sigma, var = _standardise(x, K, eps)
    return b.claim(sum_over(K, lambda k: xh[k] ** 2), K * var / (var - eps))
