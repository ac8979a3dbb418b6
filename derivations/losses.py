"""Cross-entropy gradients: with respect to probabilities, to softmax logits, and binary CE."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Positive, Real
from verifier.ml import binary_cross_entropy, build, cross_entropy, delta, dot, ones, sigmoid, softmax, sum_over, total

Matrix = sp.ImmutableMatrix
K_SIZES = {"K": [2, 3, 5, 8]}


@identity(
    "cross-entropy-gradient",
    title="Gradient of cross-entropy with respect to the predicted probabilities",
    statement=r"\ell(z, t) = -\sum_i t_i \ln z_i,\quad \frac{\partial \ell}{\partial z_i} = -\frac{t_i}{z_i}",
    source="samples/001, question 2c; samples/002, question 1 (dL/dyhat_i)",
    tags=("losses", "cross-entropy"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    z = b.vector("z", K, Positive(), row=True)
    t = b.vector("t", K, Real(0, 1), row=True)
    return b.claim(D(cross_entropy(t, z), z), build(1, K, lambda _, i: -t[i] / z[i]))


@identity(
    "softmax-cross-entropy-gradient",
    title="Gradient of softmax cross-entropy with respect to the logits (one-hot target)",
    statement=(
        r"\frac{\partial L}{\partial z_r} = \sum_i \frac{\partial L}{\partial \hat y_i}"
        r"\frac{\partial \hat y_i}{\partial z_r} = \hat y_r - y_r"
    ),
    source="samples/002, question 1 (dL/dZ_3)",
    tags=("losses", "cross-entropy", "softmax"),
    sizes={"K": [2, 3, 5]},  # K = 8 (one-hot) is covered by the log-sum-exp entry below
)
def _(b):
    """dL/dz_r = sum_i dL/dyhat_i dyhat_i/dz_r, split into i = r and i != r, then sum_i y_i = 1."""
    K = b.size("K")
    z = b.vector("z", K)
    y = b.onehot("y", K)
    yh = softmax(z)

    def others(f, r):  # sum over i != r
        return sum_over(K, lambda i: f(i) * (1 - delta(i, r)))

    def dyh(i, r):  # d yhat_i / d z_r, both cases: yhat_r (1 - yhat_r) if i = r, else -yhat_r yhat_i
        return delta(i, r) * yh[r] * (1 - yh[r]) + (1 - delta(i, r)) * (-yh[r] * yh[i])

    def col(f):
        return build(K, 1, lambda r, _: f(r))

    return b.chain(
        D(cross_entropy(y, softmax(z)), z),
        col(lambda r: sum_over(K, lambda i: -y[i] / yh[i] * dyh(i, r))),
        col(lambda r: others(lambda i: -y[i] / yh[i] * (-yh[r] * yh[i]), r) + (-y[r] / yh[r]) * yh[r] * (1 - yh[r])),
        col(lambda r: others(lambda i: y[i] * yh[r], r) + (-y[r] + y[r] * yh[r])),
        col(lambda r: yh[r] * others(lambda i: y[i], r) - y[r] + y[r] * yh[r]),
        col(lambda r: -y[r] + yh[r] * (others(lambda i: y[i], r) + y[r])),
        yh - y,
    )


@identity(
    "softmax-cross-entropy-gradient-soft",
    title="Gradient of softmax cross-entropy with respect to the logits (probability-vector target)",
    statement=r"\frac{\partial\,CE(y, \mathrm{softmax}(z))}{\partial z} = \hat y - y,\quad \sum_k y_k = 1",
    source="samples/002, question 1 (its last step uses only sum_i y_i = 1)",
    tags=("losses", "cross-entropy", "softmax"),
    sizes=K_SIZES,
)
def _(b):
    """The chain is the one-hot entry's; here only its ends, for soft labels."""
    K = b.size("K")
    z = b.vector("z", K)
    y = b.simplex("y", K)
    return b.claim(D(cross_entropy(y, softmax(z)), z), softmax(z) - y)


@identity(
    "softmax-cross-entropy-gradient-logsumexp",
    title="Softmax cross-entropy gradient through log-sum-exp",
    statement=(
        r"\frac{\partial CE}{\partial\theta}"
        r" = -\frac{\partial\,(y^\top\theta - \log\sum_j e^{\theta_j})}{\partial\theta}"
        r" = -y + \frac{e^\theta}{\mathbf{1}^\top e^\theta} = \hat y - y"
    ),
    source="samples/004, 2.2b, equations (9)-(14)",
    tags=("losses", "cross-entropy", "softmax"),
    sizes=K_SIZES,
)
def _(b):
    K = b.size("K")
    theta = b.vector("theta", K)
    y = b.onehot("y", K)
    e_theta = theta.applyfunc(sp.exp)
    log_sum = sp.log(total(e_theta))
    return b.chain(
        D(cross_entropy(y, softmax(theta)), theta),
        D(-sum_over(K, lambda i: y[i] * (sp.log(sp.exp(theta[i])) - log_sum)), theta),
        D(-(dot(y, theta) - log_sum), theta),
        -y + e_theta / dot(ones(K), e_theta),
        -y + softmax(theta),
    )


@identity(
    "binary-cross-entropy-sigmoid-gradient",
    title="Gradient of binary cross-entropy of a logistic model",
    statement=(
        r"\frac{\partial}{\partial w_i}"
        r"\Big[-\big(y\ln\sigma(w^\top x) + (1-y)\ln(1-\sigma(w^\top x))\big)\Big]"
        r" = (\sigma(w^\top x) - y)\,x_i"
    ),
    source="lecture notes (logistic regression)",
    tags=("losses", "binary-cross-entropy", "sigmoid"),
    sizes={"n": [1, 2, 4]},
)
def _(b):
    n = b.size("n")
    # bounded: for w^T x > ~90, 1 - sigma(w^T x) is 0 at 40 digits and the numeric witness is lost
    w = b.vector("w", n, Real(-4, 4))
    x = b.vector("x", n, Real(-4, 4))
    y = b.interval("y", 0, 1)
    p = sigmoid(dot(w, x))
    return b.chain(
        D(binary_cross_entropy(y, p), w),
        # chain rule: dBCE/dp * dp/da * da/dw with a = w^T x
        (-(y / p) + (1 - y) / (1 - p)) * p * (1 - p) * x,
        (p - y) * x,
    )


@identity(
    "binary-cross-entropy-sigmoid-logit",
    title="Binary cross-entropy of a sigmoid, differentiated in the logit",
    statement=r"\frac{\partial}{\partial z}\,BCE(y, \sigma(z)) = \sigma(z) - y",
    source="lecture notes (logistic regression)",
    tags=("losses", "binary-cross-entropy", "sigmoid"),
)
def _(b):
    z = b.real("z")
    y = b.interval("y", 0, 1)
    return b.claim(D(binary_cross_entropy(y, sigmoid(z)), z), sigmoid(z) - y)
