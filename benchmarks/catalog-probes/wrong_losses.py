"""Probe entries (WRONG, each one planted mistake): losses, likelihoods, KL. Every one should be FAILED."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, cross_entropy, dot, ones, sigmoid, softmax, sum_over

BOUNDED = Real(-3, 3)


@identity(
    "label-smoothing-gradient-wrong",
    title="Label smoothing gradient against the unsmoothed target",
    statement=r"\frac{\partial\,CE(\tilde y, \mathrm{softmax}(z))}{\partial z} = \mathrm{softmax}(z) - y",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K)
    y = b.onehot("y", K)
    eps = b.interval("epsilon", 0, 1)
    ys = (1 - eps) * y + eps / K * ones(K)
    return b.claim(D(cross_entropy(ys, softmax(z)), z), softmax(z) - y)


@identity(
    "label-smoothing-gradient-wrong-k",
    title="Label smoothing gradient, epsilon/K written epsilon",
    statement=r"\frac{\partial\,CE}{\partial z} = \mathrm{softmax}(z) - (1-\epsilon)y - \epsilon\mathbf 1",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K)
    y = b.onehot("y", K)
    eps = b.interval("epsilon", 0, 1)
    ys = (1 - eps) * y + eps / K * ones(K)
    return b.chain(D(cross_entropy(ys, softmax(z)), z), softmax(z) - ys, softmax(z) - (1 - eps) * y - eps * ones(K))


@identity(
    "logistic-loss-hessian-wrong",
    title="Logistic Hessian without the variance factor",
    statement=r"\nabla^2_w \ell = \sigma(w^\top x)\,x x^\top",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    w = b.vector("w", n, BOUNDED)
    x = b.vector("x", n, BOUNDED)
    p = sigmoid(dot(w, x))
    return b.claim(D((p - b.interval("y", 0, 1)) * x, w), p * x * x.T)


@identity(
    "mse-linear-batch-gradient-wrong",
    title="MSE gradient of a linear layer with the 1/N dropped",
    statement=r"\nabla_w \frac{1}{N}\|Xw - y\|^2 = 2X^\top(Xw - y)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=[{"N": 2, "d": 3}, {"N": 4, "d": 2}],
)
def _(b):
    N, d = b.size("N"), b.size("d")
    X = b.matrix("X", N, d)
    w = b.vector("w", d)
    y = b.vector("y", N)
    r = X * w - y
    return b.chain(
        D(sum_over(N, lambda i: r[i] ** 2) / N, w),
        build(d, 1, lambda k, _: 2 * sum_over(N, lambda i: r[i] * X[i, k]) / N),
        2 * X.T * (X * w - y),
    )


@identity(
    "mse-linear-batch-gradient-matrix-wrong",
    title="Squared-error gradient of a linear layer with the residual on the wrong side",
    statement=r"\nabla_W \tfrac12\|XW - Y\|_F^2 = X^\top(Y - XW)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=[{"N": 2, "d": 3, "m": 2}, {"N": 3, "d": 2, "m": 2}],
)
def _(b):
    N, d, m = b.size("N"), b.size("d"), b.size("m")
    X = b.matrix("X", N, d)
    W = b.matrix("W", d, m)
    Y = b.matrix("Y", N, m)
    R = X * W - Y
    loss = sum_over(N, lambda i: sum_over(m, lambda j: R[i, j] ** 2)) / 2
    return b.claim(D(loss, W), X.T * (Y - X * W))


@identity(
    "gaussian-loglik-gradient-variance-wrong",
    title="Gaussian log-likelihood in the variance, 1/(2 s^2) written 1/(2 s)",
    statement=(
        r"\frac{\partial}{\partial s}\sum_n \log\mathcal N(x_n\mid\mu,s)"
        r" = -\frac{N}{2s} + \frac{1}{2s}\sum_n (x_n-\mu)^2"
    ),
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"N": [1, 2, 4]},
)
def _(b):
    N = b.size("N")
    x = b.vector("x", N)
    mu = b.real("mu")
    s = b.positive("s", 0.1, 10)
    ll = sum_over(N, lambda n: -sp.log(2 * sp.pi * s) / 2 - (x[n] - mu) ** 2 / (2 * s))
    return b.claim(D(ll, s), -N / (2 * s) + sum_over(N, lambda n: (x[n] - mu) ** 2) / (2 * s))


@identity(
    "gaussian-loglik-gradient-mean-wrong",
    title="Gaussian log-likelihood in the mean, the sum replaced by one term",
    statement=r"\frac{\partial}{\partial\mu}\sum_n \log\mathcal N(x_n\mid\mu,s) = \frac{x_1 - \mu}{s}",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"N": [1, 2, 4]},
)
def _(b):
    N = b.size("N")
    x = b.vector("x", N)
    mu = b.real("mu")
    s = b.positive("s", 0.1, 10)
    ll = sum_over(N, lambda n: -sp.log(2 * sp.pi * s) / 2 - (x[n] - mu) ** 2 / (2 * s))
    return b.claim(D(ll, mu), (x[0] - mu) / s)


def _kl(m1, s1, m2, s2):
    return sp.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - sp.Rational(1, 2)


@identity(
    "gaussian-kl-closed-form-wrong",
    title="Gaussian KL with the variances' ratio inverted in the log",
    statement=r"KL = \log\frac{\sigma_1}{\sigma_2} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac12",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    m1, m2 = b.real("m1", -3, 3), b.real("m2", -3, 3)
    s1, s2 = b.positive("s1", 0.2, 5), b.positive("s2", 0.2, 5)
    expect = sp.log(s2 / s1) - s1**2 / (2 * s1**2) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2)
    return b.claim(expect, sp.log(s1 / s2) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - sp.Rational(1, 2))


@identity(
    "gaussian-kl-gradient-std-wrong",
    title="Gaussian KL in the first standard deviation, the sign of 1/sigma_1 flipped",
    statement=r"\frac{\partial KL}{\partial\sigma_1} = \frac{1}{\sigma_1} + \frac{\sigma_1}{\sigma_2^2}",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    m1, m2 = b.real("m1", -3, 3), b.real("m2", -3, 3)
    s1, s2 = b.positive("s1", 0.2, 5), b.positive("s2", 0.2, 5)
    return b.claim(D(_kl(m1, s1, m2, s2), s1), 1 / s1 + s1 / s2**2)


@identity(
    "vae-kl-standard-normal-wrong",
    title="VAE KL term without the one-half",
    statement=r"KL = \sum_k(\sigma_k^2 + \mu_k^2 - 1 - \log\sigma_k^2)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    mu = b.vector("mu", K)
    s = b.vector("s", K, Real(0.2, 5))
    return b.claim(
        sum_over(K, lambda k: _kl(mu[k], s[k], 0, 1)),
        sum_over(K, lambda k: s[k] ** 2 + mu[k] ** 2 - 1 - sp.log(s[k] ** 2)),
    )
