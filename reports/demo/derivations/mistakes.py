"""Mistakes students really make (from the homework in ../shared/samples), kept to show reports.

Every entry here is wrong on purpose: `verify all --derivations reports/demo/derivations`
fails, and reports/demo.md / reports/demo.html show the counterexamples and plots.
"""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import cross_entropy, hadamard, ones, sigmoid, softmax


@identity(
    "sigmoid-derivative-sign-flip",
    title="Sigmoid derivative with a sign flip",
    statement=r"\sigma'(z) = \sigma(z)\,(1 + \sigma(z))",
    source="a typical slip in samples/002, question 3",
    tags=("demo",),
)
def _(b):
    z = b.real("z")
    s = sigmoid(z)
    return b.chain(D(s, z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2, s * (1 + s))


@identity(
    "quadratic-form-gradient-missing-transpose",
    title="Gradient of x^T A x without the transpose",
    statement=r"\nabla_x\, x^\top A x = 2 A x",
    source="samples/002: true only for a symmetric A",
    tags=("demo",),
    sizes={"n": [2, 3]},
)
def _(b, n):
    x, a = b.vector("x", n), b.matrix("A", n, n)
    return b.claim(D((x.T * a * x)[0], x), 2 * a * x)


@identity(
    "network-gradient-inner-product",
    title="Backprop through the hidden layer with an inner product instead of a Hadamard product",
    statement=r"\frac{\partial J}{\partial x} = (\hat y - y) W_2^\top\, \sigma(h)\{1-\sigma(h)\}^\top W_1^\top",
    source="samples/004, equation (18)",
    tags=("demo",),
    sizes=[{"Dx": 2, "H": 2, "Dy": 2}],
)
def _(b, Dx, H, Dy):
    bounded = Real(-4, 4)
    x = b.vector("x", Dx, bounded, row=True)
    w1, b1 = b.matrix("W1", Dx, H, bounded), b.vector("b1", H, bounded, row=True)
    w2, b2 = b.matrix("W2", H, Dy, bounded), b.vector("b2", Dy, bounded, row=True)
    y = b.onehot("y", Dy, row=True)
    h = sigmoid(x * w1 + b1)
    yhat = softmax(h * w2 + b2)
    right = hadamard((yhat - y) * w2.T, hadamard(h, ones(H, row=True) - h)) * w1.T
    wrong = (yhat - y) * w2.T * (h * (ones(H, row=True) - h).T)[0] * w1.T
    return b.chain(D(cross_entropy(y, yhat), x), right, wrong)
