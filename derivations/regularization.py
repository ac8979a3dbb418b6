"""L2 (weight-decay) regularisation gradients."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.ml import total


def _l2(lam, w):
    return lam * sp.Rational(1, 2) * total(w.applyfunc(lambda wi: wi**2))


@identity(
    "l2-regularization-gradient",
    title="Gradient of the L2 penalty (vector weights)",
    statement=r"\frac{\partial}{\partial w}\frac{\lambda}{2}\sum_i w_i^2 = \frac{\lambda}{2} 2w = \lambda w",
    source="lecture notes (weight decay)",
    tags=("regularization",),
    sizes={"n": [1, 3, 5]},
)
def _(b):
    n = b.size("n")
    lam = b.positive("lambda")
    w = b.vector("w", n)
    return b.chain(D(_l2(lam, w), w), lam * sp.Rational(1, 2) * 2 * w, lam * w)


@identity(
    "l2-regularization-gradient-matrix",
    title="Gradient of the L2 penalty (weight matrix)",
    statement=r"\frac{\partial}{\partial W}\,\lambda\,\tfrac12\sum_{ij} W_{ij}^2 = \lambda W",
    source="lecture notes (weight decay)",
    tags=("regularization",),
    sizes=[{"r": 2, "c": 3}, {"r": 3, "c": 2}],
)
def _(b):
    r, c = b.size("r"), b.size("c")
    lam = b.positive("lambda")
    W = b.matrix("W", r, c)
    return b.claim(D(_l2(lam, W), W), lam * W)
