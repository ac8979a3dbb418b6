"""Probe entries (correct, stop 45): the KL divergence between two Gaussians (univariate, from the
expected log-ratio, and diagonal) and its gradients in the mean and in log sigma, and the Gaussian
negative log-likelihood's gradients in the mean, the variance and the log standard deviation."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, sum_over

BOUNDED = Real(-2, 2)
LOG_SCALE = Real(-1, 1)


def _expect_quadratic(expr, x, mean, var):
    """E[expr] for x ~ N(mean, var), expr a polynomial of degree <= 2 in x (its first two moments)."""
    poly = sp.Poly(sp.expand(expr), x)
    a, b, c = (poly.coeff_monomial(x**k) for k in range(3))
    return a + b * mean + c * (var + mean**2)


def _log_normal(x, mu, sigma):
    return -sp.log(sigma) - sp.log(2 * sp.pi) / 2 - (x - mu) ** 2 / (2 * sigma**2)


@identity(
    "gaussian-kl-univariate-closed-form",
    title="KL(N(m1, s1^2) || N(m2, s2^2)) from the expected log-ratio",
    statement=(
        r"\mathbb E_{x\sim p}\big[\log p(x) - \log q(x)\big]"
        r" = \log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2} - \frac12"
    ),
    source="probe",
    tags=("probe", "gaussian", "kl"),
)
def _(b):
    m1, m2 = b.real("mu1", -3, 3), b.real("mu2", -3, 3)
    s1, s2 = b.positive("sigma1", 0.1, 3), b.positive("sigma2", 0.1, 3)
    x = sp.Symbol("x", real=True)
    log_ratio = sp.expand(_log_normal(x, m1, s1) - _log_normal(x, m2, s2))
    return b.claim(
        _expect_quadratic(log_ratio, x, m1, s1**2),
        sp.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - sp.Rational(1, 2),
    )


def _kl(m1, m2, l1, l2):
    """KL between univariate Gaussians with log standard deviations l1, l2."""
    return l2 - l1 + (sp.exp(2 * l1) + (m1 - m2) ** 2) / (2 * sp.exp(2 * l2)) - sp.Rational(1, 2)


@identity(
    "gaussian-kl-log-sigma-gradients",
    title="KL between univariate Gaussians: the gradients in the mean and in log sigma of the first",
    statement=(
        r"\frac{\partial KL}{\partial\mu_1} = \frac{\mu_1 - \mu_2}{\sigma_2^2},\quad"
        r"\frac{\partial KL}{\partial\log\sigma_1} = \frac{\sigma_1^2}{\sigma_2^2} - 1"
    ),
    source="probe",
    tags=("probe", "gaussian", "kl", "gradient"),
)
def _(b):
    m1, m2 = b.real("mu1", -3, 3), b.real("mu2", -3, 3)
    l1, l2 = b.real("l1", -1, 1), b.real("l2", -1, 1)
    kl = _kl(m1, m2, l1, l2)
    gradient = sp.ImmutableMatrix([(m1 - m2) / sp.exp(2 * l2), sp.exp(2 * (l1 - l2)) - 1])
    return b.claim(D(kl, sp.ImmutableMatrix([m1, l1])), gradient)


@identity(
    "gaussian-kl-standard-normal-log-sigma",
    title="KL to the standard normal, parameterised by log sigma",
    statement=r"\frac{d}{d\ell}\Big(\tfrac12(e^{2\ell} + \mu^2 - 1) - \ell\Big) = e^{2\ell} - 1",
    source="probe",
    tags=("probe", "gaussian", "kl", "vae"),
)
def _(b):
    mu, ell = b.real("mu", -3, 3), b.real("ell", -2, 2)
    return b.claim(D((sp.exp(2 * ell) + mu**2 - 1) / 2 - ell, ell), sp.exp(2 * ell) - 1)


@identity(
    "diagonal-gaussian-kl-two-log-sigma-gradient",
    title="KL between diagonal Gaussians: the gradient in the first log standard deviations",
    statement=(
        r"KL = \sum_k \Big(\ell'_k - \ell_k + \frac{e^{2\ell_k} + (\mu_k - \mu'_k)^2}{2e^{2\ell'_k}} - \frac12\Big),\ "
        r"\nabla_\ell KL = \sigma^2\oslash\sigma'^2 - \mathbf 1"
    ),
    source="probe",
    tags=("probe", "gaussian", "kl", "gradient"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    m, m2 = b.vector("m", K, BOUNDED), b.vector("n", K, BOUNDED)
    ell, ell2 = b.vector("l", K, LOG_SCALE), b.vector("r", K, LOG_SCALE)
    kl = sum_over(K, lambda k: _kl(m[k], m2[k], ell[k], ell2[k]))
    return b.claim(D(kl, ell), build(K, 1, lambda k, _: sp.exp(2 * ell[k]) / sp.exp(2 * ell2[k]) - 1))


@identity(
    "diagonal-gaussian-kl-two-mean-gradient",
    title="KL between diagonal Gaussians: the gradient in the first mean",
    statement=(
        r"\nabla_\mu KL\big(\mathcal N(\mu, \operatorname{diag}\sigma^2)\,\|\,"
        r"\mathcal N(\mu', \operatorname{diag}\sigma'^2)\big) = (\mu - \mu')\oslash\sigma'^2"
    ),
    source="probe",
    tags=("probe", "gaussian", "kl", "gradient"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    m, m2 = b.vector("m", K, BOUNDED), b.vector("n", K, BOUNDED)
    ell, ell2 = b.vector("l", K, LOG_SCALE), b.vector("r", K, LOG_SCALE)
    kl = sum_over(K, lambda k: _kl(m[k], m2[k], ell[k], ell2[k]))
    return b.claim(D(kl, m), build(K, 1, lambda k, _: (m[k] - m2[k]) / sp.exp(2 * ell2[k])))


def _nll(x, mu, v):
    return sp.log(2 * sp.pi * v) / 2 + (x - mu) ** 2 / (2 * v)


@identity(
    "gaussian-nll-variance-gradient",
    title="The Gaussian negative log-likelihood: its gradients in the mean and the variance",
    statement=(
        r"\frac{\partial}{\partial(\mu, v)}\Big(\tfrac12\log(2\pi v) + \frac{(x-\mu)^2}{2v}\Big)"
        r" = \Big(\frac{\mu - x}{v},\ \frac{1}{2v} - \frac{(x-\mu)^2}{2v^2}\Big)"
    ),
    source="probe",
    tags=("probe", "gaussian", "likelihood", "gradient"),
)
def _(b):
    x, mu = b.real("x", -3, 3), b.real("mu", -3, 3)
    v = b.positive("v", 0.05, 4)
    return b.claim(
        D(_nll(x, mu, v), sp.ImmutableMatrix([mu, v])),
        sp.ImmutableMatrix([(mu - x) / v, 1 / (2 * v) - (x - mu) ** 2 / (2 * v**2)]),
    )


@identity(
    "heteroscedastic-nll-log-sigma-gradient",
    title="A batch Gaussian NLL with per-example log standard deviations: the gradient in them",
    statement=(
        r"L = \sum_i \Big(s_i + \frac{(x_i - \mu_i)^2}{2e^{2s_i}}\Big),\quad"
        r"\nabla_s L = \mathbf 1 - (x - \mu)^{\circ 2}\circ e^{-2s}"
    ),
    source="probe",
    tags=("probe", "gaussian", "likelihood", "gradient"),
    sizes={"N": [1, 2, 3]},
)
def _(b):
    N = b.size("N")
    x, mu, s = b.vector("x", N, BOUNDED), b.vector("mu", N, BOUNDED), b.vector("s", N, LOG_SCALE)
    loss = sum_over(N, lambda i: s[i] + (x[i] - mu[i]) ** 2 / (2 * sp.exp(2 * s[i])))
    return b.claim(D(loss, s), build(N, 1, lambda i, _: 1 - (x[i] - mu[i]) ** 2 * sp.exp(-2 * s[i])))
