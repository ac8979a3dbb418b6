"""Probe entries (WRONG, each one planted mistake): activations and the focal loss. Every one should be FAILED."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import normal_cdf, sigmoid, silu, softplus


@identity(
    "gelu-derivative-wrong",
    title="GELU derivative, the product rule's second term dropped",
    statement=r"\frac{d}{dx}\,x\Phi(x) = \Phi(x)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    x = b.real("x")
    return b.claim(D(x * normal_cdf(x), x), normal_cdf(x))


@identity(
    "gelu-derivative-wrong-pdf",
    title="GELU derivative with the density's 1/sqrt(2 pi) dropped",
    statement=r"\frac{d}{dx}\,x\Phi(x) = \Phi(x) + x e^{-x^2/2}",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    x = b.real("x")
    return b.claim(D(x * normal_cdf(x), x), normal_cdf(x) + x * sp.exp(-(x**2) / 2))


@identity(
    "silu-derivative-wrong",
    title="SiLU derivative with the sign in (1 - sigma) flipped",
    statement=r"\frac{d}{dx}\,x\sigma(x) = \sigma(x)(1 + x(1+\sigma(x)))",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    x = b.real("x")
    s = sigmoid(x)
    return b.chain(D(silu(x), x), s + x * s * (1 - s), s * (1 + x * (1 + s)))


@identity(
    "softplus-derivative-wrong",
    title="Softplus derivative with the argument negated",
    statement=r"\frac{d}{dx}\log(1+e^x) = \sigma(-x)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    x = b.real("x")
    return b.chain(D(softplus(x), x), sp.exp(x) / (1 + sp.exp(x)), sigmoid(-x))


@identity(
    "log-sigmoid-derivative-wrong",
    title="Log-sigmoid derivative as sigma(x)",
    statement=r"\frac{d}{dx}\log\sigma(x) = \sigma(x)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    x = b.real("x")
    return b.claim(D(sp.log(sigmoid(x)), x), sigmoid(x))


@identity(
    "softplus-difference-wrong",
    title="softplus(x) + softplus(-x) = x",
    statement=r"\log(1+e^x) + \log(1+e^{-x}) = x",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    x = b.real("x")
    return b.claim(softplus(x) + softplus(-x), x)


@identity(
    "focal-loss-derivative-wrong",
    title="Focal loss derivative, gamma - 1 written gamma",
    statement=r"\frac{d}{dp}\big[-(1-p)^\gamma\log p\big] = \gamma(1-p)^{\gamma}\log p - \frac{(1-p)^\gamma}{p}",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    p = b.interval("p", 0.01, 0.99)
    g = b.interval("gamma", 0.5, 5)
    return b.claim(D(-((1 - p) ** g) * sp.log(p), p), g * (1 - p) ** g * sp.log(p) - (1 - p) ** g / p)


@identity(
    "focal-loss-logit-derivative-wrong",
    title="Focal loss in the logit, the sigmoid's derivative dropped",
    statement=r"\frac{d}{dz}\big[-(1-\sigma(z))^2\log\sigma(z)\big] = 2(1-p)\log p - \frac{(1-p)^2}{p}",
    source="probe (wrong)",
    tags=("probe", "wrong"),
)
def _(b):
    z = b.real("z", -20, 20)
    p = sigmoid(z)
    return b.claim(D(-((1 - p) ** 2) * sp.log(p), z), 2 * (1 - p) * sp.log(p) - (1 - p) ** 2 / p)
