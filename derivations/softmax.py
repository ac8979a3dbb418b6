"""Softmax and log-softmax: Jacobians, vector-Jacobian products, shift invariance.

The softmax Jacobian diag(g) - g g^T is symmetric, so on its own it cannot reveal a missing
transpose; ``softmax-vjp`` and ``softmax-linear-jacobian`` check products with a general
vector and a general (non-square) matrix where the orientation matters.
"""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, delta, diag, dot, eye, log_softmax, ones, sigmoid, softmax, sum_over, total

Matrix = sp.ImmutableMatrix
K_SIZES = {"K": [2, 3, 5, 8]}


@identity(
    "softmax-jacobian",
    title="Jacobian of softmax",
    statement=r"\frac{\partial g_k}{\partial s_j} = g_k(\delta_{kj} - g_j),\ J = \mathrm{diag}(g) - g g^\top",
    source="samples/002, question 1 (cases r = i and r != i); lecture notes",
    tags=("softmax", "jacobian"),
    sizes=K_SIZES,
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K)
    g = softmax(s)
    return b.chain(
        D(softmax(s), s),
        build(K, K, lambda k, j: g[k] * (delta(k, j) - g[j])),
        diag(g) - g * g.T,
    )


@identity(
    "softmax-jacobian-cases",
    title="Softmax Jacobian by the quotient rule, case by case",
    statement=(
        r"\frac{\partial \hat y_i}{\partial z_r}"
        r" = \frac{e^{z_r}\sum_j e^{z_j} - e^{z_r}e^{z_r}}{(\sum_j e^{z_j})^2}"
        r" = \hat y_r(1-\hat y_r)\ (r=i),\quad"
        r" \frac{0\cdot\sum_j e^{z_j} - e^{z_r}e^{z_i}}{(\sum_j e^{z_j})^2} = -\hat y_r\hat y_i\ (r\ne i)"
    ),
    source="samples/002, question 1, cases 1 and 2",
    tags=("softmax", "jacobian"),
    sizes={"K": [2, 3]},
)
def _(b, K):
    z = b.vector("z", K)
    e = [sp.exp(zi) for zi in z]
    S = sp.Add(*e)
    y = softmax(z)

    def cases(same, other):  # J[i, r] = d yhat_i / d z_r
        return Matrix(K, K, lambda i, r: same(r) if i == r else other(i, r))

    return b.chain(
        D(softmax(z), z),
        cases(lambda r: (e[r] * S - e[r] * e[r]) / S**2, lambda i, r: (0 * S - e[r] * e[i]) / S**2),
        cases(lambda r: e[r] * S / S**2 - e[r] * e[r] / S**2, lambda i, r: -e[r] * e[i] / S**2),
        cases(lambda r: e[r] / S - (e[r] / S) ** 2, lambda i, r: -e[r] * e[i] / S**2),
        cases(lambda r: e[r] / S * (1 - e[r] / S), lambda i, r: -y[r] * y[i]),
        cases(lambda r: y[r] * (1 - y[r]), lambda i, r: -y[r] * y[i]),
    )


@identity(
    "softmax-vjp",
    title="Vector-Jacobian product through softmax",
    statement=(
        r"\nabla_s\,(v^\top g) = (v^\top J)^\top = g \circ (v - (v^\top g)\mathbf{1}),"
        r"\ g = \mathrm{softmax}(s)"
    ),
    source="lecture notes (backpropagation through softmax)",
    tags=("softmax", "jacobian", "backprop"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K)
    v = b.vector("v", K)
    g = softmax(s)
    J = diag(g) - g * g.T
    return b.chain(
        D(dot(v, softmax(s)), s),
        (v.T * J).T,
        build(K, 1, lambda k, _: g[k] * (v[k] - dot(v, g))),
    )


@identity(
    "softmax-linear-jacobian",
    title="Jacobian of softmax after a linear map",
    statement=(
        r"\frac{\partial\,\mathrm{softmax}(Wx)}{\partial x} = (\mathrm{diag}(g) - g g^\top)\,W,"
        r"\ g = \mathrm{softmax}(Wx)"
    ),
    source="lecture notes (chain rule for Jacobians)",
    tags=("softmax", "jacobian", "chain-rule"),
    sizes=[{"K": 3, "n": 2}, {"K": 2, "n": 3}],
)
def _(b):
    K, n = b.size("K"), b.size("n")
    # bounded so that logit gaps stay below ~160, where g_k - g_k^2 still resolves at 70 digits
    W = b.matrix("W", K, n, Real(-4, 4))
    x = b.vector("x", n, Real(-4, 4))
    g = softmax(W * x)
    return b.claim(D(softmax(W * x), x), (diag(g) - g * g.T) * W)


@identity(
    "softmax-shift-invariance",
    title="Softmax is invariant to adding a constant",
    statement=(
        r"\mathrm{softmax}_i(x + c) = \frac{e^{x_i+c}}{\sum_j e^{x_j+c}}"
        r" = \frac{e^c e^{x_i}}{e^c\sum_j e^{x_j}} = \mathrm{softmax}_i(x)"
    ),
    source="samples/001, question 4a; samples/004, 1.1a",
    tags=("softmax",),
    sizes=K_SIZES,
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K)
    c = b.real("c")
    S_c = sum_over(K, lambda j: sp.exp(x[j] + c))
    S = sum_over(K, lambda j: sp.exp(x[j]))
    return b.chain(
        softmax(x + c * ones(K)),
        build(K, 1, lambda i, _: sp.exp(x[i] + c) / S_c),
        build(K, 1, lambda i, _: sp.exp(c) * sp.exp(x[i]) / (sp.exp(c) * S)),
        softmax(x),
    )


@identity(
    "softmax-two-class-sigmoid",
    title="Softmax over two classes is the sigmoid of the logit difference",
    statement=r"\mathrm{softmax}(s_1, s_2) = (\sigma(s_1 - s_2),\ 1 - \sigma(s_1 - s_2))",
    source="lecture notes",
    tags=("softmax", "sigmoid"),
)
def _(b):
    s = b.vector("s", 2)
    d = s[0] - s[1]
    return b.chain(softmax(s), Matrix([sigmoid(d), sigmoid(-d)]), Matrix([sigmoid(d), 1 - sigmoid(d)]))


@identity(
    "log-softmax-definition",
    title="Log-softmax as logits minus log-sum-exp",
    statement=(
        r"\log\sigma_i(x) = \log\frac{e^{x_i}}{\sum_j e^{x_j}} = \log e^{x_i} - \log\sum_j e^{x_j}"
        r" = x_i - \log\sum_j e^{x_j}"
    ),
    source="samples/001, question 4b",
    tags=("softmax", "log-softmax"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, row=True)
    S = sum_over(K, lambda j: sp.exp(x[j]))
    return b.chain(
        softmax(x).applyfunc(sp.log),
        build(1, K, lambda _, i: sp.log(sp.exp(x[i])) - sp.log(S)),
        build(1, K, lambda _, i: x[i] - sp.log(S)),
        log_softmax(x),
    )


@identity(
    "log-softmax-jacobian",
    title="Jacobian of log-softmax",
    statement=(
        r"\frac{\partial \log\sigma_i(x)}{\partial x_j} = \delta_{ij} - \sigma_j(x),"
        r"\quad J = I - \mathbf{1}\sigma^\top"
    ),
    source="samples/001, question 4b (diagonal, off-diagonal, combining)",
    tags=("softmax", "log-softmax", "jacobian"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K)
    g = softmax(x)
    S = sum_over(K, lambda k: sp.exp(x[k]))
    return b.chain(
        D(softmax(x).applyfunc(sp.log), x),
        D(log_softmax(x), x),
        build(K, K, lambda i, j: delta(i, j) - sp.exp(x[j]) / S),
        build(K, K, lambda i, j: delta(i, j) - g[j]),
        eye(K) - ones(K) * g.T,
    )


@identity(
    "log-softmax-vjp",
    title="Vector-Jacobian product through log-softmax",
    statement=r"z = v\,D_x\log\sigma(x),\quad z_i = v_i - \sigma_i(x)\sum_j v_j",
    source="samples/001, question 4c",
    tags=("softmax", "log-softmax", "backprop"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, row=True)
    v = b.vector("v", K, row=True)
    g = softmax(x)
    J = build(K, K, lambda i, j: delta(i, j) - g[j])
    return b.chain(
        D(dot(v, log_softmax(x)), x),
        v * J,
        build(1, K, lambda _, i: v[i] * (1 - g[i]) - sum_over(K, lambda j: v[j] * g[i] * (1 - delta(j, i)))),
        build(1, K, lambda _, i: v[i] - g[i] * total(v)),
    )


@identity(
    "log-softmax-loss-gradient",
    title="Gradient of the loss on log-softmax outputs",
    statement=r"l(z, t) = -\sum_j t_j z_j,\quad \nabla_z l = -t",
    source="samples/001, question 4d",
    tags=("softmax", "log-softmax", "losses"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K, row=True)
    t = b.vector("t", K, Real(0, 1), row=True)
    return b.claim(D(-dot(t, z), z), -t)
