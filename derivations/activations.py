"""Derivatives of the scalar activation functions: sigmoid, tanh, ReLU, leaky ReLU."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import leaky_relu, relu, sigmoid


@identity(
    "sigmoid-derivative",
    title="Derivative of the logistic sigmoid",
    statement=r"\sigma'(x) = \sigma(x)\,(1 - \sigma(x))",
    source="samples/002 (sigmoid derivation); samples/004, 2.1a",
    tags=("activations", "sigmoid"),
)
def _(b):
    x = b.real("x")
    e = sp.exp(-x)
    return b.chain(
        D(sigmoid(x), x),
        -1 * (1 + e) ** -2 * (-e),  # -1 (1+e^{-x})^{-2} * d(1+e^{-x})/dx
        e / (1 + e) ** 2,
        1 / (1 + e) * e / (1 + e),
        sigmoid(x) * (1 + e - 1) / (1 + e),
        sigmoid(x) * ((1 + e) / (1 + e) - sigmoid(x)),
        sigmoid(x) * (1 - sigmoid(x)),
    )


@identity(
    "sigmoid-derivative-quadratic",
    title="Derivative of the sigmoid as sigma - sigma^2",
    statement=r"\sigma'(x) = \frac{e^{-x}}{(1+e^{-x})^2} = \sigma(x) - \sigma(x)^2",
    source="samples/004, 2.1a, equations (4)-(6)",
    tags=("activations", "sigmoid"),
)
def _(b):
    x = b.real("x")
    e = sp.exp(-x)
    return b.chain(
        D(sigmoid(x), x),
        -1 * (1 + e) ** -2 * (-e),
        e / (1 + e) ** 2,
        (e + 1 - 1) / (1 + e) ** 2,
        sigmoid(x) - sigmoid(x) ** 2,
    )


@identity(
    "sigmoid-symmetry",
    title="Sigmoid of a negated argument",
    statement=r"\sigma(-x) = 1 - \sigma(x)",
    source="lecture notes",
    tags=("activations", "sigmoid"),
)
def _(b):
    x = b.real("x")
    return b.claim(sigmoid(-x), 1 - sigmoid(x))


@identity(
    "log-sigmoid-derivative",
    title="Derivative of the log-sigmoid",
    statement=r"\frac{d}{dx}\ln\sigma(x) = \frac{\sigma'(x)}{\sigma(x)} = 1 - \sigma(x)",
    source="samples/001, question 4b (rule d ln f = f'/f); lecture notes",
    tags=("activations", "sigmoid"),
)
def _(b):
    x = b.real("x")
    return b.chain(
        D(sp.log(sigmoid(x)), x),
        1 / sigmoid(x) * sigmoid(x) * (1 - sigmoid(x)),
        1 - sigmoid(x),
    )


@identity(
    "tanh-derivative",
    title="Derivative of tanh by the quotient rule",
    statement=r"\tanh'(x) = \frac{(e^x+e^{-x})^2 - (e^x-e^{-x})^2}{(e^x+e^{-x})^2} = 1 - \tanh^2(x)",
    source="samples/001, question 3a; samples/002, question 4",
    tags=("activations", "tanh"),
)
def _(b):
    x = b.real("x")
    num, den = sp.exp(x) - sp.exp(-x), sp.exp(x) + sp.exp(-x)
    return b.chain(
        D(sp.tanh(x), x),
        D(num / den, x),
        # quotient rule with (e^x - e^{-x})' = e^x + e^{-x} and (e^x + e^{-x})' = e^x - e^{-x}
        (den * den - num * num) / den**2,
        (den**2 - num**2) / den**2,
        1 - (num / den) ** 2,
        1 - sp.tanh(x) ** 2,
    )


@identity(
    "relu-derivative",
    title="Derivative of ReLU (away from the kink)",
    statement=r"\frac{d}{dx}\max(0, x) = \begin{cases} 0 & x < 0 \\ 1 & x > 0 \end{cases}",
    source="samples/002, first lines; samples/002, backprop through ReLU(Z_2)",
    tags=("activations", "relu", "piecewise"),
)
def _(b):
    x = b.real("x", exclude=[0])
    return b.claim(D(relu(x), x), sp.Piecewise((0, x < 0), (1, x > 0)))


@identity(
    "leaky-relu-derivative",
    title="Derivative of leaky ReLU (away from the kink)",
    statement=r"\frac{d}{dx}\max(Lx, x) = \begin{cases} L & x < 0 \\ 1 & x > 0 \end{cases},\ 0 < L < 1",
    source="samples/002, first lines",
    tags=("activations", "relu", "piecewise"),
)
def _(b):
    x = b.real("x", exclude=[0])
    L = b.interval("L", 0, 1)
    return b.claim(D(leaky_relu(x, L), x), sp.Piecewise((L, x < 0), (1, x > 0)))
