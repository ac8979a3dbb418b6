"""Probe entries (correct): derivatives of GELU, SiLU, softplus, log-sigmoid and the focal loss."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import normal_cdf, normal_pdf, sigmoid, silu, softplus


@identity(
    "gelu-derivative",
    title="Derivative of GELU",
    statement=r"\frac{d}{dx}\,x\Phi(x) = \Phi(x) + x\varphi(x)",
    source="probe",
    tags=("probe", "activations"),
)
def _(b):
    x = b.real("x")
    return b.chain(D(x * normal_cdf(x), x), normal_cdf(x) + x * normal_pdf(x))


@identity(
    "silu-derivative",
    title="Derivative of SiLU",
    statement=r"\frac{d}{dx}\,x\sigma(x) = \sigma(x) + x\sigma(x)(1-\sigma(x)) = \sigma(x)(1 + x(1-\sigma(x)))",
    source="probe",
    tags=("probe", "activations"),
)
def _(b):
    x = b.real("x")
    s = sigmoid(x)
    return b.chain(D(silu(x), x), s + x * s * (1 - s), s * (1 + x * (1 - s)))


@identity(
    "softplus-derivative",
    title="The derivative of softplus is the sigmoid",
    statement=r"\frac{d}{dx}\log(1+e^x) = \frac{e^x}{1+e^x} = \sigma(x)",
    source="probe",
    tags=("probe", "activations"),
)
def _(b):
    x = b.real("x")
    return b.chain(D(softplus(x), x), sp.exp(x) / (1 + sp.exp(x)), sigmoid(x))


@identity(
    "log-sigmoid-as-softplus",
    title="Log-sigmoid is minus the softplus of the negated argument; its derivative is sigma(-x)",
    statement=r"\log\sigma(x) = -\log(1+e^{-x}),\quad \frac{d}{dx}\log\sigma(x) = \sigma(-x)",
    source="probe",
    tags=("probe", "activations"),
)
def _(b):
    x = b.real("x")
    return b.chain(D(sp.log(sigmoid(x)), x), D(-softplus(-x), x), sp.exp(-x) / (1 + sp.exp(-x)), sigmoid(-x))


@identity(
    "softplus-difference",
    title="softplus(x) - softplus(-x) = x",
    statement=r"\log(1+e^x) - \log(1+e^{-x}) = x",
    source="probe",
    tags=("probe", "activations"),
)
def _(b):
    x = b.real("x")
    return b.claim(softplus(x) - softplus(-x), x)


@identity(
    "focal-loss-derivative",
    title="Derivative of the focal loss in the probability of the true class",
    statement=(r"\frac{d}{dp}\big[-(1-p)^\gamma\log p\big] = \gamma(1-p)^{\gamma-1}\log p - \frac{(1-p)^\gamma}{p}"),
    source="probe",
    tags=("probe", "losses"),
)
def _(b):
    p = b.interval("p", 0.01, 0.99)
    g = b.interval("gamma", 0.5, 5)
    return b.claim(D(-((1 - p) ** g) * sp.log(p), p), g * (1 - p) ** (g - 1) * sp.log(p) - (1 - p) ** g / p)


@identity(
    "focal-loss-logit-derivative",
    title="Focal loss (gamma = 2) differentiated in the logit",
    statement=(
        r"\frac{d}{dz}\big[-(1-\sigma(z))^2\log\sigma(z)\big]"
        r" = (1-p)^2\big(2p\log p - (1-p)\big),\ p = \sigma(z)"
    ),
    source="probe",
    tags=("probe", "losses"),
)
def _(b):
    z = b.real("z", -20, 20)
    p = sigmoid(z)
    return b.chain(
        D(-((1 - p) ** 2) * sp.log(p), z),
        (2 * (1 - p) * sp.log(p) - (1 - p) ** 2 / p) * p * (1 - p),
        (1 - p) ** 2 * (2 * p * sp.log(p) - (1 - p)),
    )
