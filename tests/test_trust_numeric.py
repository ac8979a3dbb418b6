"""Trust (issue 9): no green verdict without evidence from the numeric or the symbolic stage.

Each test pins an attack that once produced a green verdict for a false claim (or an ERROR
for a true one); see the README's "How a step is checked".
"""

from __future__ import annotations

import json

import pytest
import sympy as sp
from support import check

from verifier import symbolic
from verifier.catalog import Builder, D
from verifier.checksettings import Settings, SettingsError, min_valid_points
from verifier.engine import check_claim
from verifier.ml import sigmoid
from verifier.results import Verdict

NUMERIC_ONLY = Settings(points=80, symbolic=False)

# ---------------------------------------------------------------------------------------------
# The exact identity test cannot be fooled by its own constants


def test_a_multiple_of_the_old_fixed_primes_does_not_vanish() -> None:
    """x + c*y/10**300 with c = 0 modulo every prime the test used to use, always."""
    x, y = sp.symbols("x y", real=True)
    c = (2**61 - 1) * (2**89 - 1) * (2**127 - 1)
    assert not symbolic.identity_test([x + c * y / sp.Integer(10) ** 300], [x], {})

    def build(b):
        x, y = b.real("x"), b.real("y")
        return b.claim(x + c * y / sp.Integer(10) ** 300, x)

    assert check(build).verdict is not Verdict.PROVED


def test_the_primes_are_drawn_afresh_and_are_large_primes() -> None:
    """Whatever primes one run uses, the next run's cannot be predicted from them."""
    first, second = symbolic.draw_primes(), symbolic.draw_primes()
    assert first != second
    for p in (*first, *second):
        assert p.bit_length() >= 120 and sp.isprime(p)
    # The product of one run's primes is 0 modulo that run's primes only.
    x, y = sp.symbols("x y", real=True)
    c = sp.Mul(*first)
    assert not symbolic.identity_test([x + c * y], [x], {}, primes=second)
    assert symbolic.identity_test([x + c * y], [x], {}, primes=first)  # the attack needs the primes


# ---------------------------------------------------------------------------------------------
# Settings refuse what cannot be checked


@pytest.mark.parametrize(
    "kwargs",
    [dict(points=0), dict(points=-3), dict(points=2.5), dict(points=True), dict(seed="abc"), dict(symbolic_budget=-1)],
)
def test_settings_refuse_what_cannot_be_checked(kwargs: dict) -> None:
    with pytest.raises(SettingsError):
        Settings(**kwargs)


def test_at_least_one_point_is_always_required() -> None:
    assert all(min_valid_points(n) >= 1 for n in range(1, 50))


def test_check_command_refuses_zero_points() -> None:
    from verifier.cli import main

    assert main(["check", "x", "x+1", "--points", "0"]) == 2


# ---------------------------------------------------------------------------------------------
# Reports


def test_a_summarised_member_is_latex_text_not_a_tab() -> None:
    b = Builder()
    v = b.vector("v", 12)
    big = sum((v[i] ** 2 + sp.exp(v[i]) * v[(i + 1) % 12] for i in range(12)), sp.S.Zero) ** 2
    claim = b.claim(big, sp.expand(big))
    steps = check_claim(claim, "t", {}, Settings(points=20, symbolic=False))
    latex = steps[0].rhs_latex  # the expanded side is too large to show
    assert "not shown" in latex
    assert "\t" not in latex and latex.startswith("\\text{")
    assert "\\t" in json.dumps(latex) and "\\text" in json.dumps(latex)




# ---------------------------------------------------------------------------------------------
# Numeric agreement is decided, not tolerated


def test_a_relative_error_of_1e10_beyond_x_50_is_not_hidden() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(sp.exp(x), sp.exp(x) * (1 + sp.Heaviside(x - 50) / sp.Integer(10) ** 10))

    result = check(build, settings=NUMERIC_ONLY)
    assert result.verdict is Verdict.FAILED, result
    assert float(result.steps[0].counterexample.point_dict()["x"]) > 50


def test_a_term_that_is_small_only_compared_with_float64_rounding_is_not_hidden() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(sp.exp(x), sp.exp(x) + sp.exp(x + 3 * (x - 102) / 5))

    assert check(build, settings=NUMERIC_ONLY).verdict is Verdict.FAILED


def test_every_agreeing_point_is_certified_not_only_one() -> None:
    """A difference of 1e-30 relative is invisible in float64 at every point; ball arithmetic sees it."""

    def build(b):
        x = b.interval("x", 1, 2)
        return b.claim(sp.exp(x), sp.exp(x) * (1 + sp.Integer(10) ** -30 * sp.Heaviside(x - sp.Rational(19, 10))))

    result = check(build, settings=NUMERIC_ONLY)
    assert result.verdict is Verdict.FAILED
    assert float(result.steps[0].counterexample.point_dict()["x"]) > 1.9


def test_entries_are_compared_one_by_one_not_relative_to_the_largest() -> None:
    def build(b):
        y = b.real("y")
        return b.claim(sp.Matrix([sp.Integer(10) ** 30, 2 * y]), sp.Matrix([sp.Integer(10) ** 30, y]))

    result = check(build, settings=NUMERIC_ONLY)
    assert result.verdict is Verdict.FAILED
    assert result.steps[0].counterexample.entry == "[2, 1]"


def test_the_sampler_reaches_beyond_60() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(sp.Max(x, -100), x)

    result = check(build, settings=NUMERIC_ONLY)
    assert result.verdict is Verdict.FAILED
    assert float(result.steps[0].counterexample.point_dict()["x"]) < -100


def test_a_wide_interval_is_sampled_at_every_scale() -> None:
    """Uniform on (-1e6, 1e6) never lands in [1, 10]; log-uniform magnitudes do."""

    def build(b):
        x = b.interval("x", -1e6, 1e6)
        return b.claim(x, x + sp.Heaviside(x - 1) * sp.Heaviside(10 - x))

    result = check(build, settings=Settings(points=200, symbolic=False))
    assert result.verdict is Verdict.FAILED
    assert 1 <= float(result.steps[0].counterexample.point_dict()["x"]) <= 10


def test_points_near_an_excluded_point_are_sampled() -> None:
    from verifier.domains import Real

    x = Real(exclude=(0.0,)).sample(__import__("numpy").random.default_rng(1), 400)
    assert (abs(x) < 1e-6).any() and (x != 0).all()

    def build(b):  # (1 - cos x)/x**2 = 1/2 holds only in the limit: it fails near 0 in exact arithmetic
        x = b.real("x", exclude=[0])
        return b.claim((1 - sp.cos(x)) / x**2 + x**2 / 24, sp.Rational(1, 2) + x**2 / 24 - x**4 / 720)

    assert check(build, settings=NUMERIC_ONLY).verdict is Verdict.FAILED


def _atan2_derivative(b):
    x, y = b.real("x"), b.positive("y")
    return b.claim(D(sp.atan2(y, x), x), -y / (x**2 + y**2))


def _gamma_recurrence(b):
    x = b.positive("x", 1e-2, 30)
    return b.claim(sp.gamma(x + 1), x * sp.gamma(x))


def _erf_derivative(b):
    x = b.real("x")
    return b.claim(D(sp.erf(x), x), 2 * sp.exp(-(x**2)) / sp.sqrt(sp.pi))


@pytest.mark.parametrize("build", [_atan2_derivative, _gamma_recurrence, _erf_derivative])
def test_true_identities_with_atan2_gamma_erf_are_not_errors(build) -> None:
    result = check(build)
    assert result.verdict.ok, result
    assert result.steps[0].points >= 40


def test_the_counterexample_is_the_clearest_point_not_the_first() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(sigmoid(x), sp.Rational(1, 2) + x / 4)

    for seed in range(1, 6):
        cx = check(build, settings=Settings(seed=seed, points=80, symbolic=False)).steps[0].counterexample
        lhs, rhs = float(cx.lhs), float(cx.rhs)
        assert abs(lhs - rhs) / max(abs(lhs), abs(rhs)) > 0.5  # not x = 0.035, where they differ by 1e-6


def test_a_side_that_is_not_real_is_named() -> None:
    def build(b):
        x = b.real("x")
        return b.claim(sp.log(x**2), 2 * sp.log(x))

    step = check(build, settings=NUMERIC_ONLY).steps[0]
    assert step.verdict is Verdict.FAILED
    assert "right side is not real" in step.message
