"""Probe entries (WRONG, each one planted mistake): attention and a two-step RNN. Every one should be FAILED."""

from types import SimpleNamespace

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import diag, dot, hadamard, ones, softmax, tanh

BOUNDED = Real(-2, 2)
ATT_SIZES = [{"n": 2, "d": 2, "e": 2}, {"n": 3, "d": 2, "e": 1}]


def _attention(b):
    n, d, e = b.size("n"), b.size("d"), b.size("e")
    Km = b.matrix("K", n, d, BOUNDED)
    V = b.matrix("V", n, e)
    q = b.vector("q", d, BOUNDED)
    u = b.vector("u", e)
    a = softmax(Km * q / sp.sqrt(d))
    return SimpleNamespace(K=Km, V=V, q=q, u=u, a=a, d=d, L=dot(u, V.T * a))


@identity(
    "attention-query-gradient-wrong-scale",
    title="Attention query gradient without the 1/sqrt(d)",
    statement=r"\nabla_q L = K^\top(\mathrm{diag}(a) - aa^\top)Vu",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=ATT_SIZES,
)
def _(b):
    t = _attention(b)
    return b.claim(D(t.L, t.q), t.K.T * (diag(t.a) - t.a * t.a.T) * t.V * t.u)


@identity(
    "attention-query-gradient-wrong-jacobian",
    title="Attention query gradient with the softmax Jacobian as diag(a)",
    statement=r"\nabla_q L = \tfrac{1}{\sqrt d}K^\top\mathrm{diag}(a)Vu",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=ATT_SIZES,
)
def _(b):
    t = _attention(b)
    return b.claim(D(t.L, t.q), t.K.T * diag(t.a) * t.V * t.u / sp.sqrt(t.d))


@identity(
    "attention-key-gradient-wrong",
    title="Attention key gradient with the softmax Jacobian's sign flipped",
    statement=r"\nabla_K L = \tfrac{1}{\sqrt d}\big((aa^\top - \mathrm{diag}(a))Vu\big)q^\top",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=ATT_SIZES,
)
def _(b):
    t = _attention(b)
    return b.claim(D(t.L, t.K), (t.a * t.a.T - diag(t.a)) * t.V * t.u * t.q.T / sp.sqrt(t.d))


def _rnn(b):
    H, n_in = b.size("H"), b.size("I")
    W = b.matrix("W", H, H, BOUNDED)
    U = b.matrix("U", H, n_in, BOUNDED)
    h0 = b.vector("h0", H, BOUNDED)
    x1 = b.vector("x1", n_in, BOUNDED)
    x2 = b.vector("x2", n_in, BOUNDED)
    c = b.vector("c", H)
    h1 = tanh(W * h0 + U * x1)
    h2 = tanh(W * h1 + U * x2)
    one = ones(H)
    d2 = hadamard(one - hadamard(h2, h2), c)
    d1 = hadamard(one - hadamard(h1, h1), W.T * d2)
    return SimpleNamespace(W=W, h0=h0, c=c, h1=h1, h2=h2, d1=d1, d2=d2, one=one)


RNN_SIZES = [{"H": 2, "I": 1}, {"H": 2, "I": 2}]


@identity(
    "rnn-two-step-h0-gradient-wrong",
    title="Two-step RNN gradient in h0 with W instead of W^T",
    statement=r"\nabla_{h_0}L = W\big((1-h_1^2)\circ W^\top((1-h_2^2)\circ c)\big)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=RNN_SIZES,
)
def _(b):
    r = _rnn(b)
    return b.claim(D(dot(r.c, r.h2), r.h0), r.W * r.d1)


@identity(
    "rnn-two-step-h0-gradient-wrong-step",
    title="Two-step RNN gradient in h0 with the first step's tanh' dropped",
    statement=r"\nabla_{h_0}L = W^\top W^\top((1-h_2^2)\circ c)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=RNN_SIZES,
)
def _(b):
    r = _rnn(b)
    return b.claim(D(dot(r.c, r.h2), r.h0), r.W.T * r.W.T * r.d2)


@identity(
    "rnn-two-step-w-gradient-wrong",
    title="Two-step RNN gradient in W with only the last step (truncated)",
    statement=r"\nabla_W L = \delta_2 h_1^\top",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=RNN_SIZES,
)
def _(b):
    r = _rnn(b)
    return b.claim(D(dot(r.c, r.h2), r.W), r.d2 * r.h1.T)


@identity(
    "rnn-two-step-w-gradient-wrong-index",
    title="Two-step RNN gradient in W with h_0 and h_1 swapped",
    statement=r"\nabla_W L = \delta_2 h_0^\top + \delta_1 h_1^\top",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes=RNN_SIZES,
)
def _(b):
    r = _rnn(b)
    return b.claim(D(dot(r.c, r.h2), r.W), r.d2 * r.h0.T + r.d1 * r.h1.T)


@identity(
    "rnn-h2-jacobian-wrong",
    title="Jacobian of h2 in h1 with diag(1 - h2^2) on the wrong side",
    statement=r"\frac{\partial h_2}{\partial h_1} = W\,\mathrm{diag}(1-h_2^2)",
    source="probe (wrong)",
    tags=("probe", "wrong"),
    sizes={"H": [2, 3]},
)
def _(b):
    H = b.size("H")
    W = b.matrix("W", H, H, BOUNDED)
    h1 = b.vector("h1", H, BOUNDED)
    h2 = tanh(W * h1)
    return b.claim(D(h2, h1), W * diag(r_sq(h2)))


def r_sq(h):
    return h.applyfunc(lambda e: 1 - e**2)
