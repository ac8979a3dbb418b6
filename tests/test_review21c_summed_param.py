r"""review21c: a subscripted parameter whose entries the body sums over (``f(x_i) = \sum_{i=1}^n x_i^2``,
documents.subscriptparams.summed_parameter): the call's argument replacing the summed entries made n times
its square, so the sum's derivative 2 x_k FAILED and 2 n x_k went green; which is meant the notes do not say."""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.subscriptparams import summed_parameter
from verifier.results import Verdict

_NOTES = r"""$$f(x_i) = \sum_{i=1}^n x_i^2$$
$$\frac{\partial f(x_k)}{\partial x_k} = %s$$
"""


def _verdict(rhs: str) -> Verdict:
    check = check_text(_NOTES % rhs, "notes.md")
    return next(s for ch in check.chains for s in ch.result.steps if "\\partial f" in s.lhs_latex).verdict


def test_a_parameter_the_body_sums_over_is_found() -> None:
    x, u, i, k, n = sp.IndexedBase("x"), sp.IndexedBase("u"), sp.Symbol("i"), sp.Symbol("k"), sp.Symbol("n")
    assert summed_parameter(sp.Sum(x[i] ** 2, (i, 1, n)), ["x_i"]) == "x_i"
    assert summed_parameter(x[i] ** 2 + sp.Sum(x[k], (k, 1, n)), ["x_i"]) is None
    assert summed_parameter(sp.Sum(u[i] * x[k], (i, 1, n)), ["x_k", "o"]) is None


def test_n_times_the_derivative_is_not_green() -> None:
    assert _verdict("2 n x_k") not in (Verdict.PROVED, Verdict.PASSED)


def test_the_derivative_of_the_sum_is_not_failed() -> None:
    assert _verdict("2 x_k") is not Verdict.FAILED
