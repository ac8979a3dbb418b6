"""The course's functions as explicit SymPy expressions (never opaque ``Function`` symbols).

Explicit definitions are what make a claim checkable: sigma is ``1/(1+exp(-z))``, softmax is
``exp(s_i)/sum_j exp(s_j)``; the verifier can then differentiate, simplify and evaluate them.
Vector functions accept and return ``ImmutableMatrix`` and keep the input's orientation. Each
also accepts a block of symbolic size (:class:`verifier.indexed.GenericMatrix`) and then returns
one, so the same builder states a claim at K = 3 and for every K (see ``Builder.size``); ``build``,
``total``, ``sum_over``, ``eye`` and ``delta`` are the size-agnostic spellings of
``Matrix(K, K, lambda ...)``, ``sp.Add(*v)``, ``sum(... for k in range(K))``, ``sp.eye`` and a
Kronecker delta.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from verifier import indexed
from verifier.catalog import CatalogError
from verifier.indexed import GenericMatrix, is_symbolic

Matrix = sp.ImmutableMatrix
Block = sp.MatrixBase | GenericMatrix


def _generic(*blocks: Any) -> bool:
    return any(isinstance(b, GenericMatrix) for b in blocks)


def build(rows: Any, cols: Any, fn: Callable[[Any, Any], Any]) -> Any:
    """``Matrix(rows, cols, fn)`` at concrete sizes; an entry rule at symbolic ones."""
    if is_symbolic(rows) or is_symbolic(cols):
        return indexed.build(rows, cols, fn)
    return Matrix(rows, cols, fn)


def total(v: Any) -> sp.Expr:
    """Sum of the entries of a vector or matrix."""
    if isinstance(v, GenericMatrix):
        return v.total()
    return sp.Add(*v)


def sum_over(n: Any, fn: Callable[[Any], Any]) -> sp.Expr:
    """sum_{k=0}^{n-1} fn(k); ``sum_over(K, lambda i: f(i) * (1 - delta(i, r)))`` is the sum over i != r."""
    return indexed.sum_over(n, fn)


def eye(n: Any) -> Any:
    return build(n, n, lambda i, j: delta(i, j))


def sigmoid(z: Any) -> Any:
    """Logistic function; applied entry-wise to a matrix."""
    if isinstance(z, Block):
        return elementwise(sigmoid, z)
    return 1 / (1 + sp.exp(-z))


def relu(x: Any) -> Any:
    if isinstance(x, Block):
        return elementwise(relu, x)
    return sp.Max(0, x)


def tanh(x: Any) -> Any:
    """tanh, applied entry-wise to a matrix."""
    if isinstance(x, Block):
        return elementwise(sp.tanh, x)
    return sp.tanh(x)


def softplus(x: Any) -> Any:
    """log(1 + e^x), the smooth ReLU; applied entry-wise to a matrix."""
    if isinstance(x, Block):
        return elementwise(softplus, x)
    return sp.log(1 + sp.exp(x))


def silu(x: Any) -> Any:
    """x·σ(x) (SiLU, swish with β = 1); applied entry-wise to a matrix."""
    if isinstance(x, Block):
        return elementwise(silu, x)
    return x * sigmoid(x)


def normal_cdf(x: Any) -> Any:
    """Φ(x), the standard normal CDF (1 + erf(x/√2))/2; applied entry-wise to a matrix."""
    if isinstance(x, Block):
        return elementwise(normal_cdf, x)
    return (1 + sp.erf(x / sp.sqrt(2))) / 2


def normal_pdf(x: Any) -> Any:
    """φ(x), the standard normal density e^{-x²/2}/√(2π); applied entry-wise to a matrix."""
    if isinstance(x, Block):
        return elementwise(normal_pdf, x)
    return sp.exp(-(x**2) / 2) / sp.sqrt(2 * sp.pi)


def softsign(x: Any) -> Any:
    """x / (1 + |x|); applied entry-wise to a matrix."""
    if isinstance(x, Block):
        return elementwise(softsign, x)
    return x / (1 + sp.Abs(x))


def leaky_relu(x: Any, slope: Any) -> Any:
    """max(slope*x, x) for 0 < slope < 1."""
    if isinstance(x, Block):
        return elementwise(lambda e: leaky_relu(e, slope), x)
    return sp.Max(slope * x, x)


def elementwise(fn: Callable[[Any], Any], m: Any) -> Any:
    if isinstance(m, GenericMatrix):
        return m.applyfunc(fn)
    return Matrix(m.applyfunc(fn))


def hadamard(a: Any, b: Any) -> Any:
    """Entry-wise product; shapes must agree (a mismatch names both shapes)."""
    if _generic(a, b):
        ga, gb = indexed.as_generic(a), indexed.as_generic(b)
        ga._same_shape(gb, "hadamard product")
        return indexed.build(ga.rows, ga.cols, lambda i, j: ga.entry(i, j) * gb.entry(i, j))
    if a.shape != b.shape:
        raise CatalogError(f"hadamard product of shapes {a.shape[0]}x{a.shape[1]} and {b.shape[0]}x{b.shape[1]}")
    return Matrix(a.shape[0], a.shape[1], lambda i, j: a[i, j] * b[i, j])


def ones(n: Any, row: bool = False) -> Any:
    if is_symbolic(n):
        return indexed.build(1, n, lambda i, j: 1) if row else indexed.build(n, 1, lambda i, j: 1)
    return Matrix.ones(1, n) if row else Matrix.ones(n, 1)


def diag(v: Any) -> Any:
    if isinstance(v, GenericMatrix):
        n = v.rows * v.cols
        return indexed.build(n, n, lambda i, j: _entry(v, i) * sp.KroneckerDelta(i, j))
    return Matrix(sp.diag(*list(v)))


def _entry(v: GenericMatrix, k: Any) -> sp.Expr:
    return v.entry(k, 0) if v.cols == 1 else v.entry(0, k)


def softmax(s: Any) -> Any:
    """exp(s_i) / sum_j exp(s_j), same orientation as ``s``. A concrete matrix with several rows and
    columns is a batch (one example per row, as ``softmax(XW)`` in course notes): one softmax per row."""
    if isinstance(s, sp.MatrixBase) and s.rows > 1 and s.cols > 1:
        return Matrix.vstack(*(softmax(s.row(i)) for i in range(s.rows)))
    exps = s.applyfunc(sp.exp)
    norm = total(exps)
    if isinstance(exps, GenericMatrix):
        return exps.applyfunc(lambda e: e / norm)
    return Matrix(exps.applyfunc(lambda e: e / norm))


def log_softmax(s: Any) -> Any:
    """s_i - log(sum_j exp(s_j)): the numerically stable form taught with it."""
    lse = sp.log(total(s.applyfunc(sp.exp)))
    if isinstance(s, GenericMatrix):
        return s.applyfunc(lambda e: e - lse)
    return Matrix(s.applyfunc(lambda e: e - lse))


def cross_entropy(y: Any, yhat: Any) -> sp.Expr:
    """-sum_k y_k ln(yhat_k)."""
    if _generic(y, yhat):
        gy, gh = indexed.as_generic(y), indexed.as_generic(yhat)
        gy._same_shape(gh, "cross_entropy")
        n = gy.rows * gy.cols
        return -indexed.sum_over(n, lambda k: _entry(gy, k) * sp.log(_entry(gh, k)))
    if len(y) != len(yhat):
        raise CatalogError(f"cross_entropy of vectors of lengths {len(y)} and {len(yhat)}")
    return -sp.Add(*[a * sp.log(b) for a, b in zip(y, yhat, strict=True)])


def binary_cross_entropy(y: Any, p: Any) -> sp.Expr:
    return -(y * sp.log(p) + (1 - y) * sp.log(1 - p))


def dot(a: Any, b: Any) -> sp.Expr:
    if _generic(a, b):
        ga, gb = indexed.as_generic(a), indexed.as_generic(b)
        n = ga.rows * ga.cols
        if sp.simplify(n - gb.rows * gb.cols) != 0:
            raise CatalogError(f"dot product of vectors of lengths {n} and {gb.rows * gb.cols}")
        return indexed.sum_over(n, lambda k: _entry(ga, k) * _entry(gb, k))
    if len(a) != len(b):
        raise CatalogError(f"dot product of vectors of lengths {len(a)} and {len(b)}")
    return sp.Add(*[x * y for x, y in zip(a, b, strict=True)])


def delta(i: Any, j: Any) -> Any:
    """Kronecker delta: 0 or 1 on concrete indices, ``KroneckerDelta`` on symbolic ones."""
    return indexed.delta(i, j)


def normal_density(x: Any, mean: Any, variance: Any) -> Any:
    r"""The normal density :math:`\mathcal{N}(x \mid \mu, \sigma^2)`, second parameter the *variance*
    (Bishop's convention): :math:`(2\pi\sigma^2)^{-1/2} e^{-(x-\mu)^2 / 2\sigma^2}`. With a column
    vector ``x`` and a square matrix ``variance`` it is the multivariate density
    :math:`(2\pi)^{-d/2} |\Sigma|^{-1/2} e^{-\frac12 (x-\mu)^\top \Sigma^{-1} (x-\mu)}`."""
    if _generic(x, mean, variance):
        raise CatalogError("a normal density of a block of symbolic size is not supported")
    if isinstance(x, sp.MatrixBase):
        if not (isinstance(variance, sp.MatrixBase) and variance.is_square and variance.rows == x.rows == len(x)):
            raise CatalogError("a normal density of a vector needs a square covariance matrix of its length")
        d = x - mean
        quad = (d.T * variance.inv() * d)[0, 0]
        return sp.exp(-quad / 2) / sp.sqrt((2 * sp.pi) ** x.rows * determinant(variance))
    if isinstance(mean, sp.MatrixBase) or isinstance(variance, sp.MatrixBase):
        raise CatalogError("a normal density of a scalar needs a scalar mean and variance")
    return sp.exp(-((x - mean) ** 2) / (2 * variance)) / sp.sqrt(2 * sp.pi * variance)


def determinant(m: sp.MatrixBase) -> sp.Expr:
    """SymPy's determinant; past side 3, when every entry is a rational function of letters and exact numbers,
    by SymPy's ``domain-ge`` method (exact elimination in a polynomial domain) instead of its default Bareiss,
    which runs ``dotprodsimp`` on every division: both give the same canonical expanded polynomial, the same
    tree, and a 5×5 covariance of letters took ~1.5–3.5 s that way against ~0.1 s (``Σ_k + λI``: ~25 s against
    0.3 s). Other entries (functions, floats), where the trees differ, and side ≤ 3 keep the default."""
    if m.rows <= 3 or not all(_rational_in_letters(e) for e in m):
        return m.det()
    return m.det(method="domain-ge")


def _rational_in_letters(e: sp.Basic) -> bool:
    return all(
        isinstance(n, sp.Symbol | sp.Rational | sp.Add | sp.Mul) or (isinstance(n, sp.Pow) and n.exp.is_Integer)
        for n in sp.preorder_traversal(e)
    )


def bernoulli(y: Any, p: Any) -> Any:
    r"""The Bernoulli probability :math:`\mathrm{Bern}(y \mid p) = p^y (1-p)^{1-y}`, entry-wise."""
    if isinstance(y, sp.MatrixBase) or isinstance(p, sp.MatrixBase):
        raise CatalogError("a Bernoulli probability of a vector is not supported (write it per entry)")
    return p**y * (1 - p) ** (1 - y)


# --- read16: log-sum-exp, the logit and the registry's inverse functions --------------------------------
# (kept as one block: other helpers add their own functions above; see docs/readings.md "read16")


def logit(p: Any) -> Any:
    """log(p/(1-p)), the inverse of the logistic σ on (0, 1); applied entry-wise to a matrix."""
    if isinstance(p, Block):
        return elementwise(logit, p)
    return sp.log(p / (1 - p))


def softplus_inverse(y: Any) -> Any:
    """log(e^y - 1), the inverse of the softplus on (0, ∞); applied entry-wise to a matrix."""
    if isinstance(y, Block):
        return elementwise(softplus_inverse, y)
    return sp.log(sp.exp(y) - 1)


def logsumexp(v: Any) -> Any:
    """log Σ_k e^{v_k} over the entries of a vector (LSE); of a scalar, the scalar itself."""
    if isinstance(v, Block):
        return sp.log(total(v.applyfunc(sp.exp)))
    return v


def atanh(x: Any) -> Any:
    """artanh, the inverse of tanh on (-1, 1); applied entry-wise to a matrix."""
    if isinstance(x, Block):
        return elementwise(sp.atanh, x)
    return sp.atanh(x)


#: the registry's functions with a known inverse (keyed by the function, so every name of σ finds it)
INVERSES: dict[Callable[[Any], Any], Callable[[Any], Any]] = {
    sigmoid: logit,
    logit: sigmoid,
    softplus: softplus_inverse,
    softplus_inverse: softplus,
    tanh: atanh,
    atanh: tanh,
}
