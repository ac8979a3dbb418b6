"""Probe entries (correct, stop 45): batch-norm backward per feature, the layer-norm and RMSNorm
Jacobians in matrix form, RMSNorm's epsilon, GELU (tanh approximation), softplus and log-sigmoid,
one LSTM step's cell-state gradient, a 1-D convolution as a Toeplitz product, scaled attention and
cosine similarity in unit vectors."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import build, diag, dot, eye, hadamard, ones, sigmoid, softmax, softplus, sum_over, tanh

BOUNDED = Real(-2, 2)
GATE = Real(0.05, 0.95)


def _column_stats(X, N, f, eps):
    """Mean and sqrt(var + eps) of column f of the batch X (N rows), the biased variance."""
    mean = sum_over(N, lambda i: X[i, f]) / N
    var = sum_over(N, lambda i: (X[i, f] - mean) ** 2) / N
    return mean, sp.sqrt(var + eps)


@identity(
    "batch-norm-feature-backward",
    title="Batch normalisation of a batch of feature vectors: the backward pass, feature by feature",
    statement=(
        r"\frac{\partial L}{\partial X_{if}} = \frac{\gamma_f}{N\sigma_f}\Big(N G_{if} - \sum_k G_{kf}"
        r" - \hat X_{if}\sum_k G_{kf}\hat X_{kf}\Big),\quad L = \sum_{i,f} G_{if}(\gamma_f\hat X_{if} + \beta_f)"
    ),
    source="probe",
    tags=("probe", "normalization", "backprop"),
    sizes=[{"N": 2, "F": 2}, {"N": 3, "F": 1}, {"N": 3, "F": 2}],
)
def _(b, N, F):
    X, G = b.matrix("X", N, F, BOUNDED), b.matrix("G", N, F)
    gamma, beta = b.vector("gamma", F), b.vector("beta", F)
    eps = b.positive("epsilon", 0.01, 1)
    stats = [_column_stats(X, N, f, eps) for f in range(F)]
    Xh = build(N, F, lambda i, f: (X[i, f] - stats[f][0]) / stats[f][1])
    loss = sum_over(N, lambda i: sum_over(F, lambda f: G[i, f] * (gamma[f] * Xh[i, f] + beta[f])))
    gsum = [sum_over(N, lambda k, f=f: G[k, f]) for f in range(F)]
    gxh = [sum_over(N, lambda k, f=f: G[k, f] * Xh[k, f]) for f in range(F)]
    return b.claim(
        D(loss, X),
        build(N, F, lambda i, f: gamma[f] / (N * stats[f][1]) * (N * G[i, f] - gsum[f] - Xh[i, f] * gxh[f])),
    )


def _layer_norm(x, K, eps):
    mean = sum_over(K, lambda k: x[k]) / K
    sigma = sp.sqrt(sum_over(K, lambda k: (x[k] - mean) ** 2) / K + eps)
    return build(K, 1, lambda i, _: (x[i] - mean) / sigma), sigma


@identity(
    "layer-norm-jacobian-matrix",
    title="Layer normalisation's Jacobian in matrix form",
    statement=(
        r"\frac{\partial\hat x}{\partial x} = \frac{1}{\sigma}\Big(I - \frac{1}{K}\mathbf 1\mathbf 1^\top"
        r" - \frac{1}{K}\hat x\hat x^\top\Big)"
    ),
    source="probe",
    tags=("probe", "normalization", "jacobian"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    xh, sigma = _layer_norm(x, K, eps)
    ones_k = ones(K)
    return b.claim(D(xh, x), (eye(K) - ones_k * ones_k.T / K - xh * xh.T / K) / sigma)


def _rms(x, K, eps):
    return sp.sqrt(sum_over(K, lambda k: x[k] ** 2) / K + eps)


@identity(
    "rms-norm-jacobian-matrix",
    title="RMSNorm's Jacobian in matrix form",
    statement=(
        r"y = \frac{g\circ x}{r},\ r = \sqrt{\tfrac1K\|x\|^2 + \epsilon},\quad"
        r"\frac{\partial y}{\partial x} = \frac{1}{r}\operatorname{diag}(g)\Big(I - \frac{x x^\top}{K r^2}\Big)"
    ),
    source="probe",
    tags=("probe", "normalization", "jacobian"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    x, g = b.vector("x", K, BOUNDED), b.vector("g", K, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    r = _rms(x, K, eps)
    y = build(K, 1, lambda i, _: g[i] * x[i] / r)
    return b.claim(D(y, x), diag(g) * (eye(K) - x * x.T / (K * r**2)) / r)


@identity(
    "rms-norm-epsilon-derivative",
    title="RMSNorm: the derivative of <u, y> in epsilon",
    statement=r"\frac{\partial}{\partial\epsilon}\, u^\top\frac{g\circ x}{r} = -\frac{u^\top(g\circ x)}{2r^3}",
    source="probe",
    tags=("probe", "normalization", "gradient"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    x, g, u = b.vector("x", K, BOUNDED), b.vector("g", K, BOUNDED), b.vector("u", K)
    eps = b.positive("epsilon", 0.01, 1)
    r = _rms(x, K, eps)
    gx = hadamard(g, x)
    return b.claim(D(dot(u, gx) / r, eps), -dot(u, gx) / (2 * r**3))


GELU_A = sp.Rational(44715, 10**6)


@identity(
    "gelu-tanh-derivative",
    title="Derivative of GELU's tanh approximation",
    statement=(
        r"\frac{d}{dx}\tfrac{x}{2}\big(1 + \tanh u\big) = \tfrac12(1 + \tanh u)"
        r" + \tfrac{x}{2}(1 - \tanh^2 u)\sqrt{2/\pi}\,(1 + 3\cdot 0.044715x^2),"
        r"\ u = \sqrt{2/\pi}(x + 0.044715x^3)"
    ),
    source="probe",
    tags=("probe", "activation", "derivative"),
)
def _(b):
    x = b.real("x", -4, 4)
    c = sp.sqrt(2 / sp.pi)
    t = tanh(c * (x + GELU_A * x**3))
    return b.claim(D(x / 2 * (1 + t), x), (1 + t) / 2 + x / 2 * (1 - t**2) * c * (1 + 3 * GELU_A * x**2))


@identity(
    "softplus-second-derivative",
    title="The second derivative of softplus is the logistic density",
    statement=(
        r"\frac{d}{dx}\log(1 + e^x) = \sigma(x),\quad"
        r"\frac{d}{dx}\sigma(x) = \sigma(x)(1 - \sigma(x)) = \sigma(x)\sigma(-x)"
    ),
    source="probe",
    tags=("probe", "activation", "derivative"),
)
def _(b):
    x = b.real("x", -6, 6)
    return b.chain(D(D(softplus(x), x).explicit(), x), sigmoid(x) * (1 - sigmoid(x)), sigmoid(x) * sigmoid(-x))


@identity(
    "log-sigmoid-reflection",
    title="log sigma(x) - log sigma(-x) = x",
    statement=r"\log\sigma(x) - \log\sigma(-x) = x",
    source="probe",
    tags=("probe", "activation", "logistic"),
)
def _(b):
    x = b.real("x", -6, 6)
    return b.claim(sp.log(sigmoid(x)) - sp.log(sigmoid(-x)), x)


@identity(
    "log-sigmoid-negative-derivative",
    title="The derivative of log sigma(-x)",
    statement=r"\frac{d}{dx}\log\sigma(-x) = -\sigma(x) = \sigma(-x) - 1",
    source="probe",
    tags=("probe", "activation", "logistic"),
)
def _(b):
    x = b.real("x", -6, 6)
    return b.chain(D(sp.log(sigmoid(-x)), x), -sigmoid(x), sigmoid(-x) - 1)


@identity(
    "lstm-one-step-cell-gradient",
    title="One LSTM step: the gradient reaching the previous cell state",
    statement=(
        r"c' = f\circ c + i\circ g,\ h' = o\circ\tanh c',\ L = u^\top h' + w^\top c',\quad"
        r"\nabla_c L = f\circ\big(w + u\circ o\circ(1 - \tanh^2 c')\big)"
    ),
    source="probe",
    tags=("probe", "rnn", "lstm", "backprop"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H = b.size("H")
    c, g = b.vector("c", H, BOUNDED), b.vector("g", H, BOUNDED)
    f, i, o = b.vector("f", H, GATE), b.vector("i", H, GATE), b.vector("o", H, GATE)
    u, w = b.vector("u", H), b.vector("w", H)
    c2 = hadamard(f, c) + hadamard(i, g)
    t = tanh(c2)
    loss = dot(u, hadamard(o, t)) + dot(w, c2)
    return b.claim(D(loss, c), hadamard(f, w + hadamard(u, hadamard(o, ones(H) - hadamard(t, t)))))


def _toeplitz(w, n, m):
    """The (n - m + 1) x n matrix of the valid cross-correlation with the kernel w (length m)."""
    return sp.ImmutableMatrix(n - m + 1, n, lambda i, j: w[j - i] if 0 <= j - i < m else 0)


@identity(
    "conv1d-toeplitz-product",
    title="A valid 1-D cross-correlation is a product with a Toeplitz matrix",
    statement=r"y_i = \sum_{k} w_k x_{i+k} = (Tx)_i,\quad T_{ij} = w_{j-i}",
    source="probe",
    tags=("probe", "convolution", "linear-algebra"),
    sizes=[{"n": 3, "m": 2}, {"n": 4, "m": 2}, {"n": 5, "m": 3}],
)
def _(b, n, m):
    x, w = b.vector("x", n), b.vector("w", m)
    y = sp.ImmutableMatrix(n - m + 1, 1, lambda i, _: sum(w[k] * x[i + k] for k in range(m)))
    return b.claim(y, _toeplitz(w, n, m) * x)


@identity(
    "conv1d-toeplitz-input-gradient",
    title="The input gradient of a valid 1-D cross-correlation is the transposed Toeplitz product",
    statement=r"y = Tx,\ T_{ij} = w_{j-i},\quad \nabla_x\, u^\top y = T^\top u",
    source="probe",
    tags=("probe", "convolution", "backprop"),
    sizes=[{"n": 3, "m": 2}, {"n": 4, "m": 2}, {"n": 5, "m": 3}],
)
def _(b, n, m):
    x, w, u = b.vector("x", n), b.vector("w", m), b.vector("u", n - m + 1)
    y = sp.ImmutableMatrix(n - m + 1, 1, lambda i, _: sum(w[k] * x[i + k] for k in range(m)))
    return b.claim(D(dot(u, y), x), _toeplitz(w, n, m).T * u)


@identity(
    "scaled-attention-query-gradient",
    title="Scaled dot-product attention: the gradient in the query, 1/sqrt(d) kept",
    statement=(
        r"p = \mathrm{softmax}(Kq/\sqrt d),\ o = V^\top p,\quad"
        r"\nabla_q\, g^\top o = \frac{1}{\sqrt d}K^\top\big(\operatorname{diag}(p) - pp^\top\big)Vg"
    ),
    source="probe",
    tags=("probe", "attention", "backprop"),
    sizes=[{"n": 2, "d": 1, "e": 1}, {"n": 2, "d": 2, "e": 2}, {"n": 3, "d": 2, "e": 1}],
)
def _(b, n, d, e):
    q = b.vector("q", d, BOUNDED)
    Km, V = b.matrix("K", n, d, BOUNDED), b.matrix("V", n, e, BOUNDED)
    g = b.vector("g", e)
    p = softmax(Km * q / sp.sqrt(d))
    return b.claim(D(dot(g, V.T * p), q), Km.T * (diag(p) - p * p.T) * V * g / sp.sqrt(d))


@identity(
    "cosine-similarity-gradient-unit",
    title="The cosine similarity's gradient through unit vectors",
    statement=r"\nabla_x \cos(x, y) = \frac{1}{\|x\|}\big(\hat y - \cos(x, y)\,\hat x\big)",
    source="probe",
    tags=("probe", "similarity", "gradient"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x, y = b.vector("x", K, Positive(0.2, 3)), b.vector("y", K, Real(-3, 3))
    nx, ny = sp.sqrt(dot(x, x)), sp.sqrt(dot(y, y))
    cos = dot(x, y) / (nx * ny)
    return b.claim(D(cos, x), build(K, 1, lambda i, _: (y[i] / ny - cos * x[i] / nx) / nx))


@identity(
    "log-sum-exp-gradient-softmax",
    title="The gradient of log-sum-exp is the softmax",
    statement=r"\nabla_s \log\sum_k e^{s_k} = \mathrm{softmax}(s)",
    source="probe",
    tags=("probe", "softmax", "gradient"),
    sizes={"K": [1, 2, 3, 4]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    return b.claim(D(sp.log(sum_over(K, lambda k: sp.exp(s[k]))), s), softmax(s))


@identity(
    "softmax-covariance-hessian",
    title="The Hessian of log-sum-exp (the Jacobian of its gradient, the softmax) is diag(p) - pp^T",
    statement=r"\nabla^2_s \log\sum_k e^{s_k} = \frac{\partial p}{\partial s} = \operatorname{diag}(p) - pp^\top",
    source="probe",
    tags=("probe", "softmax", "hessian"),
    sizes={"K": [1, 2, 3, 4]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    p = softmax(s)
    return b.claim(D(p, s), diag(p) - p * p.T)
