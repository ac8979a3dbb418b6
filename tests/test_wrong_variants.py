"""Wrong versions of every catalog identity must FAIL with a counterexample; malformed ones ERROR.

A checker that passes everything is worthless: for each shipped entry this module states the
mistakes students (and the samples) actually make -- a flipped sign, a dropped factor, a swapped
index, a missing transpose, a Hadamard product written as an inner product -- and requires a
confirmed counterexample for each. Sizes are chosen where the mistake shows (a missing transpose
is invisible at n = 1, a transposed W needs a square W to type-check).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import sympy as sp

from verifier.catalog import MODULE_REGISTRY, Claim, D, Entry, identity
from verifier.domains import Positive, Real
from verifier.engine import Settings, verify_entry
from verifier.ml import (
    binary_cross_entropy,
    cross_entropy,
    delta,
    diag,
    dot,
    hadamard,
    leaky_relu,
    log_softmax,
    ones,
    relu,
    sigmoid,
    softmax,
)
from verifier.results import IdentityResult, Verdict

Matrix = sp.ImmutableMatrix
DERIVATIONS = Path(__file__).resolve().parent.parent / "derivations"
# A false claim can only fail to be proved; a small symbolic budget keeps that stage in the
# loop (a bogus "proof" would turn the verdict into ERROR) without minutes of simplify().
SETTINGS = Settings(symbolic_budget=0.3)
BOUNDED = Real(-4, 4)


@dataclass(frozen=True)
class Variant:
    target: str  # id of the catalog entry this is a wrong version of
    entry: Entry
    failing: tuple[int, ...] | None  # for chains: exactly these steps fail, the others hold


VARIANTS: list[Variant] = []


def wrong(target: str, what: str, sizes: object = None, failing: tuple[int, ...] | None = None) -> Callable:
    """Register a wrong variant of catalog entry ``target``."""

    def wrap(fn: Callable[..., Claim]) -> Entry:
        entry = identity(
            f"{target}.wrong-{what}",
            title=what,
            statement=what,
            source="tests/test_wrong_variants.py",
            sizes=sizes,
        )(fn)
        VARIANTS.append(Variant(target, entry, failing))
        return entry

    return wrap


# ------------------------------------------------------------------------------ activations


@wrong("sigmoid-derivative", "sign-flip")
def _(b):
    x = b.real("x")
    return b.claim(D(sigmoid(x), x), sigmoid(x) * (1 + sigmoid(x)))


@wrong("sigmoid-derivative", "dropped-square-in-chain", failing=(2, 3))
def _(b):
    x = b.real("x")
    e = sp.exp(-x)
    return b.chain(D(sigmoid(x), x), e / (1 + e) ** 2, e / (1 + e), sigmoid(x) * (1 - sigmoid(x)))


@wrong("sigmoid-derivative-quadratic", "sign-flip")
def _(b):
    x = b.real("x")
    return b.claim(D(sigmoid(x), x), sigmoid(x) ** 2 - sigmoid(x))


@wrong("sigmoid-derivative-quadratic", "missing-chain-factor")
def _(b):
    x = b.real("x")  # d/dx (1+e^{-x})^{-1} = -(1+e^{-x})^{-2}, forgetting d(1+e^{-x})/dx
    return b.claim(D(sigmoid(x), x), -((1 + sp.exp(-x)) ** -2))


@wrong("sigmoid-symmetry", "odd-function")
def _(b):
    x = b.real("x")
    return b.claim(sigmoid(-x), -sigmoid(x))


@wrong("log-sigmoid-derivative", "forgot-chain-rule")
def _(b):
    x = b.real("x")
    return b.claim(D(sp.log(sigmoid(x)), x), 1 / sigmoid(x))


@wrong("log-sigmoid-derivative", "sigma-instead-of-one-minus-sigma")
def _(b):
    x = b.real("x")
    return b.claim(D(sp.log(sigmoid(x)), x), sigmoid(x))


@wrong("tanh-derivative", "sign-flip")
def _(b):
    x = b.real("x")
    return b.claim(D(sp.tanh(x), x), 1 + sp.tanh(x) ** 2)


@wrong("tanh-derivative", "quotient-rule-reversed", failing=(1, 2))
def _(b):
    x = b.real("x")
    num, den = sp.exp(x) - sp.exp(-x), sp.exp(x) + sp.exp(-x)
    return b.chain(D(num / den, x), (num * num - den * den) / den**2, 1 - sp.tanh(x) ** 2)


@wrong("relu-derivative", "swapped-cases")
def _(b):
    x = b.real("x", exclude=[0])
    return b.claim(D(relu(x), x), sp.Piecewise((1, x < 0), (0, x > 0)))


@wrong("relu-derivative", "relu-itself")
def _(b):
    x = b.real("x", exclude=[0])
    return b.claim(D(relu(x), x), relu(x))


@wrong("leaky-relu-derivative", "swapped-cases")
def _(b):
    x = b.real("x", exclude=[0])
    L = b.interval("L", 0, 1)
    return b.claim(D(leaky_relu(x, L), x), sp.Piecewise((1, x < 0), (L, x > 0)))


@wrong("leaky-relu-derivative", "zero-slope")
def _(b):
    x = b.real("x", exclude=[0])
    L = b.interval("L", 0, 1)
    return b.claim(D(leaky_relu(x, L), x), sp.Piecewise((0, x < 0), (1, x > 0)))


# ------------------------------------------------------------------------------ softmax


@wrong("softmax-jacobian", "swapped-index", sizes={"K": [3]})
def _(b, K):
    s = b.vector("s", K)
    g = softmax(s)  # g_k (delta_kl - g_k): the second g carries the wrong index
    return b.claim(D(softmax(s), s), Matrix(K, K, lambda k, j: g[k] * (delta(k, j) - g[k])))


@wrong("softmax-jacobian", "outer-product-sign", sizes={"K": [2, 5]})
def _(b, K):
    s = b.vector("s", K)
    g = softmax(s)
    return b.claim(D(softmax(s), s), diag(g) + g * g.T)


@wrong("softmax-jacobian-cases", "off-diagonal-sign", sizes={"K": [3]})
def _(b, K):
    z = b.vector("z", K)
    y = softmax(z)
    return b.claim(D(softmax(z), z), Matrix(K, K, lambda i, r: y[r] * (1 - y[r]) if i == r else y[r] * y[i]))


@wrong("softmax-jacobian-cases", "diagonal-dropped-square", sizes={"K": [3]}, failing=(1, 2))
def _(b, K):
    z = b.vector("z", K)
    e = [sp.exp(zi) for zi in z]
    S = sp.Add(*e)
    y = softmax(z)
    return b.chain(
        D(softmax(z), z),
        Matrix(K, K, lambda i, r: (e[r] * S - e[r] * e[r]) / S if i == r else -e[r] * e[i] / S**2),
        Matrix(K, K, lambda i, r: y[r] * (1 - y[r]) if i == r else -y[r] * y[i]),
    )


@wrong("softmax-vjp", "unweighted-sum", sizes={"K": [3]})
def _(b, K):
    s, v = b.vector("s", K), b.vector("v", K)
    g = softmax(s)
    return b.claim(D(dot(v, softmax(s)), s), Matrix(K, 1, lambda k, _: g[k] * (v[k] - sp.Add(*v))))


@wrong("softmax-vjp", "v-and-g-swapped", sizes={"K": [3]})
def _(b, K):
    s, v = b.vector("s", K), b.vector("v", K)
    g = softmax(s)
    return b.claim(D(dot(v, softmax(s)), s), Matrix(K, 1, lambda k, _: g[k] * v[k] - v[k] * dot(v, g)))


@wrong("softmax-linear-jacobian", "missing-transpose", sizes={"K": [3], "n": [3]})
def _(b, K, n):
    W, x = b.matrix("W", K, n, BOUNDED), b.vector("x", n, BOUNDED)
    g = softmax(W * x)
    return b.claim(D(softmax(W * x), x), (diag(g) - g * g.T) * W.T)


@wrong("softmax-linear-jacobian", "wrong-order", sizes={"K": [3], "n": [3]})
def _(b, K, n):
    W, x = b.matrix("W", K, n, BOUNDED), b.vector("x", n, BOUNDED)
    g = softmax(W * x)
    return b.claim(D(softmax(W * x), x), W * (diag(g) - g * g.T))


@wrong("softmax-shift-invariance", "constant-not-cancelled", sizes={"K": [3]})
def _(b, K):
    x, c = b.vector("x", K), b.real("c")
    return b.claim(softmax(x + c * ones(K)), sp.exp(c) * softmax(x))


@wrong("softmax-two-class-sigmoid", "swapped-index")
def _(b):
    s = b.vector("s", 2)
    return b.claim(softmax(s), Matrix([sigmoid(s[1] - s[0]), sigmoid(s[0] - s[1])]))


@wrong("log-softmax-definition", "log-of-sum-as-sum-of-logs", sizes={"K": [3]}, failing=(1, 2))
def _(b, K):
    x = b.vector("x", K, row=True)
    return b.chain(
        softmax(x).applyfunc(sp.log),
        Matrix(1, K, lambda _, i: sp.log(sp.exp(x[i])) - sp.Add(*[sp.log(sp.exp(xj)) for xj in x])),
        log_softmax(x),
    )


@wrong("log-softmax-jacobian", "missing-transpose", sizes={"K": [3]})
def _(b, K):
    x = b.vector("x", K)
    g = softmax(x)
    return b.claim(D(log_softmax(x), x), sp.eye(K) - g * ones(K).T)


@wrong("log-softmax-jacobian", "sign-flip", sizes={"K": [2]})
def _(b, K):
    x = b.vector("x", K)
    g = softmax(x)
    return b.claim(D(log_softmax(x), x), sp.eye(K) + ones(K) * g.T)


@wrong("log-softmax-vjp", "missing-transpose", sizes={"K": [3]})
def _(b, K):
    x, v = b.vector("x", K, row=True), b.vector("v", K, row=True)
    g = softmax(x)
    J = Matrix(K, K, lambda i, j: delta(i, j) - g[j])
    return b.claim(D(dot(v, log_softmax(x)), x), v * J.T)


@wrong("log-softmax-vjp", "dropped-off-diagonal", sizes={"K": [3]})
def _(b, K):
    x, v = b.vector("x", K, row=True), b.vector("v", K, row=True)
    g = softmax(x)
    return b.claim(D(dot(v, log_softmax(x)), x), Matrix(1, K, lambda _, i: v[i] * (1 - g[i])))


@wrong("log-softmax-loss-gradient", "sign-flip", sizes={"K": [3]})
def _(b, K):
    z, t = b.vector("z", K, row=True), b.vector("t", K, Real(0, 1), row=True)
    return b.claim(D(-dot(t, z), z), t)


# ------------------------------------------------------------------------------ losses


@wrong("cross-entropy-gradient", "sign-flip", sizes={"K": [3]})
def _(b, K):
    z, t = b.vector("z", K, Positive(), row=True), b.vector("t", K, Real(0, 1), row=True)
    return b.claim(D(cross_entropy(t, z), z), Matrix(1, K, lambda _, i: t[i] / z[i]))


@wrong("cross-entropy-gradient", "wrong-power", sizes={"K": [2]})
def _(b, K):
    z, t = b.vector("z", K, Positive(), row=True), b.vector("t", K, Real(0, 1), row=True)
    return b.claim(D(cross_entropy(t, z), z), Matrix(1, K, lambda _, i: -t[i] / z[i] ** 2))


@wrong("softmax-cross-entropy-gradient", "sign-flip", sizes={"K": [3]})
def _(b, K):
    z, y = b.vector("z", K), b.onehot("y", K)
    return b.claim(D(cross_entropy(y, softmax(z)), z), y - softmax(z))


@wrong("softmax-cross-entropy-gradient", "dropped-term", sizes={"K": [3]}, failing=(1, 2))
def _(b, K):
    z, y = b.vector("z", K), b.onehot("y", K)
    yh = softmax(z)
    others = [sp.Add(*[y[i] for i in range(K) if i != r]) for r in range(K)]
    return b.chain(
        D(cross_entropy(y, softmax(z)), z),
        Matrix(K, 1, lambda r, _: yh[r] * others[r] - y[r]),  # lost the + y_r yhat_r term
        yh - y,
    )


@wrong("softmax-cross-entropy-gradient-soft", "unnormalised-target", sizes={"K": [3]})
def _(b, K):
    """yhat - y needs sum(y) = 1: with an arbitrary y in [0, 1]^K the gradient is yhat sum(y) - y."""
    z, y = b.vector("z", K), b.vector("y", K, Real(0, 1))
    return b.claim(D(cross_entropy(y, softmax(z)), z), softmax(z) - y)


@wrong("softmax-cross-entropy-gradient-soft", "stopped-at-dl-dyhat", sizes={"K": [2]})
def _(b, K):
    z, y = b.vector("z", K), b.simplex("y", K)
    yh = softmax(z)
    return b.claim(D(cross_entropy(y, softmax(z)), z), Matrix(K, 1, lambda r, _: -y[r] / yh[r]))


@wrong("softmax-cross-entropy-gradient-logsumexp", "forgot-normaliser", sizes={"K": [3]})
def _(b, K):
    theta, y = b.vector("theta", K), b.onehot("y", K)
    return b.claim(D(cross_entropy(y, softmax(theta)), theta), -y + theta.applyfunc(sp.exp))


@wrong("binary-cross-entropy-sigmoid-gradient", "wrong-variable", sizes={"n": [2]})
def _(b, n):
    w, x, y = b.vector("w", n, BOUNDED), b.vector("x", n, BOUNDED), b.interval("y", 0, 1)
    p = sigmoid(dot(w, x))
    return b.claim(D(binary_cross_entropy(y, p), w), (p - y) * w)


@wrong("binary-cross-entropy-sigmoid-gradient", "extra-sigma-prime", sizes={"n": [2]})
def _(b, n):
    w, x, y = b.vector("w", n, BOUNDED), b.vector("x", n, BOUNDED), b.interval("y", 0, 1)
    p = sigmoid(dot(w, x))
    return b.claim(D(binary_cross_entropy(y, p), w), (p - y) * p * (1 - p) * x)


@wrong("binary-cross-entropy-sigmoid-logit", "sign-flip")
def _(b):
    z, y = b.real("z"), b.interval("y", 0, 1)
    return b.claim(D(binary_cross_entropy(y, sigmoid(z)), z), y - sigmoid(z))


# ------------------------------------------------------------------------------ quadratic forms, L2


@wrong("quadratic-form-index-sum", "diagonal-only", sizes={"n": [2]})
def _(b, n):
    A, x = b.matrix("A", n, n), b.vector("x", n)
    return b.claim(x.T * A * x, sp.Add(*[A[i, i] * x[i] ** 2 for i in range(n)]))


@wrong("quadratic-form-gradient", "assumes-symmetric", sizes={"n": [2, 3]})
def _(b, n):
    A, x = b.matrix("A", n, n), b.vector("x", n)
    return b.claim(D(x.T * A * x, x), 2 * A * x)


@wrong("quadratic-form-gradient", "xt-a-instead-of-a-x", sizes={"n": [3]})
def _(b, n):
    A, x = b.matrix("A", n, n), b.vector("x", n)
    return b.claim(D(x.T * A * x, x), (x.T * A).T)  # = A^T x only


@wrong("quadratic-form-gradient", "sample-middle-line-differentiated-fully", sizes={"n": [2]})
def _(b, n):
    """Reading d/dx_k (sum_j a_kj x_k x_j + sum_i a_ik x_i x_k) literally counts a_kk x_k^2 twice."""
    A, x = b.matrix("A", n, n), b.vector("x", n)

    def middle_line(k: int) -> sp.Expr:
        return sp.Add(*[A[k, j] * x[k] * x[j] for j in range(n)]) + sp.Add(*[A[i, k] * x[i] * x[k] for i in range(n)])

    return b.claim(D(x.T * A * x, x), Matrix(n, 1, lambda k, _: sp.diff(middle_line(k), x[k])))


@wrong("l2-regularization-gradient", "dropped-half", sizes={"n": [3]})
def _(b, n):
    lam, w = b.positive("lambda"), b.vector("w", n)
    return b.claim(D(lam * sp.Rational(1, 2) * dot(w, w), w), 2 * lam * w)


@wrong("l2-regularization-gradient-matrix", "transposed", sizes={"r": [2], "c": [2]})
def _(b, r, c):
    lam, W = b.positive("lambda"), b.matrix("W", r, c)
    return b.claim(D(lam * sp.Rational(1, 2) * sp.Add(*[e**2 for e in W]), W), lam * W.T)


# ------------------------------------------------------------------------------ networks

SQUARE = {"Dx": [2], "H": [2], "Dy": [2]}  # lets W1 and W2 stand where W1^T and W2^T belong


def _net(b, Dx, H, Dy):
    x = b.vector("x", Dx, BOUNDED, row=True)
    W1, b1 = b.matrix("W1", Dx, H, BOUNDED), b.vector("b1", H, BOUNDED, row=True)
    W2, b2 = b.matrix("W2", H, Dy, BOUNDED), b.vector("b2", Dy, BOUNDED, row=True)
    y = b.onehot("y", Dy, row=True)
    z1 = x * W1 + b1
    h = sigmoid(z1)
    yhat = softmax(h * W2 + b2)
    dsig = hadamard(h, ones(H, row=True) - h)
    return x, W1, b1, W2, b2, y, z1, h, yhat, cross_entropy(y, yhat), dsig


@wrong("two-layer-network-gradient-x", "sample-004-eq18-inner-product", sizes=SQUARE, failing=(2,))
def _(b, Dx, H, Dy):
    """Equation (17) is right, (18) writes sigma(z1){1 - sigma(z1)}^T: an inner product for a Hadamard."""
    x, W1, _b1, W2, _b2, y, _z1, h, yhat, J, dsig = _net(b, Dx, H, Dy)
    inner = (h * (ones(H, row=True) - h).T)[0, 0]
    return b.chain(D(J, x), (yhat - y) * W2.T * diag(dsig) * W1.T, (yhat - y) * W2.T * inner * W1.T)


@wrong("two-layer-network-gradient-x", "w2-not-transposed", sizes=SQUARE)
def _(b, Dx, H, Dy):
    x, W1, _b1, W2, _b2, y, _z1, _h, yhat, J, dsig = _net(b, Dx, H, Dy)
    return b.claim(D(J, x), hadamard((yhat - y) * W2, dsig) * W1.T)


@wrong("two-layer-network-gradient-x", "w1-not-transposed", sizes=SQUARE)
def _(b, Dx, H, Dy):
    x, W1, _b1, W2, _b2, y, _z1, _h, yhat, J, dsig = _net(b, Dx, H, Dy)
    return b.claim(D(J, x), hadamard((yhat - y) * W2.T, dsig) * W1)


@wrong("two-layer-network-gradient-w2", "pre-activation", sizes={"Dx": [2], "H": [3], "Dy": [2]})
def _(b, Dx, H, Dy):
    _x, _W1, _b1, W2, _b2, y, z1, _h, yhat, J, _ = _net(b, Dx, H, Dy)
    return b.claim(D(J, W2), z1.T * (yhat - y))


@wrong("two-layer-network-gradient-w2", "transposed-outer-product", sizes=SQUARE)
def _(b, Dx, H, Dy):
    _x, _W1, _b1, W2, _b2, y, _z1, h, yhat, J, _ = _net(b, Dx, H, Dy)
    return b.claim(D(J, W2), (yhat - y).T * h)


@wrong("two-layer-network-gradient-b2", "sign-flip", sizes={"Dx": [2], "H": [2], "Dy": [3]})
def _(b, Dx, H, Dy):
    _x, _W1, _b1, _W2, b2, y, _z1, _h, yhat, J, _ = _net(b, Dx, H, Dy)
    return b.claim(D(J, b2), y - yhat)


@wrong("two-layer-network-gradient-w1", "missing-sigma-prime", sizes={"Dx": [2], "H": [3], "Dy": [2]})
def _(b, Dx, H, Dy):
    x, W1, _b1, W2, _b2, y, _z1, _h, yhat, J, _ = _net(b, Dx, H, Dy)
    return b.claim(D(J, W1), x.T * ((yhat - y) * W2.T))


@wrong("two-layer-network-gradient-b1", "sigma-instead-of-sigma-prime", sizes={"Dx": [2], "H": [3], "Dy": [2]})
def _(b, Dx, H, Dy):
    _x, _W1, b1, W2, _b2, y, _z1, h, yhat, J, _ = _net(b, Dx, H, Dy)
    return b.claim(D(J, b1), hadamard((yhat - y) * W2.T, h))


@wrong("two-layer-network-parameter-count", "forgot-hidden-bias")
def _(b):
    Dx, H, Dy = b.integer("Dx"), b.integer("H"), b.integer("Dy")
    return b.claim(Dx * H + H + H * Dy + Dy, H * (Dx + Dy) + Dy)


# ------------------------------------------------------------------------------ tests


def _catalog_ids() -> set[str]:
    ids: set[str] = set()
    for path in sorted(DERIVATIONS.glob("[!_]*.py")):
        spec = importlib.util.spec_from_file_location(f"_wrong_variants_catalog.{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ids |= {e.id for e in getattr(module, MODULE_REGISTRY, [])}
    return ids


def test_every_catalog_entry_has_a_wrong_variant() -> None:
    """Adding an entry without saying how it can go wrong leaves the checker untested on it."""
    catalog = _catalog_ids()
    covered = {v.target for v in VARIANTS}
    assert catalog - covered == set(), "entries without wrong variants"
    assert covered - catalog == set(), "wrong variants of entries that no longer exist"


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.entry.id)
def test_wrong_variant_fails_with_counterexample(variant: Variant) -> None:
    result = verify_entry(variant.entry, SETTINGS)
    assert result.verdict is Verdict.FAILED, (
        result.message,
        [(s.index, s.verdict, s.message) for s in result.steps],
    )
    step = result.first_failure
    assert step is not None and step.verdict is Verdict.FAILED
    if variant.failing is not None:
        assert tuple(s.index for s in result.steps if not s.verdict.ok) == variant.failing
    cx = step.counterexample
    assert cx is not None and cx.point, "a FAILED step names the point"
    assert cx.lhs != cx.rhs and cx.difference
    assert cx.reproduce.startswith(f"verify {variant.entry.id} --seed")


# ------------------------------------------------------------------------------ malformed entries


def _malformed(fn: Callable[..., Claim], sizes: object = None) -> IdentityResult:
    entry = identity("malformed", title="malformed", statement="-", source="test", sizes=sizes)(fn)
    return verify_entry(entry, SETTINGS)


def _undeclared(b):
    x = b.real("x")
    return b.chain(sigmoid(x), sigmoid(x), sigmoid(x) + sp.Symbol("q"))


def _column_vs_row(b, n):
    v = b.vector("v", n)
    return b.claim(v, v.T)


def _shape_mismatch_later_step(b):
    s = b.vector("s", 3)
    return b.chain(D(softmax(s), s), diag(softmax(s)) - softmax(s) * softmax(s).T, softmax(s))


def _raises(b, K):
    s = b.vector("s", K)
    return b.claim(softmax(s), softmax(s)[K + 1])


def _hadamard_mismatch(b):
    v = b.vector("v", 3)
    return b.claim(hadamard(v, v.T), v)


def _float_constant(b):
    x = b.real("x")
    return b.claim(sigmoid(x), sp.Float("0.5") * 2 * sigmoid(x))


def _returns_expression(b):
    x = b.real("x")
    return sigmoid(x)


@pytest.mark.parametrize(
    ("fn", "sizes", "expected"),
    [
        (_undeclared, None, ["undeclared symbol q", "member 3"]),
        (_column_vs_row, {"n": [3]}, ["n=3", "shape mismatch in step 1", "3x1", "1x3"]),
        (_shape_mismatch_later_step, None, ["step 2", "3x3", "3x1"]),
        (_raises, {"K": [2]}, ["K=2", "raised IndexError"]),
        (_hadamard_mismatch, None, ["hadamard", "3x1", "1x3"]),
        (_float_constant, None, ["member 2", "floating-point"]),
        (_returns_expression, None, ["returned"]),
    ],
    ids=[
        "undeclared-symbol",
        "column-vs-row",
        "mismatch-in-step-2",
        "builder-raises",
        "hadamard-shapes",
        "float-constant",
        "not-a-claim",
    ],
)
def test_malformed_entry_is_an_error_naming_what_and_where(
    fn: Callable[..., Claim], sizes: object, expected: list[str]
) -> None:
    """A broken entry is the author's bug, not the identity's: ERROR, and the message says what and where."""
    result = _malformed(fn, sizes)
    assert result.verdict is Verdict.ERROR
    assert result.steps == ()
    for fragment in expected:
        assert fragment in result.message
