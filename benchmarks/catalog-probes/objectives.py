"""Probe entries (correct, stop 37): Hessians of softmax cross-entropy and log-sum-exp, the Gauss-Newton
matrix, temperature, KL and entropy gradients, KL of diagonal Gaussians, weight decay, dropout, sparsemax."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import build, cross_entropy, delta, diag, dot, eye, hadamard, ones, softmax, sum_over

BOUNDED = Real(-3, 3)


@identity(
    "softmax-cross-entropy-hessian",
    title="Hessian of softmax cross-entropy: the Jacobian of its gradient p - y",
    statement=(
        r"\nabla^2_s\, CE(y, \mathrm{softmax}(s)) = \frac{\partial(p - y)}{\partial s}"
        r" = \mathrm{diag}(p) - pp^\top"
    ),
    source="probe",
    tags=("probe", "losses", "hessian"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    y = b.simplex("y", K)
    p = softmax(s)
    return b.claim(D(p - y, s), build(K, K, lambda i, j: p[i] * delta(i, j) - p[i] * p[j]))


@identity(
    "gauss-newton-linear-logits",
    title="Hessian of softmax cross-entropy of linear logits (the Gauss-Newton matrix)",
    statement=(
        r"\nabla_w CE(y, \mathrm{softmax}(Xw)) = X^\top(p - y),\quad"
        r"\frac{\partial X^\top(p - y)}{\partial w} = X^\top(\mathrm{diag}(p) - pp^\top)X"
    ),
    source="probe",
    tags=("probe", "losses", "hessian", "gauss-newton"),
    sizes=[{"K": 2, "d": 2}, {"K": 3, "d": 2}],
)
def _(b):
    K, d = b.size("K"), b.size("d")
    X = b.matrix("X", K, d, BOUNDED)
    w = b.vector("w", d, BOUNDED)
    y = b.onehot("y", K)
    p = softmax(X * w)
    return b.claim(D(X.T * (p - y), w), X.T * (diag(p) - p * p.T) * X)


@identity(
    "linear-logits-gradient",
    title="Gradient of softmax cross-entropy of linear logits",
    statement=r"\nabla_w CE(y, \mathrm{softmax}(Xw)) = X^\top(\mathrm{softmax}(Xw) - y)",
    source="probe",
    tags=("probe", "losses", "softmax"),
    sizes=[{"K": 2, "d": 2}, {"K": 3, "d": 2}],
)
def _(b):
    K, d = b.size("K"), b.size("d")
    X = b.matrix("X", K, d, BOUNDED)
    w = b.vector("w", d, BOUNDED)
    y = b.onehot("y", K)
    p = softmax(X * w)
    return b.claim(D(cross_entropy(y, p), w), X.T * (p - y))


@identity(
    "least-squares-hessian",
    title="Hessian of least squares: the Jacobian of its gradient",
    statement=r"\frac{\partial X^\top(Xw - y)}{\partial w} = X^\top X",
    source="probe",
    tags=("probe", "losses", "hessian"),
    sizes=[{"N": 2, "d": 2}, {"N": 3, "d": 2}],
)
def _(b):
    N, d = b.size("N"), b.size("d")
    X, w, y = b.matrix("X", N, d), b.vector("w", d), b.vector("y", N)
    return b.claim(D(X.T * (X * w - y), w), X.T * X)


@identity(
    "temperature-softmax-cross-entropy-gradient",
    title="Gradient of cross-entropy after a softmax with temperature",
    statement=r"\nabla_s\, CE(y, \mathrm{softmax}(s/T)) = \tfrac1T(\mathrm{softmax}(s/T) - y)",
    source="probe",
    tags=("probe", "losses", "softmax"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    y = b.simplex("y", K)
    T = b.positive("T", 0.2, 5)
    p = softmax(s / T)
    return b.claim(D(cross_entropy(y, p), s), (p - y) / T)


@identity(
    "kl-to-softmax-gradient",
    title="Gradient of KL(q || softmax(s)) with respect to the logits",
    statement=r"\nabla_s \sum_k q_k\log\frac{q_k}{p_k} = p - q,\ p = \mathrm{softmax}(s)",
    source="probe",
    tags=("probe", "losses", "kl"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    q = b.simplex("q", K)
    p = softmax(s)
    kl = sum_over(K, lambda k: q[k] * (sp.log(q[k]) - sp.log(p[k])))
    return b.claim(D(kl, s), p - q)


@identity(
    "softmax-entropy-gradient",
    title="Gradient of the entropy of a softmax",
    statement=r"\nabla_s H(p) = -p\circ\big(\log p - \textstyle\sum_k p_k\log p_k\big),\ p = \mathrm{softmax}(s)",
    source="probe",
    tags=("probe", "softmax", "entropy"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    p = softmax(s)
    neg = sum_over(K, lambda k: p[k] * sp.log(p[k]))
    return b.claim(D(-neg, s), build(K, 1, lambda i, _: -p[i] * (sp.log(p[i]) - neg)))


def _diag_kl(m1, v1, m2, v2, K):
    """KL(N(m1, diag v1) || N(m2, diag v2)), variances v."""
    return sum_over(K, lambda k: (sp.log(v2[k]) - sp.log(v1[k]) + (v1[k] + (m1[k] - m2[k]) ** 2) / v2[k] - 1) / 2)


def _gaussians(b):
    K = b.size("K")
    m1, m2 = b.vector("m1", K, BOUNDED), b.vector("m2", K, BOUNDED)
    v1, v2 = b.vector("v1", K, Positive(0.2, 4)), b.vector("v2", K, Positive(0.2, 4))
    return K, m1, v1, m2, v2


@identity(
    "diagonal-gaussian-kl-mean-gradient",
    title="Gradient of the KL of diagonal Gaussians in the first mean",
    statement=r"\nabla_{\mu_1} KL = (\mu_1 - \mu_2)\oslash v_2",
    source="probe",
    tags=("probe", "statistics", "kl"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K, m1, v1, m2, v2 = _gaussians(b)
    return b.claim(D(_diag_kl(m1, v1, m2, v2, K), m1), build(K, 1, lambda i, _: (m1[i] - m2[i]) / v2[i]))


@identity(
    "diagonal-gaussian-kl-variance-gradient",
    title="Gradient of the KL of diagonal Gaussians in the first variance",
    statement=r"\frac{\partial KL}{\partial v_{1,k}} = \tfrac12\Big(\frac{1}{v_{2,k}} - \frac{1}{v_{1,k}}\Big)",
    source="probe",
    tags=("probe", "statistics", "kl"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K, m1, v1, m2, v2 = _gaussians(b)
    return b.claim(D(_diag_kl(m1, v1, m2, v2, K), v1), build(K, 1, lambda i, _: (1 / v2[i] - 1 / v1[i]) / 2))


@identity(
    "diagonal-gaussian-kl-self",
    title="The KL of a diagonal Gaussian with itself is zero",
    statement=r"KL(\mathcal N(\mu, \mathrm{diag}\,v)\,\|\,\mathcal N(\mu, \mathrm{diag}\,v)) = 0",
    source="probe",
    tags=("probe", "statistics", "kl"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K, m1, v1, _m2, _v2 = _gaussians(b)
    return b.claim(_diag_kl(m1, v1, m1, v1, K), sp.S.Zero)


@identity(
    "weight-decay-gradient",
    title="Gradient of an L2-regularised least-squares loss",
    statement=r"\nabla_w\big(\tfrac12\|Xw - y\|^2 + \tfrac\lambda2\|w\|^2\big) = X^\top(Xw - y) + \lambda w",
    source="probe",
    tags=("probe", "regularization", "optimization"),
    sizes=[{"N": 2, "d": 2}, {"N": 3, "d": 2}],
)
def _(b):
    N, d = b.size("N"), b.size("d")
    X, w, y = b.matrix("X", N, d), b.vector("w", d), b.vector("y", N)
    lam = b.positive("lambda", 0.01, 1)
    r = X * w - y
    return b.claim(D(dot(r, r) / 2 + lam * dot(w, w) / 2, w), X.T * (X * w - y) + lam * w)


@identity(
    "weight-decay-step",
    title="A gradient step on an L2-regularised loss is weight decay",
    statement=r"w - \eta\big(X^\top(Xw - y) + \lambda w\big) = (1 - \eta\lambda)w - \eta X^\top(Xw - y)",
    source="probe",
    tags=("probe", "regularization", "optimization"),
    sizes=[{"N": 2, "d": 2}, {"N": 3, "d": 2}],
)
def _(b):
    N, d = b.size("N"), b.size("d")
    X, w, y = b.matrix("X", N, d), b.vector("w", d), b.vector("y", N)
    eta, lam = b.positive("eta", 0.01, 1), b.positive("lambda", 0.01, 1)
    return b.claim(w - eta * (X.T * (X * w - y) + lam * w), (1 - eta * lam) * w - eta * X.T * (X * w - y))


@identity(
    "inverted-dropout-mean",
    title="Inverted dropout keeps the expectation",
    statement=r"\mathbb E\big[\tfrac{m}{p}x\big] = p\cdot\tfrac{x}{p} + (1-p)\cdot 0 = x",
    source="probe",
    tags=("probe", "regularization", "dropout"),
)
def _(b):
    x = b.real("x")
    p = b.interval("p", 0.05, 1)
    return b.chain(p * (x / p) + (1 - p) * 0, x)


@identity(
    "inverted-dropout-variance",
    title="The variance of an inverted-dropout unit",
    statement=r"\mathrm{Var}\big[\tfrac{m}{p}x\big] = p\Big(\frac xp\Big)^2 - x^2 = \frac{1-p}{p}x^2",
    source="probe",
    tags=("probe", "regularization", "dropout"),
)
def _(b):
    x = b.real("x")
    p = b.interval("p", 0.05, 1)
    return b.chain(p * (x / p) ** 2 - x**2, x**2 / p - x**2, (1 - p) / p * x**2)


@identity(
    "dropout-linear-expectation",
    title="The expected output of a linear unit under inverted dropout",
    statement=r"\mathbb E\big[w^\top(m\circ x)/p\big] = \sum_k w_k\big(p\,\tfrac{x_k}{p}\big) = w^\top x",
    source="probe",
    tags=("probe", "regularization", "dropout"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    w, x = b.vector("w", K), b.vector("x", K)
    p = b.interval("p", 0.05, 1)
    return b.claim(sum_over(K, lambda k: w[k] * (p * x[k] / p + (1 - p) * 0)), dot(w, x))


@identity(
    "sparsemax-full-support-jacobian",
    title="Jacobian of sparsemax where every coordinate is in the support",
    statement=(
        r"p = z - \tau\mathbf 1,\ \tau = \frac{\sum_k z_k - 1}{K},\quad"
        r"\frac{\partial p}{\partial z} = I - \tfrac1K\mathbf 1\mathbf 1^\top"
    ),
    source="probe",
    tags=("probe", "sparsemax", "jacobian"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K)
    tau = (sum_over(K, lambda k: z[k]) - 1) / K
    p = z - tau * ones(K)
    return b.claim(D(p, z), eye(K) - ones(K) * ones(K).T / K)


@identity(
    "sparsemax-full-support-sums-to-one",
    title="Sparsemax on its full support sums to one",
    statement=r"\sum_k (z_k - \tau) = 1,\ \tau = \frac{\sum_k z_k - 1}{K}",
    source="probe",
    tags=("probe", "sparsemax"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K)
    tau = (sum_over(K, lambda k: z[k]) - 1) / K
    return b.claim(sum_over(K, lambda k: z[k] - tau), sp.S.One)


@identity(
    "hadamard-gradient",
    title="Gradient of a weighted elementwise product",
    statement=r"\nabla_x\, g^\top(a\circ x) = g\circ a",
    source="probe",
    tags=("probe", "backprop"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    a, x, g = b.vector("a", K), b.vector("x", K), b.vector("g", K)
    return b.claim(D(dot(g, hadamard(a, x)), x), hadamard(g, a))
