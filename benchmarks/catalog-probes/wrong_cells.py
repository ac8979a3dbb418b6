"""Probe entries (WRONG, one planted mistake each, stop 37): copies of cells.py's entries."""

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import build, cross_entropy, diag, dot, hadamard, ones, sigmoid, softmax, sum_over, tanh

BOUNDED = Real(-2, 2)
GATE = Real(0.05, 0.95)


@identity(
    "gru-update-gate-jacobian-wrong",
    title="GRU: Jacobian of the new state with respect to the update gate's pre-activation",
    statement=(
        r"z = \sigma(a),\ h = (1 - z)\circ n + z\circ h_{t-1},\quad"
        r"\frac{\partial h}{\partial a} = \mathrm{diag}\big(z\circ(1-z)\circ(h_{t-1} - n)\big)"
    ),
    source="probe (wrong: sign flipped)",
    tags=("probe", "wrong", "rnn", "gru", "jacobian"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H = b.size("H")
    a, n, hp = b.vector("a", H, BOUNDED), b.vector("n", H, BOUNDED), b.vector("h", H, BOUNDED)
    z = sigmoid(a)
    h = hadamard(ones(H) - z, n) + hadamard(z, hp)
    return b.claim(D(h, a), diag(hadamard(hadamard(z, ones(H) - z), n - hp)))


@identity(
    "gru-state-jacobian-wrong",
    title="GRU without a reset gate: Jacobian of the new state with respect to the old",
    statement=(
        r"z = \sigma(W_zh),\ n = \tanh(W_nh),\ h' = (1-z)\circ n + z\circ h,\quad"
        r"\frac{\partial h'}{\partial h} = \mathrm{diag}(z) + \mathrm{diag}\big((h - n)\circ z\circ(1-z)\big)W_z"
        r" + \mathrm{diag}\big((1-z)\circ(1-n^2)\big)W_n"
    ),
    source="probe (wrong: extra transpose)",
    tags=("probe", "wrong", "rnn", "gru", "jacobian"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H = b.size("H")
    Wz, Wn = b.matrix("Wz", H, H, BOUNDED), b.matrix("Wn", H, H, BOUNDED)
    h = b.vector("h", H, BOUNDED)
    z, n = sigmoid(Wz * h), tanh(Wn * h)
    one = ones(H)
    new = hadamard(one - z, n) + hadamard(z, h)
    gate = diag(hadamard(hadamard(h - n, z), one - z))
    candidate = diag(hadamard(one - z, one - hadamard(n, n)))
    return b.claim(D(new, h), diag(z) + gate * Wz.T + candidate * Wn)


def _lstm(b):
    H = b.size("H")
    f, i, o = b.vector("f", H, GATE), b.vector("i", H, GATE), b.vector("o", H, GATE)
    g, cp, u = b.vector("g", H, BOUNDED), b.vector("c", H, BOUNDED), b.vector("u", H)
    return H, f, i, o, g, cp, u


@identity(
    "lstm-cell-state-gradient-wrong",
    title="LSTM: gradient of the output with respect to the previous cell state",
    statement=(
        r"c' = f\circ c + i\circ g,\ h = o\circ\tanh(c'),\ L = u^\top h,\quad"
        r"\nabla_c L = u\circ o\circ(1 - \tanh^2 c')\circ f"
    ),
    source="probe (wrong: input gate for forget gate)",
    tags=("probe", "wrong", "rnn", "lstm", "backprop"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H, f, i, o, g, cp, u = _lstm(b)
    c = hadamard(f, cp) + hadamard(i, g)
    t = tanh(c)
    h = hadamard(o, t)
    return b.claim(D(dot(u, h), cp), hadamard(hadamard(hadamard(u, o), ones(H) - hadamard(t, t)), i))


@identity(
    "lstm-forget-gate-gradient-wrong",
    title="LSTM: gradient of the output with respect to the forget gate's pre-activation",
    statement=(
        r"f = \sigma(a),\ c' = f\circ c + i\circ g,\ h = o\circ\tanh(c'),\quad"
        r"\nabla_a L = u\circ o\circ(1 - \tanh^2c')\circ c\circ f\circ(1-f)"
    ),
    source="probe (wrong: c_{t-1} dropped)",
    tags=("probe", "wrong", "rnn", "lstm", "backprop"),
    sizes={"H": [1, 2, 3]},
)
def _(b):
    H = b.size("H")
    a = b.vector("a", H, BOUNDED)
    i, o = b.vector("i", H, GATE), b.vector("o", H, GATE)
    g, cp, u = b.vector("g", H, BOUNDED), b.vector("c", H, BOUNDED), b.vector("u", H)
    f = sigmoid(a)
    c = hadamard(f, cp) + hadamard(i, g)
    t = tanh(c)
    one = ones(H)
    return b.claim(
        D(dot(u, hadamard(o, t)), a),
        hadamard(hadamard(hadamard(u, o), one - hadamard(t, t)), hadamard(f, one - f)),
    )


@identity(
    "residual-block-jacobian-wrong",
    title="Jacobian of a residual block with a tanh layer",
    statement=r"y = x + W_2\tanh(W_1x),\quad \frac{\partial y}{\partial x} = I + W_2\,\mathrm{diag}(1 - h^2)\,W_1",
    source="probe (wrong: identity dropped)",
    tags=("probe", "wrong", "networks", "jacobian"),
    sizes=[{"n": 2, "H": 2}, {"n": 2, "H": 3}],
)
def _(b):
    n, H = b.size("n"), b.size("H")
    W1, W2 = b.matrix("W1", H, n, BOUNDED), b.matrix("W2", n, H, BOUNDED)
    x = b.vector("x", n, BOUNDED)
    h = tanh(W1 * x)
    return b.claim(D(x + W2 * h, x), W2 * diag(ones(H) - hadamard(h, h)) * W1)


def _row_softmax(S, m, n):
    return build(m, n, lambda i, j: sp.exp(S[i, j]) / sum_over(n, lambda k: sp.exp(S[i, k])))


@identity(
    "attention-matrix-query-gradient-wrong",
    title="Gradient of matrix attention softmax(QK^T/sqrt d)V with respect to Q",
    statement=(
        r"A = \mathrm{softmax}_{\text{rows}}(QK^\top/\sqrt d),\ L = \langle G, AV\rangle,\ P = GV^\top,\quad"
        r"\nabla_Q L = \tfrac{1}{\sqrt d}\big(A\circ(P - (A\circ P)\mathbf 1\mathbf 1^\top)\big)K"
    ),
    source="probe (wrong: A not multiplied into the row term)",
    tags=("probe", "wrong", "attention", "backprop"),
    sizes=[{"m": 1, "n": 2, "d": 2, "e": 1}, {"m": 2, "n": 2, "d": 1, "e": 2}],
)
def _(b):
    m, n, d, e = b.size("m"), b.size("n"), b.size("d"), b.size("e")
    Q, Km = b.matrix("Q", m, d, BOUNDED), b.matrix("K", n, d, BOUNDED)
    V, G = b.matrix("V", n, e), b.matrix("G", m, e)
    A = _row_softmax(Q * Km.T / sp.sqrt(d), m, n)
    out = A * V
    loss = sum_over(m, lambda i: sum_over(e, lambda j: G[i, j] * out[i, j]))
    P = G * V.T
    rows = build(m, 1, lambda i, _: sum_over(n, lambda k: A[i, k] * P[i, k]))
    dS = build(m, n, lambda i, j: A[i, j] * P[i, j] - rows[i])
    return b.claim(D(loss, Q), dS * Km / sp.sqrt(d))


@identity(
    "logistic-margin-chain-wrong",
    title="Derivative of the logistic loss in the margin, four links",
    statement=(
        r"\frac{d}{dz}\log(1 + e^{-yz}) = \frac{-ye^{-yz}}{1 + e^{-yz}} = -y\,\sigma(-yz) = -y\big(1 - \sigma(yz)\big)"
    ),
    source="probe (wrong: wrong middle link)",
    tags=("probe", "wrong", "losses", "chain"),
)
def _(b):
    z, y = b.real("z"), b.real("y")
    return b.chain(
        D(sp.log(1 + sp.exp(-y * z)), z),
        -y * sp.exp(-y * z) / (1 + sp.exp(-y * z)),
        -y * sigmoid(y * z),
        -y * (1 - sigmoid(y * z)),
    )


@identity(
    "softmax-cross-entropy-chain-wrong",
    title="Softmax cross-entropy gradient through log-sum-exp, four links",
    statement=(
        r"\nabla_s\big(\log\textstyle\sum_k e^{s_k} - y^\top s\big)"
        r" = \frac{e^{s}}{\sum_k e^{s_k}} - y = \mathrm{softmax}(s) - y = \nabla_s CE(y, \mathrm{softmax}(s))"
    ),
    source="probe (wrong: wrong middle link)",
    tags=("probe", "wrong", "losses", "chain"),
    sizes={"K": [2, 3, 5]},
)
def _(b):
    K = b.size("K")
    s = b.vector("s", K, BOUNDED)
    y = b.onehot("y", K)
    lse = sp.log(sum_over(K, lambda k: sp.exp(s[k])))
    return b.chain(
        D(lse - dot(y, s), s),
        build(K, 1, lambda i, _: sp.exp(s[i]) / sum_over(K, lambda k: sp.exp(s[k])) + y[i]),
        softmax(s) - y,
        D(cross_entropy(y, softmax(s)), s),
    )
