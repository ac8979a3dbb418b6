"""Probe entries (correct): attention scores' gradients and a two-step RNN's gradients."""

from types import SimpleNamespace

import sympy as sp

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import diag, dot, hadamard, ones, softmax, tanh

BOUNDED = Real(-2, 2)


@identity(
    "attention-query-gradient",
    title="Gradient of an attention output with respect to the query",
    statement=(
        r"a = \mathrm{softmax}(Kq/\sqrt d),\ L = u^\top V^\top a,\quad"
        r"\nabla_q L = \tfrac{1}{\sqrt d}K^\top(\mathrm{diag}(a) - aa^\top)Vu"
    ),
    source="probe",
    tags=("probe", "attention", "backprop"),
    sizes=[{"n": 2, "d": 2, "e": 2}, {"n": 3, "d": 2, "e": 1}],
)
def _(b):
    n, d, e = b.size("n"), b.size("d"), b.size("e")
    Km = b.matrix("K", n, d, BOUNDED)
    V = b.matrix("V", n, e)
    q = b.vector("q", d, BOUNDED)
    u = b.vector("u", e)
    a = softmax(Km * q / sp.sqrt(d))
    return b.claim(D(dot(u, V.T * a), q), Km.T * (diag(a) - a * a.T) * V * u / sp.sqrt(d))


@identity(
    "attention-key-gradient",
    title="Gradient of an attention output with respect to the keys",
    statement=(r"\nabla_K L = \tfrac{1}{\sqrt d}\,\big((\mathrm{diag}(a) - aa^\top)Vu\big)\,q^\top"),
    source="probe",
    tags=("probe", "attention", "backprop"),
    sizes=[{"n": 2, "d": 2, "e": 2}, {"n": 3, "d": 2, "e": 1}],
)
def _(b):
    n, d, e = b.size("n"), b.size("d"), b.size("e")
    Km = b.matrix("K", n, d, BOUNDED)
    V = b.matrix("V", n, e)
    q = b.vector("q", d, BOUNDED)
    u = b.vector("u", e)
    a = softmax(Km * q / sp.sqrt(d))
    return b.claim(D(dot(u, V.T * a), Km), (diag(a) - a * a.T) * V * u * q.T / sp.sqrt(d))


def _rnn(b, H, n_in):
    W = b.matrix("W", H, H, BOUNDED)
    U = b.matrix("U", H, n_in, BOUNDED)
    h0 = b.vector("h0", H, BOUNDED)
    x1 = b.vector("x1", n_in, BOUNDED)
    x2 = b.vector("x2", n_in, BOUNDED)
    c = b.vector("c", H)
    h1 = tanh(W * h0 + U * x1)
    h2 = tanh(W * h1 + U * x2)
    one = ones(H)
    d2 = hadamard(one - hadamard(h2, h2), c)  # dL/d(pre-activation 2)
    d1 = hadamard(one - hadamard(h1, h1), W.T * d2)  # dL/d(pre-activation 1)
    return SimpleNamespace(W=W, U=U, h0=h0, x1=x1, c=c, h1=h1, h2=h2, d1=d1, d2=d2)


@identity(
    "rnn-two-step-h0-gradient",
    title="Two-step RNN: gradient of the loss with respect to the initial state",
    statement=(
        r"h_t = \tanh(Wh_{t-1} + Ux_t),\ L = c^\top h_2,\quad"
        r"\nabla_{h_0}L = W^\top\big((1-h_1^2)\circ W^\top((1-h_2^2)\circ c)\big)"
    ),
    source="probe",
    tags=("probe", "rnn", "backprop"),
    sizes=[{"H": 2, "I": 1}, {"H": 2, "I": 2}],
)
def _(b):
    H, n_in = b.size("H"), b.size("I")
    r = _rnn(b, H, n_in)
    return b.chain(
        D(dot(r.c, r.h2), r.h0),
        r.W.T * diag(one_minus_sq(r.h1)) * r.W.T * diag(one_minus_sq(r.h2)) * r.c,
        r.W.T * r.d1,
    )


@identity(
    "rnn-two-step-w-gradient",
    title="Two-step RNN: gradient of the loss with respect to the shared recurrent matrix",
    statement=r"\nabla_W L = \delta_2 h_1^\top + \delta_1 h_0^\top",
    source="probe",
    tags=("probe", "rnn", "backprop"),
    sizes=[{"H": 2, "I": 1}, {"H": 2, "I": 2}],
)
def _(b):
    H, n_in = b.size("H"), b.size("I")
    r = _rnn(b, H, n_in)
    return b.claim(D(dot(r.c, r.h2), r.W), r.d2 * r.h1.T + r.d1 * r.h0.T)


def one_minus_sq(h):
    return h.applyfunc(lambda e: 1 - e**2)
