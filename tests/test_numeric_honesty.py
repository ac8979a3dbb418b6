"""Traps for naive numeric checkers: overflow, cancellation, tolerance, look-alikes, domains."""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.catalog import D
from verifier.engine import Settings
from verifier.ml import sigmoid
from verifier.results import Verdict


def test_overflow_is_not_a_failure() -> None:
    """e^x/(1+e^x) overflows float64 for |x| > 709; those points are decided in mpmath."""

    def build(b):
        x = b.real("x", -800, 800)
        return b.claim(sp.exp(x) / (1 + sp.exp(x)), 1 / (1 + sp.exp(-x)))

    result = check(build)
    assert result.verdict.ok, result
    assert result.steps[0].points >= 70  # overflowed points were checked at high precision, not dropped


def test_cancellation_near_zero_is_not_a_failure() -> None:
    def build(b):
        x = b.real("x", -1e-6, 1e-6, exclude=[0])
        return b.claim((1 - sp.cos(x)) / x**2, 2 * sp.sin(x / 2) ** 2 / x**2)

    result = check(build)
    assert result.verdict.ok, result


def test_cancellation_far_below_float_precision_is_not_a_failure() -> None:
    def build(b):
        x = b.real("x", 1e-40, 1e-30)
        return b.claim((1 - sp.cos(x)) / x**2, 2 * sp.sin(x / 2) ** 2 / x**2)

    result = check(build)
    assert result.verdict.ok, result


def test_a_relative_error_of_1e12_is_not_hidden_by_a_tolerance() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(sp.exp(x), sp.exp(x) * (1 + sp.Rational(1, 10**12)))

    result = check(build)
    assert result.verdict is Verdict.FAILED
    assert result.steps[0].counterexample is not None


def test_first_order_look_alike_fails() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(1 / (1 + sp.exp(-x)), sp.Rational(1, 2) + x / 4)

    assert check(build).verdict is Verdict.FAILED


def test_log_of_product_depends_on_the_domain() -> None:
    def positive(b):
        x, y = b.positive("x"), b.positive("y")
        return b.claim(sp.log(x * y), sp.log(x) + sp.log(y))

    def real(b):
        x, y = b.real("x"), b.real("y")
        return b.claim(sp.log(x * y), sp.log(x) + sp.log(y))

    assert check(positive).verdict is Verdict.PROVED
    result = check(real)
    assert result.verdict is Verdict.FAILED
    point = result.steps[0].counterexample.point_dict()
    assert float(point["x"]) < 0 or float(point["y"]) < 0


def test_sqrt_of_square_depends_on_the_domain() -> None:
    def positive(b):
        x = b.positive("x")
        return b.claim(sp.sqrt(x**2), x)

    def real(b):
        x = b.real("x")
        return b.claim(sp.sqrt(x**2), x)

    assert check(positive).verdict is Verdict.PROVED
    result = check(real)
    assert result.verdict is Verdict.FAILED
    assert float(result.steps[0].counterexample.point_dict()["x"]) < 0


def test_cancellation_deeper_than_the_working_precision_is_not_a_failure() -> None:
    """1 - sigma(x) at x = 200 cancels 87 digits: exact 0 at 40 and 80 digits, not a counterexample."""

    def build(b):
        x = b.interval("x", 170, 200)
        return b.claim(D(sigmoid(x), x), sigmoid(x) * (1 - sigmoid(x)))

    assert check(build, settings=Settings(points=40, symbolic=False)).verdict is Verdict.PASSED


def test_tiny_but_real_differences_are_still_counterexamples() -> None:
    def build(b):
        x = b.interval("x", 170, 200)
        return b.claim(sp.exp(-x), 2 * sp.exp(-x))

    assert check(build, settings=Settings(points=40, symbolic=False)).verdict is Verdict.FAILED
