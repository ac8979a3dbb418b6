"""Probe entries (correct): label smoothing, logistic Hessian, MSE of a linear layer, Gaussian likelihood, KL."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, cross_entropy, dot, normal_density, ones, sigmoid, softmax, sum_over

BOUNDED = Real(-3, 3)


@identity(
    "label-smoothing-gradient",
    title="Gradient of label-smoothed cross-entropy with respect to the logits",
    statement=(
        r"\tilde y = (1-\epsilon)y + \tfrac{\epsilon}{K}\mathbf 1,\quad"
        r"\frac{\partial\,CE(\tilde y, \mathrm{softmax}(z))}{\partial z} = \mathrm{softmax}(z) - \tilde y"
    ),
    source="probe",
    tags=("probe", "losses", "softmax"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K)
    y = b.onehot("y", K)
    eps = b.interval("epsilon", 0, 1)
    ys = (1 - eps) * y + eps / K * ones(K)
    return b.chain(
        D(cross_entropy(ys, softmax(z)), z),
        softmax(z) - ys,
        softmax(z) - (1 - eps) * y - eps / K * ones(K),
    )


@identity(
    "logistic-loss-hessian",
    title="Hessian of the logistic loss",
    statement=(
        r"\nabla_w \ell = (\sigma(w^\top x) - y)x,\quad"
        r"\nabla^2_w \ell = \sigma(w^\top x)(1-\sigma(w^\top x))\,x x^\top"
    ),
    source="probe",
    tags=("probe", "losses", "hessian"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    w = b.vector("w", n, BOUNDED)
    x = b.vector("x", n, BOUNDED)
    p = sigmoid(dot(w, x))
    return b.claim(D((p - b.interval("y", 0, 1)) * x, w), p * (1 - p) * x * x.T)


@identity(
    "mse-linear-batch-gradient",
    title="Gradient of the mean squared error of a linear layer over a batch",
    statement=r"L = \frac{1}{N}\sum_n (x_n^\top w - y_n)^2,\quad \nabla_w L = \frac{2}{N}X^\top(Xw - y)",
    source="probe",
    tags=("probe", "losses", "linear"),
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
        2 * X.T * (X * w - y) / N,
    )


@identity(
    "mse-linear-batch-gradient-matrix",
    title="Gradient of the squared error of a linear layer over a batch, weight matrix",
    statement=r"L = \tfrac12\|XW - Y\|_F^2,\quad \nabla_W L = X^\top(XW - Y)",
    source="probe",
    tags=("probe", "losses", "linear"),
    sizes=[{"N": 2, "d": 3, "m": 2}, {"N": 3, "d": 2, "m": 2}],
)
def _(b):
    N, d, m = b.size("N"), b.size("d"), b.size("m")
    X = b.matrix("X", N, d)
    W = b.matrix("W", d, m)
    Y = b.matrix("Y", N, m)
    R = X * W - Y
    loss = sum_over(N, lambda i: sum_over(m, lambda j: R[i, j] ** 2)) / 2
    return b.claim(D(loss, W), X.T * (X * W - Y))


@identity(
    "gaussian-loglik-gradient-mean",
    title="Gradient of the Gaussian log-likelihood in the mean",
    statement=r"\frac{\partial}{\partial\mu}\sum_n \log\mathcal N(x_n\mid\mu,s) = \frac{1}{s}\sum_n (x_n - \mu)",
    source="probe",
    tags=("probe", "statistics"),
    sizes={"N": [1, 2, 4]},
)
def _(b):
    N = b.size("N")
    x = b.vector("x", N)
    mu = b.real("mu")
    s = b.positive("s", 0.1, 10)
    ll = sum_over(N, lambda n: -sp.log(2 * sp.pi * s) / 2 - (x[n] - mu) ** 2 / (2 * s))
    return b.claim(D(ll, mu), sum_over(N, lambda n: x[n] - mu) / s)


@identity(
    "gaussian-loglik-gradient-variance",
    title="Gradient of the Gaussian log-likelihood in the variance",
    statement=(
        r"\frac{\partial}{\partial s}\sum_n \log\mathcal N(x_n\mid\mu,s)"
        r" = -\frac{N}{2s} + \frac{1}{2s^2}\sum_n (x_n-\mu)^2"
    ),
    source="probe",
    tags=("probe", "statistics"),
    sizes={"N": [1, 2, 4]},
)
def _(b):
    N = b.size("N")
    x = b.vector("x", N)
    mu = b.real("mu")
    s = b.positive("s", 0.1, 10)
    ll = sum_over(N, lambda n: -sp.log(2 * sp.pi * s) / 2 - (x[n] - mu) ** 2 / (2 * s))
    return b.claim(D(ll, s), -N / (2 * s) + sum_over(N, lambda n: (x[n] - mu) ** 2) / (2 * s**2))


@identity(
    "gaussian-log-density",
    title="Log of the normal density",
    statement=r"\log\mathcal N(x\mid\mu,s) = -\tfrac12\log(2\pi s) - \frac{(x-\mu)^2}{2s}",
    source="probe",
    tags=("probe", "statistics"),
)
def _(b):
    x, mu = b.real("x"), b.real("mu")
    s = b.positive("s", 0.1, 10)
    return b.claim(sp.log(normal_density(x, mu, s)), -sp.log(2 * sp.pi * s) / 2 - (x - mu) ** 2 / (2 * s))


def _kl(m1, s1, m2, s2):
    """KL(N(m1, s1^2) || N(m2, s2^2)) in closed form (s1, s2 standard deviations)."""
    return sp.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - sp.Rational(1, 2)


@identity(
    "gaussian-kl-closed-form",
    title="KL divergence of two univariate Gaussians, as an expectation",
    statement=(
        r"KL = \mathbb E_{q}[\log q - \log p] = \log\frac{\sigma_2}{\sigma_1}"
        r" + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac12"
    ),
    source="probe",
    tags=("probe", "statistics", "kl"),
)
def _(b):
    m1, m2 = b.real("m1", -3, 3), b.real("m2", -3, 3)
    s1, s2 = b.positive("s1", 0.2, 5), b.positive("s2", 0.2, 5)
    # E_q[(X - m2)^2] = s1^2 + (m1 - m2)^2 and E_q[(X - m1)^2] = s1^2, written out
    expect = sp.log(s2 / s1) - s1**2 / (2 * s1**2) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2)
    return b.claim(expect, _kl(m1, s1, m2, s2))


@identity(
    "gaussian-kl-gradient-mean",
    title="Gradient of the Gaussian KL in the first mean",
    statement=r"\frac{\partial KL}{\partial\mu_1} = \frac{\mu_1-\mu_2}{\sigma_2^2}",
    source="probe",
    tags=("probe", "statistics", "kl"),
)
def _(b):
    m1, m2 = b.real("m1", -3, 3), b.real("m2", -3, 3)
    s1, s2 = b.positive("s1", 0.2, 5), b.positive("s2", 0.2, 5)
    return b.claim(D(_kl(m1, s1, m2, s2), m1), (m1 - m2) / s2**2)


@identity(
    "gaussian-kl-gradient-std",
    title="Gradient of the Gaussian KL in the first standard deviation",
    statement=r"\frac{\partial KL}{\partial\sigma_1} = -\frac{1}{\sigma_1} + \frac{\sigma_1}{\sigma_2^2}",
    source="probe",
    tags=("probe", "statistics", "kl"),
)
def _(b):
    m1, m2 = b.real("m1", -3, 3), b.real("m2", -3, 3)
    s1, s2 = b.positive("s1", 0.2, 5), b.positive("s2", 0.2, 5)
    return b.chain(D(_kl(m1, s1, m2, s2), s1), -1 / s1 + 2 * s1 / (2 * s2**2), -1 / s1 + s1 / s2**2)


@identity(
    "vae-kl-standard-normal",
    title="KL of a diagonal Gaussian to the standard normal (the VAE term)",
    statement=(
        r"KL(\mathcal N(\mu,\sigma^2)\,\|\,\mathcal N(0,1))"
        r" = \tfrac12\sum_k(\sigma_k^2 + \mu_k^2 - 1 - \log\sigma_k^2)"
    ),
    source="probe",
    tags=("probe", "statistics", "kl"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    mu = b.vector("mu", K)
    s = b.vector("s", K, Real(0.2, 5))
    return b.claim(
        sum_over(K, lambda k: _kl(mu[k], s[k], 0, 1)),
        sum_over(K, lambda k: s[k] ** 2 + mu[k] ** 2 - 1 - sp.log(s[k] ** 2)) / 2,
    )
