"""A counterexample found where float64 underflows is still shrunk to a plain point (verifier.shrink).

``d erf(x)/dx = e^{-x²}`` (the 2/√π dropped) fails everywhere by the same ratio, but the numeric stage's first
confirmed point can be far out (x = 20, where both sides are ~1e-174 and float64's derivative is 0): the shrinker
measured how clear the difference was there in float64 (a side 0: "differs by 100 %") and asked every plainer
point to be as clear, so x = 0 (left 1.128, right 1) was never shown. How clear the sampled point's difference is
must come from the confirmed values, not from float64 where it lost them."""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.catalog import Builder, Claim, D
from verifier.engine import Settings
from verifier.results import Verdict


def test_a_constant_ratio_failure_found_far_out_is_shown_at_a_plain_point() -> None:
    def build(b: Builder) -> Claim:
        x = b.real("x")
        return b.claim(D(sp.erf(x), x), sp.exp(-(x**2)))

    (step,) = check(build, settings=Settings(points=60)).steps
    assert step.verdict is Verdict.FAILED
    cx = step.counterexample
    assert cx is not None
    (value,) = (v for _, v in cx.coordinates)
    assert abs(value) <= 3, cx
    # the sides shown are the sides at the shown point: their ratio is 2/sqrt(pi) wherever it fails
    assert abs(float(cx.lhs) / float(cx.rhs) - 1.1283791670955126) < 1e-9
