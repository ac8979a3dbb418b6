r"""A breakpoint in no closed form between the last grid point and an end of the declared range (redcat66).

:func:`verifier.breakpoints.bracketed_roots` looks for a sign change on a grid inside (lo, hi): a root closer to an
end than the grid's last step (1/2000 of the range) gave none, so ``\operatorname{sign}(x e^x - 1)^2 = 1`` and
``\lfloor x e^x \rfloor = 0`` on (0, W(1) + 10⁻⁹), false from x = W(1) = 0.5671432904… on (a sliver no sample
reaches), were PASSED. The grid now holds the range's finite ends too.
"""

from __future__ import annotations

import math

import sympy as sp
from support import check

from verifier.breakpoints import bracketed_roots
from verifier.results import Verdict

OMEGA = 0.5671432904097838  # W(1), the root of x e^x = 1


def test_a_root_within_the_last_grid_step_of_an_end_is_bracketed() -> None:
    x = sp.Symbol("x", real=True)
    roots = bracketed_roots(x * sp.exp(x) - 1, x, 0.0, OMEGA + 1e-9)
    assert [float(r) for r in roots] == [OMEGA], roots
    below = bracketed_roots(x * sp.exp(x) - 1, x, OMEGA - 1e-9, 5.0)
    assert [float(r) for r in below] == [OMEGA], below


def test_an_end_that_is_no_root_adds_none() -> None:
    x = sp.Symbol("x", real=True)
    assert bracketed_roots(x * sp.exp(x) - 1, x, 0.0, OMEGA - 1e-9) == []
    assert bracketed_roots(sp.log(x) - 1, x, 0.0, math.e - 1e-9) == []  # a pole at the end refines to no root


def _sign_sliver(b):
    x = b.interval("x", 0, OMEGA + 1e-9)
    return b.chain(sp.sign(x * sp.exp(x) - 1) ** 2, 1)


def _floor_sliver(b):
    x = b.interval("x", 0, OMEGA + 1e-9)
    return b.chain(sp.floor(x * sp.exp(x)), 0)


def _right_sign(b):
    x = b.interval("x", 0, OMEGA + 1e-9)
    return b.chain(sp.sign(x * sp.exp(x) - 1) ** 2, sp.Abs(sp.sign(x * sp.exp(x) - 1)))


def test_a_claim_false_from_a_root_near_the_range_end_is_failed_there() -> None:
    for builder in (_sign_sliver, _floor_sliver):
        step = check(builder).steps[0]
        assert step.verdict is Verdict.FAILED, (builder.__name__, step)
        assert "x = 0.567143290409784" in step.message, step.message


def test_a_right_claim_is_not_failed_at_that_root() -> None:
    # not green either: the sliver past the root is beyond every sample, and no symbolic argument decides it there
    step = check(_right_sign).steps[0]
    assert step.verdict is not Verdict.FAILED, step
    assert step.verdict.ok or "beyond every sample" in step.message, step
