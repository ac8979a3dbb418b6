r"""A catalog entry that differentiates by a declared scalar (D(f, mu)) is proved for every size too.

catalog22's probe: ``D(sum_n log N(x_n | mu, s), mu) = (1/s) sum_n (x_n - mu)`` with ``N = b.size("N")``
was PROVED only at N = 1, 2, 4 ("no index-notation form (D(f, x) needs x to be a declared block)"):
the size-generic argument took derivatives by a vector's or matrix's entries only. A derivative
by a scalar has the shape of ``f`` (the catalog's layout) and is taken entry by entry.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.catalog import D
from verifier.ml import build, sum_over, total
from verifier.results import Verdict

N_SIZES = {"N": [1, 2, 4]}


def _loglik(b):
    N = b.size("N")
    x = b.vector("x", N)
    mu = b.real("mu")
    s = b.positive("s", 0.1, 10)
    ll = sum_over(N, lambda n: -sp.log(2 * sp.pi * s) / 2 - (x[n] - mu) ** 2 / (2 * s))
    return N, x, mu, s, ll


def test_gradient_in_the_mean_is_proved_for_every_size() -> None:
    def entry(b):
        N, x, mu, s, ll = _loglik(b)
        return b.claim(D(ll, mu), sum_over(N, lambda n: x[n] - mu) / s)

    r = check(entry, sizes=N_SIZES)
    assert r.verdict is Verdict.PROVED, r
    assert r.proved_for == "all N >= 1", r.steps[0].method


def test_gradient_in_the_variance_is_proved_for_every_size() -> None:
    def entry(b):
        N, x, mu, s, ll = _loglik(b)
        return b.claim(D(ll, s), -N / (2 * s) + sum_over(N, lambda n: (x[n] - mu) ** 2) / (2 * s**2))

    r = check(entry, sizes=N_SIZES)
    assert r.verdict is Verdict.PROVED, r
    assert r.proved_for == "all N >= 1", r.steps[0].method


def test_a_wrong_scalar_gradient_is_failed_not_proved() -> None:
    def entry(b):
        N, x, mu, s, ll = _loglik(b)
        return b.claim(D(ll, mu), sum_over(N, lambda n: mu - x[n]) / s)

    r = check(entry, sizes=N_SIZES)
    assert r.verdict is Verdict.FAILED
    assert not any(st.proved_for.startswith("all") for st in r.steps)


def test_a_wrong_size_factor_is_not_proved_for_every_size() -> None:
    """-N/(2s) written -1/(2s): equal at N = 1 only, so the argument must not prove it."""

    def entry(b):
        N, x, mu, s, ll = _loglik(b)
        return b.claim(D(ll, s), -1 / (2 * s) + sum_over(N, lambda n: (x[n] - mu) ** 2) / (2 * s**2))

    r = check(entry, sizes=N_SIZES)
    assert r.verdict is Verdict.FAILED
    assert not any(st.proved_for.startswith("all") for st in r.steps)


def test_derivative_of_a_vector_by_a_scalar_keeps_its_orientation() -> None:
    """d(t^2 x)/dt = 2t x, a row vector for a row x (the shape of f, as at concrete sizes)."""

    def entry(b):
        K = b.size("K")
        x = b.vector("x", K, row=True)
        t = b.real("t")
        return b.claim(D(build(1, K, lambda _, k: t**2 * x[k]), t), 2 * t * x)

    r = check(entry, sizes={"K": [2, 3]})
    assert r.verdict is Verdict.PROVED, r
    assert r.proved_for == "all K >= 1", r.steps[0].method


def test_wrong_derivative_of_a_vector_by_a_scalar_is_failed() -> None:
    def entry(b):
        K = b.size("K")
        x = b.vector("x", K)
        t = b.real("t")
        return b.claim(D(build(K, 1, lambda k, _: sp.exp(t * x[k])), t), build(K, 1, lambda k, _: sp.exp(t * x[k])))

    r = check(entry, sizes={"K": [2, 3]})
    assert r.verdict is Verdict.FAILED


def test_scale_gradient_of_a_normalisation_is_proved_for_every_size() -> None:
    def entry(b):
        N = b.size("N")
        x, g = b.vector("x", N), b.vector("g", N)
        gamma, beta = b.real("gamma"), b.real("beta")
        xh = build(N, 1, lambda i, _: x[i] - total(x) / N)
        loss = sum_over(N, lambda i: g[i] * (gamma * xh[i] + beta))
        return b.claim(D(loss, beta), total(g))

    r = check(entry, sizes=N_SIZES)
    assert r.verdict is Verdict.PROVED, r
    assert r.proved_for == "all N >= 1", r.steps[0].method
