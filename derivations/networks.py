"""Backpropagation through a one-hidden-layer network (samples/004, 2.3c-2.4d).

J = CE(y, softmax(sigma(x W1 + b1) W2 + b2)) with row vectors x (1 x Dx), b1 (1 x H),
b2 (1 x Dy) and target y (1 x Dy). delta2 = yhat - y and delta1 = delta2 W2^T o sigma'(z1)
are the backpropagated errors; every gradient is checked against D(J, parameter).

Inputs and weights are drawn from [-4, 4], the range of a trained network's pre-activations:
with unbounded samples x W1 reaches |z1| > 160, where 1 - sigma(z1) cancels to 0 below 70
digits and the numeric stage has to climb to hundreds of digits before it can decide.
"""

from types import SimpleNamespace

from verifier.catalog import D, identity
from verifier.domains import Real
from verifier.ml import cross_entropy, diag, hadamard, ones, sigmoid, softmax

NET_SIZES = [{"Dx": 2, "H": 3, "Dy": 2}, {"Dx": 3, "H": 2, "Dy": 3}]  # (3, 4, 3) costs 3x as much
TAGS = ("networks", "backprop")
SOURCE = "samples/004, 2.3c, equations (15)-(18)"
BOUNDED = Real(-4, 4)


def _network(b, Dx, H, Dy, onehot=False):
    """Declare the network and its backpropagated errors."""
    n = SimpleNamespace()
    n.x = b.vector("x", Dx, BOUNDED, row=True)
    n.W1 = b.matrix("W1", Dx, H, BOUNDED)
    n.b1 = b.vector("b1", H, BOUNDED, row=True)
    n.W2 = b.matrix("W2", H, Dy, BOUNDED)
    n.b2 = b.vector("b2", Dy, BOUNDED, row=True)
    n.y = b.onehot("y", Dy, row=True) if onehot else b.simplex("y", Dy, row=True)
    n.z1 = n.x * n.W1 + n.b1
    n.h = sigmoid(n.z1)
    n.yhat = softmax(n.h * n.W2 + n.b2)
    n.J = cross_entropy(n.y, n.yhat)
    n.dsigma = hadamard(n.h, ones(H, row=True) - n.h)  # sigma'(z1) = sigma(z1) o (1 - sigma(z1))
    n.delta2 = n.yhat - n.y
    n.delta1 = hadamard(n.delta2 * n.W2.T, n.dsigma)
    return n


@identity(
    "two-layer-network-gradient-x",
    title="Gradient of a two-layer network's loss with respect to its input",
    statement=(
        r"\frac{\partial J}{\partial x}"
        r" = \frac{\partial J}{\partial(hW_2+b_2)}\frac{\partial(hW_2+b_2)}{\partial h}"
        r"\frac{\partial h}{\partial x} = \big((\hat y - y)W_2^\top \circ \sigma'(xW_1+b_1)\big)W_1^\top"
    ),
    source=SOURCE + " (equation (18) itself is wrong: see tests/test_wrong_variants.py)",
    tags=TAGS,
    sizes=NET_SIZES,
)
def _(b):
    Dx, H, Dy = b.size("Dx"), b.size("H"), b.size("Dy")
    n = _network(b, Dx, H, Dy, onehot=True)
    return b.chain(
        D(n.J, n.x),
        n.delta2 * n.W2.T * diag(n.dsigma) * n.W1.T,  # (1 x Dy)(Dy x H)(H x H)(H x Dx)
        hadamard(n.delta2 * n.W2.T, n.dsigma) * n.W1.T,
    )


@identity(
    "two-layer-network-gradient-w2",
    title="Gradient of a two-layer network's loss with respect to W2",
    statement=r"\frac{\partial J}{\partial W_2} = h^\top(\hat y - y),\quad h = \sigma(xW_1 + b_1)",
    source=SOURCE,
    tags=TAGS,
    sizes=NET_SIZES,
)
def _(b):
    Dx, H, Dy = b.size("Dx"), b.size("H"), b.size("Dy")
    n = _network(b, Dx, H, Dy)
    return b.claim(D(n.J, n.W2), n.h.T * n.delta2)


@identity(
    "two-layer-network-gradient-b2",
    title="Gradient of a two-layer network's loss with respect to b2",
    statement=r"\frac{\partial J}{\partial b_2} = \hat y - y",
    source=SOURCE,
    tags=TAGS,
    sizes=NET_SIZES,
)
def _(b):
    Dx, H, Dy = b.size("Dx"), b.size("H"), b.size("Dy")
    n = _network(b, Dx, H, Dy)
    return b.claim(D(n.J, n.b2), n.delta2)


@identity(
    "two-layer-network-gradient-w1",
    title="Gradient of a two-layer network's loss with respect to W1",
    statement=(
        r"\frac{\partial J}{\partial W_1} = x^\top\delta_1,"
        r"\quad \delta_1 = (\hat y - y)W_2^\top \circ \sigma'(xW_1+b_1)"
    ),
    source=SOURCE,
    tags=TAGS,
    sizes=NET_SIZES,
)
def _(b):
    Dx, H, Dy = b.size("Dx"), b.size("H"), b.size("Dy")
    n = _network(b, Dx, H, Dy)
    return b.claim(D(n.J, n.W1), n.x.T * n.delta1)


@identity(
    "two-layer-network-gradient-b1",
    title="Gradient of a two-layer network's loss with respect to b1",
    statement=r"\frac{\partial J}{\partial b_1} = \delta_1 = (\hat y - y)W_2^\top \circ \sigma'(xW_1+b_1)",
    source=SOURCE,
    tags=TAGS,
    sizes=NET_SIZES,
)
def _(b):
    Dx, H, Dy = b.size("Dx"), b.size("H"), b.size("Dy")
    n = _network(b, Dx, H, Dy)
    return b.claim(D(n.J, n.b1), n.delta1)


@identity(
    "two-layer-network-parameter-count",
    title="Number of parameters of a two-layer network",
    statement=r"D_x H + H + H D_y + D_y = H(D_x + D_y + 1) + D_y",
    source="samples/004, 2.4d, equations (19)-(23)",
    tags=("networks",),
)
def _(b):
    Dx, H, Dy = b.integer("Dx"), b.integer("H"), b.integer("Dy")
    return b.claim(Dx * H + H + H * Dy + Dy, H * (Dx + Dy + 1) + Dy)
