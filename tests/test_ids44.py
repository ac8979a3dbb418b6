"""ids44 (stop 44): bugs found by a new batch of catalog probes and one-off claims nobody here wrote."""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.catalog import D
from verifier.ml import sum_over
from verifier.results import Verdict


def test_a_probability_vector_of_one_entry_is_checked_not_an_error() -> None:
    # A mixture of K components at K = 1: the simplex's only entry is 1 minus no others (it raised
    # "reduce() of empty iterable" in the ball stage: an ERROR on a correct entry)
    def mixture(b, K):
        pi, mu = b.simplex("pi", K), b.vector("mu", K)
        x = b.real("x", -2, 2)
        weights = [pi[k, 0] * sp.exp(-((x - mu[k, 0]) ** 2) / 2) for k in range(K)]
        Z = sum_over(K, lambda k: weights[k])
        grad = sp.ImmutableMatrix([weights[k] / Z * (x - mu[k, 0]) for k in range(K)])
        return b.claim(D(sp.log(Z), mu), grad)

    result = check(mixture, {"K": [1, 2]})
    assert result.verdict is Verdict.PROVED, result.steps[0].message
