r"""A step false only where a floor's or a ceiling's argument is an integer (redcat66).

``\lfloor e^{-x^2} \rfloor = 0`` holds at every real x but 0, where the argument is 1 and the floor steps to 1;
``\lfloor x e^x \rfloor = 0`` on (0, W(1) + 10⁻⁹) fails on the sliver from W(1) on, which no sample reaches. Both
were PASSED: a rounding bracket was no piece whose breakpoints :mod:`verifier.kinks` visits (redcat65 left it).
Its breakpoints are where the argument crosses an integer: the levels next to the argument's values at the
points that are moved. The right claims beside them stay green.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.results import Verdict


def _floor_gauss(b):
    x = b.real("x")
    return b.chain(sp.floor(sp.exp(-(x**2))), 0)


def _floor_lambert_sliver(b):
    x = b.interval("x", 0, 0.5671432904097838 + 1e-9)  # W(1) = 0.56714329040978387…: floor(x e^x) = 1 from there
    return b.chain(sp.floor(x * sp.exp(x)), 0)


def _ceiling_cos(b):
    x = b.real("x")
    return b.chain(sp.ceiling((sp.cos(x) - 1) / 2), 0)  # -1 ≤ (cos x - 1)/2 ≤ 0: the ceiling is 0 except at cos x = -1


def _frac_exp(b):
    x = b.interval("x", -1, 1)
    return b.chain(sp.frac(sp.exp(x)), sp.exp(x) - sp.Piecewise((1, x > 0), (0, True)))  # wrong at x = 0: 1 against 0


def test_a_floor_false_only_where_its_argument_is_an_integer_is_failed_there() -> None:
    step = check(_floor_gauss).steps[0]
    assert step.verdict is Verdict.FAILED, step
    assert "x = 0" in step.message, step.message


def test_a_floor_false_on_a_sliver_past_a_root_in_no_closed_form_is_not_green() -> None:
    step = check(_floor_lambert_sliver).steps[0]
    assert step.verdict is Verdict.FAILED, step
    assert "x = 0.567143290409" in step.message, step.message


def test_a_ceiling_of_a_trigonometric_argument_is_failed_where_it_reaches_an_integer() -> None:
    step = check(_ceiling_cos).steps[0]
    assert step.verdict is Verdict.FAILED, step
    assert "pi" in step.message, step.message


def test_a_fractional_part_is_failed_where_its_argument_is_an_integer() -> None:
    step = check(_frac_exp).steps[0]
    assert step.verdict is Verdict.FAILED, step


def _right_floor_tanh(b):
    x = b.interval("x", -3, 3)
    return b.chain(sp.floor(sp.tanh(x)), sp.Piecewise((-1, x < 0), (0, True)))


def _right_ceiling_sin(b):
    x = b.real("x")
    return b.chain(sp.ceiling(sp.sin(x)), sp.Piecewise((1, sp.sin(x) > 0), (0, True)))


def _right_floor_shift(b):
    x = b.real("x")
    return b.chain(sp.floor(sp.exp(x) + 1), sp.floor(sp.exp(x)) + 1)


def _right_frac(b):
    x = b.real("x")
    return b.chain(sp.frac(sp.exp(x)) + sp.floor(sp.exp(x)), sp.exp(x))


def test_right_rounding_claims_stay_green_at_their_integer_crossings() -> None:
    for builder in (_right_floor_tanh, _right_ceiling_sin, _right_floor_shift, _right_frac):
        step = check(builder).steps[0]
        assert step.verdict.ok, (builder.__name__, step)
