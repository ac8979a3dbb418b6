r"""A step no symbolic argument proves is judged again at the top precision before it is PASSED (redcat61).

Ball arithmetic at 128 bits counts two sides as agreeing when their balls overlap, each accurate to 83 bits: a
false identity whose sides differ by less than about 2⁻¹²⁸ of their size everywhere (a term dropped that is
e⁻²⁰⁰ times the rest, ``e^x = e^x + e^{x - 200}``) was PASSED at all 200 points. A step with no proof now has a
few of its points judged again at 1024 bits, where a difference ball that excludes 0 proves the sides differ:
FAILED, with the point. What is true stays green; a step PROVED is not judged again.
"""

from __future__ import annotations

import sympy as sp
from support import check

from verifier.catalog import D
from verifier.results import Verdict


def test_a_term_below_128_bits_is_found_at_the_top_precision() -> None:
    def planted(b):  # type: ignore[no-untyped-def]
        x = b.real("x")
        return b.chain(sp.exp(x), sp.exp(x) + sp.exp(x - 200))

    result = check(planted)
    assert result.verdict == Verdict.FAILED, result
    shown = result.steps[0].counterexample
    assert shown is not None
    assert float(shown.difference) != 0.0  # the sides' digits are kept: the difference shown is not rounded away


def test_a_log_sum_exp_read_as_its_maximum_is_refuted() -> None:
    def planted(b):  # type: ignore[no-untyped-def]
        a = b.real("a")
        return b.chain(sp.log(sp.exp(a) + sp.exp(a - 100)), a)  # off by log(1 + e^-100), about 4e-44

    assert check(planted).verdict == Verdict.FAILED


def test_true_steps_without_a_proof_stay_green() -> None:
    def true(b):  # type: ignore[no-untyped-def]
        x = b.positive("x")
        return b.chain(sp.atan(x) + sp.atan(1 / x), sp.pi / 2)  # PASSED: no symbolic argument within the budget

    def leaky(b):  # type: ignore[no-untyped-def]
        x = b.real("x", exclude=[0])
        return b.chain(D(sp.Max(x, x / 10), x), sp.Piecewise((1, x > 0), (sp.Rational(1, 10), True)))

    assert check(true).verdict in (Verdict.PASSED, Verdict.PROVED)
    assert check(leaky).verdict in (Verdict.PASSED, Verdict.PROVED)
