"""Probe entries (WRONG, one planted mistake each, stop 44): copies of estimators.py's entries."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, dot, hadamard, normal_density, ones, softmax, sum_over, total

BOUNDED = Real(-2, 2)


@identity(
    "reparameterised-mean-gradient-wrong",
    title="Reparameterised ELBO term: the gradient in the mean",
    statement=(
        r"z = \mu + \sigma\epsilon,\quad \frac{\partial}{\partial\mu}\Big(-\tfrac12(x - z)^2\Big)"
        r" = x - \mu - \sigma\epsilon"
    ),
    source="probe (wrong: sign flipped)",
    tags=("probe", "wrong", "vae", "reparameterisation"),
)
def _(b):
    x, mu, eps = b.real("x"), b.real("mu"), b.real("epsilon")
    sigma = b.positive("sigma", 0.1, 3)
    return b.claim(D(-((x - (mu + sigma * eps)) ** 2) / 2, mu), mu + sigma * eps - x)


@identity(
    "reparameterised-scale-gradient-wrong",
    title="Reparameterised ELBO term: the gradient in the scale carries the noise",
    statement=(
        r"z = \mu + \sigma\epsilon,\quad \frac{\partial}{\partial\sigma}\Big(-\tfrac12(x - z)^2\Big)"
        r" = (x - \mu - \sigma\epsilon)\,\epsilon"
    ),
    source="probe (wrong: the noise factor dropped)",
    tags=("probe", "wrong", "vae", "reparameterisation"),
)
def _(b):
    x, mu, eps = b.real("x"), b.real("mu"), b.real("epsilon")
    sigma = b.positive("sigma", 0.1, 3)
    return b.claim(D(-((x - (mu + sigma * eps)) ** 2) / 2, sigma), x - mu - sigma * eps)


@identity(
    "reparameterised-log-density-scale-wrong",
    title="The log-density of a reparameterised sample: its scale derivative is -1/sigma",
    statement=r"\frac{\partial}{\partial\sigma}\log\mathcal N(\mu + \sigma\epsilon;\ \mu, \sigma^2) = -\frac1\sigma",
    source="probe (wrong: the noise term kept)",
    tags=("probe", "wrong", "vae", "reparameterisation", "gaussian"),
)
def _(b):
    mu, eps = b.real("mu"), b.real("epsilon")
    sigma = b.positive("sigma", 0.1, 3)
    return b.claim(D(sp.log(normal_density(mu + sigma * eps, mu, sigma**2)), sigma), -1 / sigma + eps**2 / sigma)


@identity(
    "gaussian-entropy-derivative-wrong",
    title="The derivative of a Gaussian's entropy in its standard deviation",
    statement=r"\frac{d}{d\sigma}\,\tfrac12\log(2\pi e\sigma^2) = \frac1\sigma",
    source="probe (wrong: the chain rule's 2 dropped)",
    tags=("probe", "wrong", "gaussian", "entropy"),
)
def _(b):
    sigma = b.positive("sigma", 0.1, 3)
    return b.claim(D(sp.log(2 * sp.pi * sp.E * sigma**2) / 2, sigma), 1 / (2 * sigma))


@identity(
    "gaussian-kl-prior-scale-gradient-wrong",
    title="KL between two Gaussians: the derivative in the second one's standard deviation",
    statement=(
        r"\frac{\partial}{\partial\sigma_2}\Big(\log\frac{\sigma_2}{\sigma_1}"
        r" + \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{2\sigma_2^2}"
        r" - \frac12\Big) = \frac1{\sigma_2} - \frac{\sigma_1^2 + (\mu_1 - \mu_2)^2}{\sigma_2^3}"
    ),
    source="probe (wrong: factor 2 of the power rule dropped)",
    tags=("probe", "wrong", "gaussian", "kl"),
)
def _(b):
    m1, m2 = b.real("mu1"), b.real("mu2")
    s1, s2 = b.positive("sigma1", 0.1, 3), b.positive("sigma2", 0.1, 3)
    kl = sp.log(s2 / s1) + (s1**2 + (m1 - m2) ** 2) / (2 * s2**2) - sp.Rational(1, 2)
    return b.claim(D(kl, s2), 1 / s2 - (s1**2 + (m1 - m2) ** 2) / (2 * s2**3))


@identity(
    "adam-first-step-wrong",
    title="Adam's first step: the bias-corrected moments make it -eta g/(|g| + eps)",
    statement=(
        r"\hat m = \frac{(1 - \beta_1)g}{1 - \beta_1},\ \hat v = \frac{(1 - \beta_2)g^2}{1 - \beta_2},\quad"
        r"-\eta\frac{\hat m}{\sqrt{\hat v} + \epsilon} = -\eta\frac{g}{|g| + \epsilon}"
    ),
    source="probe (wrong: the square root forgotten)",
    tags=("probe", "wrong", "optimisation", "adam"),
)
def _(b):
    g = b.real("g")
    b1, b2 = b.real("beta1", 0.5, 0.99), b.real("beta2", 0.5, 0.999)
    eta, eps = b.positive("eta", 0.001, 1), b.positive("epsilon", 0.001, 0.1)
    m, v = (1 - b1) * g / (1 - b1), (1 - b2) * g**2 / (1 - b2)
    return b.claim(-eta * m / (sp.sqrt(v) + eps), -eta * g / (g**2 + eps))


@identity(
    "adam-bias-correction-wrong",
    title="Adam's bias correction: with a constant gradient, the corrected first moment is the gradient",
    statement=r"m_t = (1 - \beta)\sum_{k=1}^{t}\beta^{t-k}g,\quad \frac{m_t}{1 - \beta^t} = g",
    source="probe (wrong: off by one in the correction)",
    tags=("probe", "wrong", "optimisation", "adam"),
    sizes={"t": [1, 2, 3, 5]},
)
def _(b):
    t = b.size("t")
    g = b.real("g")
    beta = b.real("beta", 0.1, 0.9)
    m = (1 - beta) * sum_over(t, lambda k: beta ** (t - 1 - k) * g)
    return b.claim(m / (1 - beta ** (t + 1)), g)


@identity(
    "l2-under-adam-first-step-wrong",
    title="L2 regularisation under Adam's first step (eps = 0) is the sign of the regularised gradient",
    statement=(
        r"-\eta\frac{g + \lambda\theta}{\sqrt{(g + \lambda\theta)^2}}"
        r" = -\eta\,\operatorname{sign}(g + \lambda\theta)"
    ),
    source="probe (wrong: L2 taken for decoupled weight decay)",
    tags=("probe", "wrong", "optimisation", "adam", "weight-decay"),
)
def _(b):
    g, theta = b.real("g"), b.real("theta")
    eta, lam = b.positive("eta", 0.001, 1), b.positive("lambda", 0.01, 1)
    r = g + lam * theta
    return b.claim(-eta * r / sp.sqrt(r**2), -eta * sp.sign(g) - eta * lam * theta)


@identity(
    "huber-derivative-wrong",
    title="The derivative of the Huber loss is the residual clipped to [-delta, delta]",
    statement=(
        r"\frac{d}{dr}\begin{cases}\tfrac12r^2 & |r|\le\delta\\ \delta(|r| - \tfrac12\delta) & |r| > \delta\end{cases}"
        r" = \max(-\delta, \min(r, \delta))"
    ),
    source="probe (wrong: the residual divided by delta)",
    tags=("probe", "wrong", "loss", "robust", "piecewise"),
)
def _(b):
    r = b.real("r", -4, 4)
    delta = b.positive("delta", 0.5, 2)
    huber = sp.Piecewise((r**2 / 2, sp.Abs(r) <= delta), (delta * (sp.Abs(r) - delta / 2), True))
    return b.claim(D(huber, r), sp.Max(-delta, sp.Min(r / delta, delta)))


@identity(
    "smooth-l1-derivative-wrong",
    title="The derivative of the smooth-L1 loss",
    statement=(
        r"\frac{d}{dr}\begin{cases}r^2/(2\beta) & |r| < \beta\\ |r| - \beta/2 & |r|\ge\beta\end{cases}"
        r" = \begin{cases}r/\beta & |r| < \beta\\ \operatorname{sign}(r) & |r|\ge\beta\end{cases}"
    ),
    source="probe (wrong: a stray beta on the linear part)",
    tags=("probe", "wrong", "loss", "robust", "piecewise"),
)
def _(b):
    r = b.real("r", -4, 4)
    beta = b.positive("beta", 0.5, 2)
    loss = sp.Piecewise((r**2 / (2 * beta), sp.Abs(r) < beta), (sp.Abs(r) - beta / 2, True))
    return b.claim(D(loss, r), sp.Piecewise((r / beta, sp.Abs(r) < beta), (sp.sign(r) * beta, True)))


@identity(
    "poisson-nll-gradient-wrong",
    title="Poisson negative log-likelihood with a log link: the gradient in the linear predictor",
    statement=r"\frac{d}{d\eta}\big(e^\eta - y\eta\big) = e^\eta - y",
    source="probe (wrong: eta not differentiated)",
    tags=("probe", "wrong", "loss", "glm"),
)
def _(b):
    eta, y = b.real("eta"), b.real("y", 0, 10)
    return b.claim(D(sp.exp(eta) - y * eta, eta), sp.exp(eta) - y * eta)


@identity(
    "soft-dice-gradient-wrong",
    title="Soft Dice loss: the gradient in the predictions",
    statement=(
        r"L = 1 - \frac{2\sum_ip_iy_i}{\sum_ip_i + \sum_iy_i},\quad"
        r"\frac{\partial L}{\partial p_j} = -\frac{2y_j}{S} + \frac{2\sum_ip_iy_i}{S^2},\ S = \sum_ip_i + \sum_iy_i"
    ),
    source="probe (wrong: factor 2 dropped)",
    tags=("probe", "wrong", "loss", "segmentation"),
    sizes={"n": [1, 2, 3]},
)
def _(b):
    n = b.size("n")
    p, y = b.vector("p", n, Real(0.05, 1)), b.vector("y", n, Real(0.05, 1))
    S = total(p) + total(y)
    inter = dot(p, y)
    return b.claim(D(1 - 2 * inter / S, p), -2 * y / S + inter / S**2 * ones(n))


@identity(
    "bernoulli-kl-gradient-wrong",
    title="KL between Bernoullis: the derivative in the second parameter",
    statement=(
        r"\frac{\partial}{\partial q}\Big(p\log\frac pq + (1 - p)\log\frac{1 - p}{1 - q}\Big)"
        r" = \frac{q - p}{q(1 - q)}"
    ),
    source="probe (wrong: sign flipped)",
    tags=("probe", "wrong", "kl", "bernoulli"),
)
def _(b):
    p, q = b.real("p", 0.05, 0.95), b.real("q", 0.05, 0.95)
    kl = p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
    return b.claim(D(kl, q), (p - q) / (q * (1 - q)))


@identity(
    "squared-hinge-derivative-wrong",
    title="The derivative of the squared hinge loss",
    statement=r"\frac{d}{dz}\max(0, 1 - yz)^2 = -2y\max(0, 1 - yz)",
    source="probe (wrong: the label's factor dropped)",
    tags=("probe", "wrong", "loss", "hinge", "piecewise"),
)
def _(b):
    z, y = b.real("z", -3, 3), b.real("y", -2, 2)
    return b.claim(D(sp.Max(0, 1 - y * z) ** 2, z), -2 * sp.Max(0, 1 - y * z))


@identity(
    "mixture-mean-gradient-wrong",
    title="A Gaussian mixture's log-likelihood: the gradient in a component mean is responsibility times residual",
    statement=(
        r"\frac{\partial}{\partial\mu_k}\log\sum_j\pi_je^{-(x - \mu_j)^2/2} = r_k(x - \mu_k),\ "
        r"r_k = \frac{\pi_ke^{-(x - \mu_k)^2/2}}{\sum_j\pi_je^{-(x - \mu_j)^2/2}}"
    ),
    source="probe (wrong: residual the wrong way round)",
    tags=("probe", "wrong", "gaussian", "mixture", "em"),
    sizes={"K": [1, 2, 3]},
)
def _(b):
    K = b.size("K")
    pi, mu = b.simplex("pi", K), b.vector("mu", K, BOUNDED)
    x = b.real("x", -2, 2)

    def weight(k):
        return pi[k, 0] * sp.exp(-((x - mu[k, 0]) ** 2) / 2)

    Z = sum_over(K, weight)
    return b.claim(D(sp.log(Z), mu), build(K, 1, lambda k, _: weight(k) / Z * (mu[k, 0] - x)))


@identity(
    "class-weighted-cross-entropy-gradient-wrong",
    title="Class-weighted cross-entropy: the gradient in the logits is the true class's weight times p - y",
    statement=(
        r"\nabla_z\Big(-\sum_kw_ky_k\log\mathrm{softmax}(z)_k\Big)"
        r" = \Big(\sum_kw_ky_k\Big)(\mathrm{softmax}(z) - y),\ y\text{ one-hot}"
    ),
    source="probe (wrong: weights multiplied entry by entry)",
    tags=("probe", "wrong", "loss", "softmax", "cross-entropy"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    z, w = b.vector("z", K, BOUNDED), b.vector("w", K, Real(0.1, 3))
    y = b.onehot("y", K)
    p = softmax(z)
    loss = -sum_over(K, lambda k: w[k, 0] * y[k, 0] * sp.log(p[k, 0]))
    return b.claim(D(loss, z), hadamard(w, p - y))
