r"""The gradient by a matrix declared symmetric (redcat63).

``b.matrix("X", n, n, symmetric=True)`` shares one symbol between X_ij and X_ji, and ``D(f, X)`` differentiates by
that symbol at both positions: the *structured* gradient, 2X^{-1} - diag(X^{-1}) for log det X. The textbook
statement ``\nabla_\Sigma \log\det\Sigma = \Sigma^{-1}`` (and ``verify doc``, which reads a symmetric matrix's
gradient as the general one at symmetric points: README "Layout convention") means the gradient over symmetric
matrices, each off-diagonal entry's derivative shared by its two positions; it was FAILED with a counterexample.
A FAILED must hold under every plausible reading: a step by a symmetric matrix that fails as written is checked
again with the off-diagonal entries of that gradient halved, green under that reading (said with the step); the
structured form stays green as written, and a step false under both stays FAILED.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.catalog import D
from verifier.domains import Real
from verifier.results import Verdict

SIZES = {"n": [2, 3]}
GREEN = (Verdict.PROVED, Verdict.PASSED)


def _log_det(b, n, rhs):  # type: ignore[no-untyped-def]
    X = b.matrix("X", n, n, Real(-2, 2), symmetric=True)
    return b.claim(D(sp.log(X.det() ** 2) / 2, X), rhs(X))


def test_the_textbook_log_det_gradient_of_a_symmetric_matrix_holds() -> None:
    result = check(lambda b, n: _log_det(b, n, lambda X: X.inv()), SIZES)
    assert result.verdict in GREEN, result
    assert all("symmetric" in s.message for s in result.steps), result.steps


def test_the_structured_gradient_holds_as_written() -> None:
    def structured(X):  # type: ignore[no-untyped-def]
        Xi = X.inv()
        return 2 * Xi - sp.diag(*[Xi[i, i] for i in range(X.rows)])

    result = check(lambda b, n: _log_det(b, n, structured), SIZES)
    assert result.verdict in GREEN, result
    assert not any("symmetric" in s.message for s in result.steps)


def test_a_gradient_false_under_both_readings_stays_failed() -> None:
    assert check(lambda b, n: _log_det(b, n, lambda X: 2 * X.inv()), SIZES).verdict is Verdict.FAILED
    assert check(lambda b, n: _log_det(b, n, lambda X: X.inv().T * X.inv()), SIZES).verdict is Verdict.FAILED


def test_a_trace_gradient_by_a_symmetric_matrix() -> None:
    def builder(b, n):  # type: ignore[no-untyped-def]
        X = b.matrix("X", n, n, symmetric=True)
        A = b.matrix("A", n, n, symmetric=True)
        return b.claim(D((A * X).trace(), X), A)

    def wrong(b, n):  # type: ignore[no-untyped-def]
        X = b.matrix("X", n, n, symmetric=True)
        A = b.matrix("A", n, n)
        return b.claim(D((A * X).trace(), X), A)

    assert check(builder, SIZES).verdict in GREEN
    assert check(wrong, SIZES).verdict is Verdict.FAILED
