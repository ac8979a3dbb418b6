"""Probe entries (correct, stop 38): temperatures, robust and logistic losses, attention scores, for every size."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import build, delta, dot, sigmoid, softmax, softplus, sum_over, total

BOUNDED = Real(-3, 3)


@identity(
    "softmax-temperature-derivative",
    title="Derivative of a tempered softmax with respect to its temperature",
    statement=(
        r"p = \mathrm{softmax}(z/T),\quad"
        r"\frac{\partial p}{\partial T} = -\frac{1}{T^2}\,p\circ(z - p^\top z\,\mathbf 1)"
    ),
    source="probe",
    tags=("probe", "softmax", "temperature"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K, BOUNDED)
    T = b.positive("T", 0.3, 3)
    p = softmax(z / T)
    mean = dot(p, z)
    return b.claim(D(p, T), build(K, 1, lambda i, _: -p[i] * (z[i] - mean) / T**2))


@identity(
    "log-sum-exp-temperature-gradient",
    title="Gradient of a tempered log-sum-exp",
    statement=r"\nabla_z\, T\log\textstyle\sum_k e^{z_k/T} = \mathrm{softmax}(z/T)",
    source="probe",
    tags=("probe", "softmax", "temperature"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K, BOUNDED)
    T = b.positive("T", 0.3, 3)
    lse = T * sp.log(total((z / T).applyfunc(sp.exp)))
    return b.claim(D(lse, z), softmax(z / T))


@identity(
    "log-sum-exp-temperature-hessian",
    title="Hessian of a tempered log-sum-exp: the Jacobian of softmax(z/T)",
    statement=r"\frac{\partial\,\mathrm{softmax}(z/T)}{\partial z} = \tfrac1T\big(\mathrm{diag}(p) - pp^\top\big)",
    source="probe",
    tags=("probe", "softmax", "temperature", "hessian"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K, BOUNDED)
    T = b.positive("T", 0.3, 3)
    p = softmax(z / T)
    return b.claim(D(p, z), build(K, K, lambda i, j: (delta(i, j) * p[i] - p[i] * p[j]) / T))


@identity(
    "attention-score-gradient",
    title="Gradient of a scaled dot-product attention score in the query",
    statement=r"\nabla_q\,\frac{q^\top k}{\sqrt d} = \frac{k}{\sqrt d}",
    source="probe",
    tags=("probe", "attention"),
    sizes={"d": [2, 3, 4]},
)
def _(b):
    d = b.size("d")
    q, k = b.vector("q", d, BOUNDED), b.vector("k", d, BOUNDED)
    return b.claim(D(dot(q, k) / sp.sqrt(d), q), k / sp.sqrt(d))


@identity(
    "isotropic-gaussian-kl",
    title="KL of isotropic Gaussians as the sum of its coordinates",
    statement=(
        r"\sum_k KL(\mathcal N(\mu_{1k}, s_1^2)\|\mathcal N(\mu_{2k}, s_2^2)) = "
        r"d\log\frac{s_2}{s_1} + \frac{d s_1^2 + \|\mu_1 - \mu_2\|^2}{2s_2^2} - \frac d2"
    ),
    source="probe",
    tags=("probe", "kl", "gaussian"),
    sizes={"d": [2, 3, 4]},
)
def _(b):
    d = b.size("d")
    m1, m2 = b.vector("mu1", d, BOUNDED), b.vector("mu2", d, BOUNDED)
    s1, s2 = b.positive("s1", 0.2, 3), b.positive("s2", 0.2, 3)
    per = sum_over(d, lambda k: sp.log(s2 / s1) + (s1**2 + (m1[k] - m2[k]) ** 2) / (2 * s2**2) - sp.Rational(1, 2))
    gap = sum_over(d, lambda k: (m1[k] - m2[k]) ** 2)
    return b.claim(per, d * sp.log(s2 / s1) + (d * s1**2 + gap) / (2 * s2**2) - sp.Rational(1, 2) * d)


@identity(
    "pseudo-huber-gradient",
    title="Gradient of the pseudo-Huber loss",
    statement=r"\nabla_r \sum_k \delta^2\Big(\sqrt{1 + (r_k/\delta)^2} - 1\Big) = \frac{r}{\sqrt{1 + (r/\delta)^2}}",
    source="probe",
    tags=("probe", "loss", "robust"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    r = b.vector("r", K, BOUNDED)
    delta_ = b.positive("delta", 0.3, 3)
    loss = sum_over(K, lambda k: delta_**2 * (sp.sqrt(1 + (r[k] / delta_) ** 2) - 1))
    return b.claim(D(loss, r), build(K, 1, lambda i, _: r[i] / sp.sqrt(1 + (r[i] / delta_) ** 2)))


@identity(
    "swish-layer-jacobian",
    title="Jacobian of a Swish layer with a slope",
    statement=(
        r"\frac{\partial\,(x\circ\sigma(\beta x))}{\partial x} ="
        r"\mathrm{diag}\big(\sigma(\beta x) + \beta x\circ\sigma(\beta x)\circ(1 - \sigma(\beta x))\big)"
    ),
    source="probe",
    tags=("probe", "activation", "jacobian"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x = b.vector("x", K, BOUNDED)
    beta = b.positive("beta", 0.3, 3)
    y = build(K, 1, lambda i, _: x[i] * sigmoid(beta * x[i]))

    def slope(i):
        s = sigmoid(beta * x[i])
        return s + beta * x[i] * s * (1 - s)

    return b.claim(D(y, x), build(K, K, lambda i, j: delta(i, j) * slope(i)))


@identity(
    "logistic-regression-gradient",
    title="Gradient of the mean logistic loss with labels in {-1, 1}",
    statement=(
        r"\nabla_w \tfrac1N\sum_i\log(1 + e^{-y_i x_i^\top w}) = "
        r"-\tfrac1N\sum_i y_i\,\sigma(-y_i x_i^\top w)\,x_i"
    ),
    source="probe",
    tags=("probe", "loss", "logistic"),
    sizes={"N": [2, 3], "Dx": [2, 3]},
)
def _(b):
    N, Dx = b.size("N"), b.size("Dx")
    X = b.matrix("X", N, Dx, BOUNDED)
    w, y = b.vector("w", Dx, BOUNDED), b.vector("y", N, BOUNDED)

    def margin(i):
        return sum_over(Dx, lambda m: X[i, m] * w[m])

    loss = sum_over(N, lambda i: sp.log(1 + sp.exp(-y[i] * margin(i)))) / N
    grad = build(Dx, 1, lambda j, _: -sum_over(N, lambda i: y[i] * sigmoid(-y[i] * margin(i)) * X[i, j]) / N)
    return b.claim(D(loss, w), grad)


@identity(
    "weighted-least-squares-gradient",
    title="Gradient of weighted least squares",
    statement=r"\nabla_w \sum_i c_i\,(x_i^\top w - y_i)^2 = 2X^\top\big(c\circ(Xw - y)\big)",
    source="probe",
    tags=("probe", "loss", "regression"),
    sizes={"N": [2, 3], "Dx": [2, 3]},
)
def _(b):
    N, Dx = b.size("N"), b.size("Dx")
    X = b.matrix("X", N, Dx, BOUNDED)
    w, y = b.vector("w", Dx, BOUNDED), b.vector("y", N, BOUNDED)
    c = b.vector("c", N, Positive(0.2, 3))

    def residual(i):
        return sum_over(Dx, lambda m: X[i, m] * w[m]) - y[i]

    loss = sum_over(N, lambda i: c[i] * residual(i) ** 2)
    grad = build(Dx, 1, lambda j, _: 2 * sum_over(N, lambda i: X[i, j] * c[i] * residual(i)))
    return b.claim(D(loss, w), grad)


@identity(
    "bce-logits-vector-gradient",
    title="Gradient of the binary cross-entropy with logits, summed over outputs",
    statement=r"\nabla_z \sum_k\big(\mathrm{softplus}(z_k) - y_kz_k\big) = \sigma(z) - y",
    source="probe",
    tags=("probe", "loss", "logistic"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    z, y = b.vector("z", K, BOUNDED), b.vector("y", K, Real(0, 1))
    loss = sum_over(K, lambda k: softplus(z[k]) - y[k] * z[k])
    return b.claim(D(loss, z), build(K, 1, lambda i, _: sigmoid(z[i]) - y[i]))


@identity(
    "mean-squared-error-gradient",
    title="Gradient of the mean squared error in the prediction",
    statement=r"\nabla_{\hat y}\,\tfrac1K\|\hat y - y\|^2 = \tfrac2K(\hat y - y)",
    source="probe",
    tags=("probe", "loss", "regression"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    yhat, y = b.vector("yhat", K, BOUNDED), b.vector("y", K, BOUNDED)
    loss = sum_over(K, lambda k: (yhat[k] - y[k]) ** 2) / K
    return b.claim(D(loss, yhat), 2 * (yhat - y) / K)


@identity(
    "gaussian-score-mean",
    title="Score of a diagonal Gaussian in its mean",
    statement=(
        r"\nabla_\mu\Big(-\tfrac12\sum_k\log(2\pi v_k) - \tfrac12\sum_k\frac{(x_k - \mu_k)^2}{v_k}\Big)"
        r" = (x - \mu)\oslash v"
    ),
    source="probe",
    tags=("probe", "gaussian", "score"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    x, mu = b.vector("x", K, BOUNDED), b.vector("mu", K, BOUNDED)
    v = b.vector("v", K, Positive(0.2, 3))
    logp = -sum_over(K, lambda k: sp.log(2 * sp.pi * v[k])) / 2 - sum_over(K, lambda k: (x[k] - mu[k]) ** 2 / v[k]) / 2
    return b.claim(D(logp, mu), build(K, 1, lambda i, _: (x[i] - mu[i]) / v[i]))
