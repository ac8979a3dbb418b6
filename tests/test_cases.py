"""The argument by cases (verifier.cases): piecewise steps proved region by region, and never a
wrong slope, boundary or sign."""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from verifier.budget import Deadline
from verifier.cases import prove_by_cases
from verifier.catalog import Builder, D
from verifier.engine import Settings, check_claim
from verifier.ml import leaky_relu, relu
from verifier.results import Verdict
from verifier.symbolic import _normalised_identity, identity_test, normalise, prove_equal


def _steps(build: Callable[[Builder], object]) -> list:
    b = Builder()
    claim = build(b)
    return check_claim(claim, "test-cases", {}, Settings())


def _by_cases(lhs: sp.Expr, rhs: sp.Expr, bounds: dict | None = None) -> object:
    return prove_by_cases([normalise(lhs)], [normalise(rhs)], bounds or {}, lambda a, b: identity_test(a, b, {}))


# ---- proved by cases


def test_leaky_relu_derivative_is_proved_by_cases() -> None:
    def build(b: Builder) -> object:
        x = b.real("x", exclude=[0])
        slope = b.interval("L", 0, 1)
        return b.claim(D(leaky_relu(x, slope), x), sp.Piecewise((slope, x < 0), (1, x > 0)))

    (step,) = _steps(build)
    assert step.verdict is Verdict.PROVED
    assert "by cases" in step.method


def test_relu_derivative_is_proved_by_cases() -> None:
    x = sp.Symbol("x", real=True, nonzero=True)
    assert _by_cases(sp.diff(relu(x), x), sp.Piecewise((0, x < 0), (1, x > 0)))


def test_abs_derivative_is_sign_away_from_zero() -> None:
    x = sp.Symbol("x", real=True, nonzero=True)
    rhs = sp.Piecewise((-1, x < 0), (1, True))
    assert _by_cases(sp.diff(sp.Abs(x), x), rhs)


def test_max_is_half_the_sum_plus_the_absolute_value_on_the_whole_line() -> None:
    x = sp.Symbol("x", real=True)  # the point x = 0 is a region of its own
    assert _by_cases(sp.Max(x, 0), (x + sp.Abs(x)) / 2)


def test_a_clamp_is_proved_with_breakpoints_zero_and_one() -> None:
    x = sp.Symbol("x", real=True)
    clamp = sp.Min(sp.Max(x, 0), 1)
    assert _by_cases(clamp, sp.Piecewise((0, x < 0), (x, x <= 1), (1, True)))


def test_prove_equal_names_the_argument_by_cases() -> None:
    x = sp.Symbol("x", real=True)
    out = prove_equal([sp.Max(x, 0)], [(x + sp.Abs(x)) / 2], {}, Deadline(5.0))
    assert out.proved
    # the identity test may already see it; either way a proof, and the cases method when it is used
    x2 = sp.Symbol("x", real=True, nonzero=True)
    slope = sp.Symbol("L", real=True)
    out = prove_equal(
        [sp.diff(sp.Max(slope * x2, x2), x2)],
        [sp.Piecewise((slope, x2 < 0), (1, x2 > 0))],
        {},
        Deadline(5.0),
        bounds={slope: (0.0, 1.0, ())},
    )
    assert out.proved and out.method.startswith("by cases")


# ---- never proved: wrong variants


def test_leaky_relu_without_its_declared_slope_range_is_not_proved() -> None:
    """For L > 1 max(Lx, x) has slope L on the right: the declared (0, 1) is what makes it true."""
    x = sp.Symbol("x", real=True, nonzero=True)
    slope = sp.Symbol("L", real=True)
    lhs, rhs = sp.diff(sp.Max(slope * x, x), x), sp.Piecewise((slope, x < 0), (1, x > 0))
    assert _by_cases(lhs, rhs, {slope: (0.0, 1.0, ())})
    assert not isinstance(_by_cases(lhs, rhs), str)
    assert not isinstance(_by_cases(lhs, rhs, {slope: (0.0, 2.0, ())}), str)


def test_a_wrong_slope_on_one_branch_is_failed() -> None:
    def build(b: Builder) -> object:
        x = b.real("x", exclude=[0])
        slope = b.interval("L", 0, 1)
        return b.claim(D(leaky_relu(x, slope), x), sp.Piecewise((2 * slope, x < 0), (1, x > 0)))

    (step,) = _steps(build)
    assert step.verdict is Verdict.FAILED
    assert step.counterexample is not None
    assert "by cases" not in step.method


def test_a_wrong_boundary_is_failed_with_a_point_between_the_boundaries() -> None:
    def build(b: Builder) -> object:
        x = b.real("x", exclude=[0])
        return b.claim(D(relu(x), x), sp.Piecewise((0, x < 1), (1, True)))

    (step,) = _steps(build)
    assert step.verdict is Verdict.FAILED
    x = sp.Symbol("x", real=True, nonzero=True)
    assert not isinstance(_by_cases(sp.diff(relu(x), x), sp.Piecewise((0, x < 1), (1, True))), str)
    assert step.counterexample is not None
    assert any(0 < float(v) < 1 for _, v in step.counterexample.point)  # in the region the claim mislabels


def test_a_sign_slip_on_one_branch_is_failed() -> None:
    def build(b: Builder) -> object:
        x = b.real("x", exclude=[0])
        return b.claim(D(sp.Abs(x), x), sp.Piecewise((1, x < 0), (1, True)))

    (step,) = _steps(build)
    assert step.verdict is Verdict.FAILED
    x = sp.Symbol("x", real=True, nonzero=True)
    assert not isinstance(_by_cases(sp.diff(sp.Abs(x), x), sp.Piecewise((1, x < 0), (1, True))), str)


def test_a_boundary_point_where_the_sides_differ_is_not_proved() -> None:
    """Equal on both open half-lines, different at 0 itself (Max picks 0 there, the claim 1)."""
    x = sp.Symbol("x", real=True)
    assert not isinstance(_by_cases(sp.Max(x, 0), sp.Piecewise((0, x < 0), (1, sp.Eq(x, 0)), (x, True))), str)
    # the same claim with 0 excluded from the domain is true
    xn = sp.Symbol("x", real=True, nonzero=True)
    assert _by_cases(sp.Max(xn, 0), sp.Piecewise((0, xn < 0), (1, sp.Eq(xn, 0)), (xn, True)))


def test_the_piecewise_order_decides_at_a_boundary() -> None:
    """At x = 0 both conditions hold; the first branch applies, so the order matters."""
    x = sp.Symbol("x", real=True)
    assert _by_cases(sp.Max(x, 0), sp.Piecewise((0, x <= 0), (x, x >= 0)))
    assert not isinstance(_by_cases(sp.Heaviside(x), sp.Piecewise((0, x < 0), (1, x >= 0))), str)  # H(0) = 1/2


def test_a_gap_in_the_claim_is_not_proved() -> None:
    """The right side says nothing at x = 0, which the domain includes: undefined there."""
    x = sp.Symbol("x", real=True)
    assert not isinstance(_by_cases(sp.Max(x, 0), sp.Piecewise((0, x < 0), (x, x > 0))), str)


def test_an_irrational_breakpoint_in_closed_form_cuts() -> None:
    """±√2 is a cut (redteam25: an irrational breakpoint was none, and a far wrong branch stayed PASSED)."""
    x = sp.Symbol("x", real=True)
    assert isinstance(_by_cases(sp.Max(x**2, 2), sp.Piecewise((2, x**2 < 2), (x**2, True))), str)


def test_a_breakpoint_in_no_short_closed_form_abstains() -> None:
    """The roots of x³ - 3x + 1 are real, but SymPy writes them with complex radicals: no cut, no proof."""
    x = sp.Symbol("x", real=True)
    f = x**3 - 3 * x
    assert not isinstance(_by_cases(sp.Max(f, -1), sp.Piecewise((-1, f < -1), (f, True))), str)


def test_a_pole_in_a_condition_is_a_region_of_its_own() -> None:
    """(x^2 - 1)/(x - 1) > 0 is undefined at x = 1; factored it would read x + 1 > 0 there too."""
    x = sp.Symbol("x", real=True, positive=True)
    cond = (x**2 - 1) / (x - 1) > 0
    assert not isinstance(_by_cases(sp.Piecewise((1, cond), (0, True)), sp.Integer(1)), str)


def test_a_rational_condition_cuts_at_its_zeros() -> None:
    x = sp.Symbol("x", real=True)
    rhs = sp.Piecewise((1, (x - 2) / (x + 3) > 0), (0, True))
    lhs = sp.Piecewise((1, x > 2), (1, x < -3), (0, True))
    assert not isinstance(_by_cases(lhs, rhs), str)  # at the pole x = -3 the right side is undefined
    away = {x: (float("-inf"), float("inf"), (-3.0,))}
    assert _by_cases(lhs, rhs, away)
    assert not isinstance(_by_cases(sp.Piecewise((1, x > 2), (0, True)), rhs, away), str)


def test_symbols_that_decide_no_branch_are_not_cut() -> None:
    """A Gaussian log-likelihood with |s|: only s decides a branch; the noise terms e_i stay symbols
    (cutting all six at 0 would make 2 * 3**5 regions, past the limit)."""
    s = sp.Symbol("s", real=True, nonzero=True)
    e = sp.symbols("e1:6", real=True)
    lhs = sum(sp.log(sp.exp(-(x**2) / (2 * s**2)) / sp.Abs(s)) for x in e)
    rhs = -5 * sp.log(s**2) / 2 - sum(x**2 for x in e) / (2 * s**2)
    method = prove_by_cases([normalise(lhs)], [normalise(rhs)], {}, _normalised_identity)
    assert method is not None and "2 regions of s" in method
    wrong = -5 * sp.log(s) - sum(x**2 for x in e) / (2 * s**2)  # log s for log |s|: false for s < 0
    assert prove_by_cases([normalise(lhs)], [normalise(wrong)], {}, _normalised_identity) is None


def test_an_excluded_point_is_left_out() -> None:
    """1/(x - 2) on both sides: undefined at 2, which the declared domain leaves out."""
    x = sp.Symbol("x", real=True)
    lhs = sp.Piecewise((1 / (x - 2), x < 2), (0, True))
    rhs = sp.Piecewise((1 / (x - 2), x < 2), (0, x > 2), (0, True))
    assert _by_cases(lhs + sp.Abs(x - 2), rhs + sp.Abs(x - 2), {x: (float("-inf"), float("inf"), (2.0,))})
