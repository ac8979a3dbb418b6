"""Probe entries (WRONG, one planted mistake each, stop 45): copies of lemmas.py's entries."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, diag, dot, eye, sigmoid, softplus, sum_over

BOUNDED = Real(-2, 2)
DIAGONAL = Real(1, 3)


def _diagonal(b, name, n):
    return diag(b.vector(name, n, DIAGONAL))


@identity(
    "woodbury-diagonal-wrong",
    title="The matrix inversion lemma with a diagonal A (as in Gaussian processes and factor analysis)",
    statement=r"(A + UCV)^{-1} = A^{-1} - A^{-1}U\big(C^{-1} + VA^{-1}U\big)^{-1}VA^{-1}",
    source="probe (wrong: C for C^{-1} in the middle)",
    tags=("probe", "wrong", "linear-algebra", "inverse"),
    sizes=[{"n": 2, "k": 1}, {"n": 3, "k": 1}, {"n": 2, "k": 2}],
)
def _(b, n, k):
    A = _diagonal(b, "a", n)
    U, V = b.matrix("U", n, k, BOUNDED), b.matrix("V", k, n, BOUNDED)
    C = _diagonal(b, "c", k)
    Ai = A.inv()
    return b.claim((A + U * C * V).inv(), Ai - Ai * U * (C + V * Ai * U).inv() * V * Ai)


@identity(
    "inversion-lemma-bc-form-wrong",
    title="The matrix inversion lemma in the form (A + BC)^{-1}",
    statement=r"(A + BC)^{-1} = A^{-1} - A^{-1}B\big(I + CA^{-1}B\big)^{-1}CA^{-1}",
    source="probe (wrong: the sign of the correction)",
    tags=("probe", "wrong", "linear-algebra", "inverse"),
    sizes=[{"n": 2, "k": 1}, {"n": 2, "k": 2}],
)
def _(b, n, k):
    A = b.matrix("A", n, n, BOUNDED)
    B, C = b.matrix("B", n, k, BOUNDED), b.matrix("C", k, n, BOUNDED)
    Ai = A.inv()
    return b.claim((A + B * C).inv(), Ai + Ai * B * (sp.eye(k) + C * Ai * B).inv() * C * Ai)


@identity(
    "log-det-differential-wrong",
    title="d log det X = tr(X^{-1} dX), along a line",
    statement=r"\frac{d}{dt}\log\det(X + tE) = \operatorname{tr}\big((X + tE)^{-1}E\big)",
    source="probe (wrong: a transpose too many)",
    tags=("probe", "wrong", "linear-algebra", "determinant"),
    sizes={"n": [1, 2, 3]},
)
def _(b, n):
    X, E = b.matrix("X", n, n, BOUNDED), b.matrix("E", n, n, BOUNDED)
    t = b.real("t", -1, 1)
    M = X + t * E
    return b.claim(D(sp.log(M.det()), t), (M.inv().T * E).trace())


@identity(
    "trace-axb-gradient-rectangular-wrong",
    title="The gradient of tr(AXB) with rectangular blocks",
    statement=(
        r"\nabla_X \operatorname{tr}(AXB) = A^\top B^\top,\quad"
        r" A\in\mathbb R^{m\times p},\ X\in\mathbb R^{p\times q},\ B\in\mathbb R^{q\times m}"
    ),
    source="probe (wrong: B^T A^T for A^T B^T, square blocks)",
    tags=("probe", "wrong", "matrix-calculus", "trace"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    m = p = q = b.size("n")
    A, X, B = b.matrix("A", m, p), b.matrix("X", p, q), b.matrix("B", q, m)
    trace = sum_over(m, lambda i: sum_over(p, lambda j: sum_over(q, lambda k: A[i, j] * X[j, k] * B[k, i])))
    return b.claim(D(trace, X), B.T * A.T)


@identity(
    "inverse-quadratic-form-gradient-wrong",
    title="The gradient of x^T A^{-1} x for a general (not symmetric) A",
    statement=r"\nabla_x\, x^\top A^{-1}x = \big(A^{-1} + A^{-\top}\big)x",
    source="probe (wrong: 2A^{-1}x for a matrix not symmetric)",
    tags=("probe", "wrong", "matrix-calculus", "inverse"),
    sizes={"n": [1, 2, 3]},
)
def _(b, n):
    x, A = b.vector("x", n), b.matrix("A", n, n, BOUNDED)
    Ai = A.inv()
    return b.claim(D(dot(x, Ai * x), x), 2 * Ai * x)


@identity(
    "inverse-quadratic-form-gradient-symmetric-wrong",
    title="The gradient of x^T S^{-1} x for a symmetric S (a Mahalanobis distance)",
    statement=r"\nabla_x\, x^\top S^{-1}x = 2S^{-1}x,\quad S = S^\top",
    source="probe (wrong: the 2 dropped)",
    tags=("probe", "wrong", "matrix-calculus", "inverse"),
    sizes={"n": [1, 2, 3]},
)
def _(b, n):
    x, S = b.vector("x", n), b.matrix("S", n, n, BOUNDED, symmetric=True)
    Si = S.inv()
    return b.claim(D(dot(x, Si * x), x), Si * x)


@identity(
    "regularised-logistic-hessian-wrong",
    title="The Hessian of the L2-regularised logistic loss is X^T S X + lambda I",
    statement=(
        r"\nabla^2_w\Big(\sum_i\big(\log(1 + e^{z_i}) - y_iz_i\big) + \frac\lambda2\|w\|^2\Big)"
        r" = X^\top SX + \lambda I,\ z = Xw,\ S = \operatorname{diag}\big(\sigma(z)\circ(1 - \sigma(z))\big)"
    ),
    source="probe (wrong: the factor 1 - sigma dropped)",
    tags=("probe", "wrong", "logistic", "hessian"),
    sizes=[{"N": 2, "d": 1}, {"N": 2, "d": 2}, {"N": 3, "d": 2}],
)
def _(b, N, d):
    X, w, y = b.matrix("X", N, d, BOUNDED), b.vector("w", d, BOUNDED), b.vector("y", N, Real(0, 1))
    lam = b.positive("lambda", 0.01, 2)
    z = X * w
    loss = sum_over(N, lambda i: softplus(z[i]) - y[i] * z[i]) + lam / 2 * dot(w, w)
    gradient = D(loss, w).explicit()
    S = diag(build(N, 1, lambda i, _: sigmoid(z[i])))
    return b.claim(D(gradient, w), X.T * S * X + lam * eye(d))


@identity(
    "mean-ridge-gradient-wrong",
    title="The gradient of the mean ridge objective",
    statement=r"\nabla_w\Big(\frac{1}{2N}\|Xw - y\|^2 + \frac\lambda2\|w\|^2\Big) = \frac1N X^\top(Xw - y) + \lambda w",
    source="probe (wrong: the 1/N dropped)",
    tags=("probe", "wrong", "regression", "gradient"),
    sizes={"N": [1, 2, 3], "d": [1, 2]},
)
def _(b):
    N, d = b.size("N"), b.size("d")
    X, w, y = b.matrix("X", N, d), b.vector("w", d), b.vector("y", N)
    lam = b.positive("lambda", 0.01, 2)
    r = X * w - y
    return b.claim(D(dot(r, r) / (2 * N) + lam / 2 * dot(w, w), w), X.T * r + lam * w)
