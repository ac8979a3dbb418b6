"""Probe entries (correct, stop 44): attention's value and score gradients, rotary and sinusoidal
positions, GRU reset and LSTM output gates, InfoNCE, Gumbel-softmax, normalisation VJPs, triplet and
preference losses."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, diag, dot, hadamard, ones, sigmoid, softmax, sum_over, tanh, total

BOUNDED = Real(-2, 2)
GATE = Real(0.05, 0.95)


def _rotation(angle):
    return sp.ImmutableMatrix([[sp.cos(angle), -sp.sin(angle)], [sp.sin(angle), sp.cos(angle)]])


@identity(
    "attention-value-gradient",
    title="Attention backward: the gradient of <G, softmax(QK^T/sqrt d) V> with respect to V",
    statement=r"O = PV,\ P = \mathrm{softmax}(QK^\top/\sqrt d),\quad \nabla_V \operatorname{tr}(G^\top O) = P^\top G",
    source="probe",
    tags=("probe", "attention", "backprop"),
    sizes=[{"n": 2, "d": 1, "e": 2}, {"n": 2, "d": 2, "e": 1}],
)
def _(b):
    n, d, e = b.size("n"), b.size("d"), b.size("e")
    Q, Km = b.matrix("Q", n, d, BOUNDED), b.matrix("K", n, d, BOUNDED)
    V, G = b.matrix("V", n, e), b.matrix("G", n, e)
    S = Q * Km.T / sp.sqrt(d)
    P = build(n, n, lambda i, j: sp.exp(S[i, j]) / sum_over(n, lambda k: sp.exp(S[i, k])))
    loss = sum_over(n, lambda i: sum_over(e, lambda j: G[i, j] * (P * V)[i, j]))
    return b.claim(D(loss, V), P.T * G)


@identity(
    "attention-output-score-gradient",
    title="Attention backward through the softmax: d(p^T v)/ds = p o (v - (p^T v) 1)",
    statement=r"p = \mathrm{softmax}(s),\quad \nabla_s\, p^\top v = p\circ\big(v - (p^\top v)\mathbf 1\big)",
    source="probe",
    tags=("probe", "attention", "softmax"),
    sizes={"n": [2, 3, 4]},
)
def _(b):
    n = b.size("n")
    s, v = b.vector("s", n, BOUNDED), b.vector("v", n, BOUNDED)
    p = softmax(s)
    return b.claim(D(dot(p, v), s), hadamard(p, v - dot(p, v) * ones(n)))


@identity(
    "rotary-relative-position",
    title="Rotary position embedding: the score depends on the offset only",
    statement=r"(R_{m\theta}q)^\top(R_{n\theta}k) = q^\top R_{(n-m)\theta}k",
    source="probe",
    tags=("probe", "attention", "positions"),
)
def _(b):
    q, k = b.vector("q", 2, BOUNDED), b.vector("k", 2, BOUNDED)
    m, n, theta = b.real("m", -3, 3), b.real("n", -3, 3), b.real("theta", -2, 2)
    return b.claim(dot(_rotation(m * theta) * q, _rotation(n * theta) * k), dot(q, _rotation((n - m) * theta) * k))


@identity(
    "rotation-preserves-norm",
    title="A rotation preserves the squared norm",
    statement=r"\|R_\theta x\|^2 = \|x\|^2",
    source="probe",
    tags=("probe", "attention", "positions"),
)
def _(b):
    x = b.vector("x", 2, BOUNDED)
    theta = b.real("theta", -3, 3)
    y = _rotation(theta) * x
    return b.claim(dot(y, y), dot(x, x))


@identity(
    "sinusoidal-position-shift",
    title="Sinusoidal positions: the code of p + k is a rotation of the code of p",
    statement=(
        r"\begin{pmatrix}\sin\omega(p+k)\\ \cos\omega(p+k)\end{pmatrix} = "
        r"\begin{pmatrix}\cos\omega k & \sin\omega k\\ -\sin\omega k & \cos\omega k\end{pmatrix}"
        r"\begin{pmatrix}\sin\omega p\\ \cos\omega p\end{pmatrix}"
    ),
    source="probe",
    tags=("probe", "attention", "positions"),
)
def _(b):
    w, p, k = b.positive("omega", 0.1, 2), b.real("p", 0, 10), b.real("k", 0, 10)
    code = sp.ImmutableMatrix([sp.sin(w * (p + k)), sp.cos(w * (p + k))])
    shift = sp.ImmutableMatrix([[sp.cos(w * k), sp.sin(w * k)], [-sp.sin(w * k), sp.cos(w * k)]])
    return b.claim(code, shift * sp.ImmutableMatrix([sp.sin(w * p), sp.cos(w * p)]))


@identity(
    "gru-reset-gate-jacobian",
    title="GRU: Jacobian of the candidate state with respect to the reset gate",
    statement=(
        r"\tilde h = \tanh\big(Wx + U(r\circ h)\big),\quad"
        r"\frac{\partial\tilde h}{\partial r} = \mathrm{diag}(1 - \tilde h^2)\,U\,\mathrm{diag}(h)"
    ),
    source="probe",
    tags=("probe", "rnn", "gru", "jacobian"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H = b.size("H")
    U = b.matrix("U", H, H, BOUNDED)
    r, h, c = b.vector("r", H, GATE), b.vector("h", H, BOUNDED), b.vector("c", H, BOUNDED)
    cand = tanh(c + U * hadamard(r, h))
    return b.claim(D(cand, r), diag(ones(H) - hadamard(cand, cand)) * U * diag(h))


@identity(
    "lstm-output-gate-jacobian",
    title="LSTM: Jacobian of the hidden state with respect to the output gate's pre-activation",
    statement=(
        r"h = \sigma(a)\circ\tanh(c),\quad \frac{\partial h}{\partial a}"
        r" = \mathrm{diag}\big(\sigma(a)\circ(1-\sigma(a))\circ\tanh(c)\big)"
    ),
    source="probe",
    tags=("probe", "rnn", "lstm", "jacobian"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H = b.size("H")
    a, c = b.vector("a", H, BOUNDED), b.vector("c", H, BOUNDED)
    o = sigmoid(a)
    return b.claim(D(hadamard(o, tanh(c)), a), diag(hadamard(hadamard(o, ones(H) - o), tanh(c))))


@identity(
    "lstm-hidden-cell-jacobian",
    title="LSTM: Jacobian of the hidden state with respect to the cell state",
    statement=r"h = o\circ\tanh(c),\quad \frac{\partial h}{\partial c} = \mathrm{diag}\big(o\circ(1 - \tanh^2 c)\big)",
    source="probe",
    tags=("probe", "rnn", "lstm", "jacobian"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H = b.size("H")
    o, c = b.vector("o", H, GATE), b.vector("c", H, BOUNDED)
    t = tanh(c)
    return b.claim(D(hadamard(o, t), c), diag(hadamard(o, ones(H) - hadamard(t, t))))


@identity(
    "infonce-query-gradient",
    title="InfoNCE: the gradient in the query is the softmax-weighted key minus the positive key, over tau",
    statement=(
        r"L = -\log\frac{e^{k_1^\top q/\tau}}{\sum_j e^{k_j^\top q/\tau}},\quad"
        r"\nabla_q L = \tfrac1\tau\big(K^\top p - k_1\big),\ p = \mathrm{softmax}(Kq/\tau)"
    ),
    source="probe",
    tags=("probe", "contrastive", "softmax"),
    sizes=[{"N": 2, "d": 2}, {"N": 3, "d": 2}, {"N": 3, "d": 1}],
)
def _(b):
    N, d = b.size("N"), b.size("d")
    Km = b.matrix("K", N, d, BOUNDED)
    q = b.vector("q", d, BOUNDED)
    tau = b.positive("tau", 0.2, 2)
    s = Km * q / tau
    loss = -s[0, 0] + sp.log(total(s.applyfunc(sp.exp)))
    positive = build(d, 1, lambda i, _: Km[0, i])
    return b.claim(D(loss, q), (Km.T * softmax(s) - positive) / tau)


@identity(
    "infonce-temperature-derivative",
    title="InfoNCE: the derivative in the temperature",
    statement=(
        r"L(\tau) = -\frac{s_1}{\tau} + \log\sum_j e^{s_j/\tau},\quad"
        r"\frac{dL}{d\tau} = \frac{1}{\tau^2}\Big(s_1 - \sum_j p_js_j\Big)"
    ),
    source="probe",
    tags=("probe", "contrastive", "temperature"),
    sizes={"N": [2, 3, 4]},
)
def _(b):
    N = b.size("N")
    s = b.vector("s", N, BOUNDED)
    tau = b.positive("tau", 0.2, 2)
    loss = -s[0, 0] / tau + sp.log(total((s / tau).applyfunc(sp.exp)))
    return b.claim(D(loss, tau), (s[0, 0] - dot(softmax(s / tau), s)) / tau**2)


@identity(
    "gumbel-softmax-jacobian",
    title="Gumbel-softmax: Jacobian of the relaxed sample in the log-probabilities",
    statement=(
        r"y = \mathrm{softmax}\big((\log\pi + g)/\tau\big),\quad"
        r"\frac{\partial y}{\partial\log\pi} = \tfrac1\tau\big(\mathrm{diag}(y) - yy^\top\big)"
    ),
    source="probe",
    tags=("probe", "softmax", "gumbel"),
    sizes={"K": [2, 3, 4]},
)
def _(b):
    K = b.size("K")
    ell, g = b.vector("l", K, BOUNDED), b.vector("g", K, BOUNDED)
    tau = b.positive("tau", 0.2, 2)
    y = softmax((ell + g) / tau)
    return b.claim(D(y, ell), (diag(y) - y * y.T) / tau)


@identity(
    "rms-norm-input-vjp",
    title="RMSNorm backward: the vector-Jacobian product in the input",
    statement=(
        r"y = x/r,\ r = \sqrt{\tfrac1n\|x\|^2 + \epsilon},\quad"
        r"\Big(\frac{\partial y}{\partial x}\Big)^{\!\top} g = \frac1r\Big(g - \frac{x^\top g}{nr^2}\,x\Big)"
    ),
    source="probe",
    tags=("probe", "normalization", "backprop"),
    sizes={"n": [2, 3]},
)
def _(b):
    n = b.size("n")
    x, g = b.vector("x", n, BOUNDED), b.vector("g", n, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    r = sp.sqrt(dot(x, x) / n + eps)
    return b.claim(D(dot(g, x / r), x), (g - dot(x, g) / (n * r**2) * x) / r)


@identity(
    "layer-norm-input-vjp",
    title="LayerNorm backward in its compact form",
    statement=(
        r"\hat x = (x - \mu)/\sigma,\quad"
        r"\nabla_x\, g^\top\hat x = \frac1\sigma\Big(g - \bar g\,\mathbf 1 - \overline{g\circ\hat x}\;\hat x\Big)"
    ),
    source="probe",
    tags=("probe", "normalization", "backprop"),
    sizes={"n": [2, 3]},
)
def _(b):
    n = b.size("n")
    x, g = b.vector("x", n, BOUNDED), b.vector("g", n, BOUNDED)
    eps = b.positive("epsilon", 0.01, 1)
    mu = total(x) / n
    centred = x - mu * ones(n)
    sigma = sp.sqrt(dot(centred, centred) / n + eps)
    xhat = centred / sigma
    mean_g, mean_gx = total(g) / n, dot(g, xhat) / n
    return b.claim(D(dot(g, xhat), x), (g - mean_g * ones(n) - mean_gx * xhat) / sigma)


@identity(
    "triplet-anchor-gradient",
    title="Triplet loss (active): the gradient in the anchor",
    statement=r"\nabla_a\big(\|a - p\|^2 - \|a - n\|^2 + m\big) = 2(n - p)",
    source="probe",
    tags=("probe", "contrastive", "metric-learning"),
    sizes={"d": [1, 2, 3]},
)
def _(b):
    d = b.size("d")
    a, p, n = b.vector("a", d), b.vector("p", d), b.vector("n", d)
    margin = b.positive("m")
    return b.claim(D(dot(a - p, a - p) - dot(a - n, a - n) + margin, a), 2 * (n - p))


@identity(
    "preference-loss-gradient",
    title="Bradley-Terry / DPO loss: the derivative in the chosen reward",
    statement=(
        r"\frac{\partial}{\partial r_w}\big(-\log\sigma(\beta(r_w - r_l))\big)"
        r" = -\beta\,\sigma\big(\beta(r_l - r_w)\big)"
    ),
    source="probe",
    tags=("probe", "preference", "logistic"),
)
def _(b):
    rw, rl = b.real("rw", -3, 3), b.real("rl", -3, 3)
    beta = b.positive("beta", 0.1, 3)
    return b.claim(D(-sp.log(sigmoid(beta * (rw - rl))), rw), -beta * sigmoid(beta * (rl - rw)))


@identity(
    "conv1d-kernel-gradient",
    title="A 1-D convolution's kernel gradient is a cross-correlation of the input with the output gradient",
    statement=r"y_i = \sum_k w_kx_{i+k},\quad \frac{\partial}{\partial w_k}\sum_i g_iy_i = \sum_i g_ix_{i+k}",
    source="probe",
    tags=("probe", "convolution", "backprop"),
    sizes=[{"n": 3, "k": 2}, {"n": 2, "k": 3}],
)
def _(b):
    n, k = b.size("n"), b.size("k")
    x, w, g = b.vector("x", n + k - 1), b.vector("w", k), b.vector("g", n)
    y = build(n, 1, lambda i, _: sum_over(k, lambda j: w[j, 0] * x[i + j, 0]))
    return b.claim(D(dot(g, y), w), build(k, 1, lambda j, _: sum_over(n, lambda i: g[i, 0] * x[i + j, 0])))
