r"""Catalog entries with special functions float64 code has no printer for (redcat62).

An entry with ``sp.LambertW``, ``sp.besselj``, ``sp.polylog``, ``sp.hyper``, ``sp.Ei`` or ``sp.zeta`` of a variable
was an internal ERROR ("checking raised PrintMethodNotImplementedError: Unsupported by NumPyPrinter: LambertW"):
the float64 filter's code was generated with NumPy's printer, which knows none of them. The filter abstains where
it cannot evaluate (as it does for a function float64 code fails on) and the judges that can (balls, mpmath)
decide: the true identities are green, a wrong one FAILED.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.catalog import D
from verifier.results import Verdict


def test_lambert_w_identities_are_judged() -> None:
    def right(b):  # type: ignore[no-untyped-def]
        x = b.positive("x")
        w = sp.LambertW(x)
        return b.chain(w * sp.exp(w), x)

    def wrong(b):  # type: ignore[no-untyped-def]
        x = b.positive("x")
        w = sp.LambertW(x)
        return b.chain(D(w, x), w / (x * (1 - w)))

    assert check(right).verdict in (Verdict.PROVED, Verdict.PASSED)
    assert check(wrong).verdict == Verdict.FAILED


def test_bessel_polylog_and_hypergeometric_identities_are_judged() -> None:
    def bessel(b):  # type: ignore[no-untyped-def]
        x = b.positive("x", 0.1, 50)
        return b.chain(sp.besselj(0, x) + sp.besselj(2, x), 2 * sp.besselj(1, x) / x)

    def bessel_wrong(b):  # type: ignore[no-untyped-def]
        x = b.positive("x", 0.1, 50)
        return b.chain(D(sp.besselj(0, x), x), sp.besselj(1, x))  # the sign dropped

    def polylog_wrong(b):  # type: ignore[no-untyped-def]
        x = b.interval("x", -0.9, 0.9)
        return b.chain(sp.polylog(2, x), -sp.log(1 - x))  # Li_1, not Li_2

    def hyper(b):  # type: ignore[no-untyped-def]
        x = b.interval("x", -0.9, 0.9)
        return b.chain(x * sp.hyper([1, 1], [2], x), -sp.log(1 - x))

    def expint(b):  # type: ignore[no-untyped-def]
        x = b.positive("x", 0.1, 50)
        return b.chain(D(sp.Ei(x), x), sp.exp(x) / x)

    for builder in (bessel, hyper, expint):
        assert check(builder).verdict in (Verdict.PROVED, Verdict.PASSED), builder.__name__
    for builder in (bessel_wrong, polylog_wrong):
        assert check(builder).verdict == Verdict.FAILED, builder.__name__


def test_zeta_of_a_variable_is_judged() -> None:
    def right(b):  # type: ignore[no-untyped-def]
        s = b.interval("s", 2, 10)
        return b.chain(sp.zeta(s) * (1 - 2 ** (1 - s)), sp.dirichlet_eta(s))

    def wrong(b):  # type: ignore[no-untyped-def]
        s = b.interval("s", 2, 10)
        return b.chain(sp.zeta(s) * (1 - 2 ** (1 - s)), sp.dirichlet_eta(s) + sp.Rational(1, 10**12))

    assert check(right).verdict in (Verdict.PROVED, Verdict.PASSED)
    assert check(wrong).verdict == Verdict.FAILED


def test_derivatives_of_functions_mpmath_evaluates_are_no_false_alarms() -> None:
    # mpmath's complex besselj and ei lose an imaginary part far below the real one: the complex step gave
    # d/dx J_0 = 0 and d/dx Ei = 1/x; differences at high precision give the derivative
    def bessel(b):  # type: ignore[no-untyped-def]
        x = b.positive("x", 0.1, 50)
        return b.chain(D(sp.besselj(0, x), x), -sp.besselj(1, x))

    def ei(b):  # type: ignore[no-untyped-def]
        x = b.positive("x", 0.1, 50)
        return b.chain(D(sp.Ei(x), x), sp.exp(x) / x)

    for builder in (bessel, ei):
        assert check(builder).verdict in (Verdict.PROVED, Verdict.PASSED), builder.__name__


def test_a_tiny_planted_term_beside_a_function_only_mpmath_evaluates_is_failed() -> None:
    # no ball arithmetic for zeta or besselj here: the mpmath judge's spot tolerance (1e-25 relative) took a
    # difference of 1e-30 for agreement, so the wrong steps were PASSED; an unproved step's first points are judged
    # again at 150 and 300 digits, where such a difference is the same at both (as agreement.sharpened does in balls)
    def zeta(b):  # type: ignore[no-untyped-def]
        s = b.interval("s", 2, 10)
        return b.chain(sp.zeta(s) * (1 - 2 ** (1 - s)), sp.dirichlet_eta(s) + sp.Rational(1, 10**30))

    def bessel(b):  # type: ignore[no-untyped-def]
        x = b.positive("x", 0.1, 50)
        return b.chain(sp.besselj(0, x) + sp.besselj(2, x), 2 * sp.besselj(1, x) / x + sp.Rational(1, 10**32))

    def bessel_derivative(b):  # type: ignore[no-untyped-def]
        x = b.positive("x", 0.1, 50)
        return b.chain(D(sp.besselj(0, x), x), -sp.besselj(1, x) + sp.Rational(1, 10**30))

    for builder in (zeta, bessel, bessel_derivative):
        assert check(builder).verdict == Verdict.FAILED, builder.__name__
