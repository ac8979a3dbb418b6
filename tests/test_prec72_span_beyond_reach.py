r"""The high-precision confirmation's cost (prec72): ``agreement.confirm`` doubled the precision up to MAX_DPS while a
stable difference was not spanned (lead60), walking both members and again their spans at every doubling, even where
the span (thousands to billions of digits: softmax notes' exps) is out of reach of every precision the doublings
reach. Now the span is read from the walk that computed the values, and the climb stops where no later precision can
count a difference. Each member here is built by the test: ``c + e^{-x} - e^{-x}`` kept unevaluated, where c is lost
to e^{-x} (10^{2643} at x = -6086) at every precision short of its digits."""

from __future__ import annotations

import numpy as np
import sympy as sp

from verifier import agreement
from verifier.catalog import D
from verifier.numeric import NumericMember
from verifier.sampling import Sample

x = sp.Symbol("x", real=True)


def _absorbed(c: int) -> sp.Expr:
    return sp.Add(sp.Add(c, sp.exp(-x)), -sp.exp(-x), evaluate=False)


def _confirm(c: int, rhs: int, at: float) -> tuple[object, list[int]]:
    """confirm's verdict for ``c + e^{-x} - e^{-x}`` against ``rhs`` at x = ``at``, and the precisions it walked."""
    a, b = NumericMember(_absorbed(c), [x]), NumericMember(sp.Integer(rhs) + 0 * x, [x])
    sample = Sample((x,), np.array([[at]]))
    seen: list[int] = []
    values = a.precise

    def counted(sample, j, dps):  # type: ignore[no-untyped-def]
        seen.append(dps)
        return values(sample, j, dps)

    a.precise = counted  # type: ignore[method-assign]
    same, _ = agreement.confirm(a, b, sample, 0)
    return same, seen


def test_a_span_out_of_reach_stops_the_climb_at_once() -> None:
    same, seen = _confirm(1, 2, -6086.0)  # 1 is lost to 10^2643: the difference 0 - 2 is the same at 40 and 80 digits
    assert same is None  # undecided, as at the top precision: never a counted difference
    assert seen == [40, 80]  # the base walked 40, 80, 160, 320, 640 and 1280 digits, each twice with its span


def test_a_planted_difference_out_of_reach_is_still_undecided_not_agreement() -> None:
    same, seen = _confirm(2, 1, -6086.0)
    assert same is None
    assert max(seen) < agreement.MAX_DPS


def test_a_span_within_reach_still_climbs_to_it_and_counts_the_difference() -> None:
    same, seen = _confirm(2, 1, -200.0)  # 87 digits: spanned at 320, where 2 - 1 is stable
    assert same is False
    assert seen == [40, 80, 160, 320]


def test_a_span_within_reach_still_finds_agreement() -> None:
    same, seen = _confirm(1, 1, -200.0)
    assert same is True
    assert seen == [40, 80, 160]


def test_a_span_just_beyond_the_top_is_climbed_as_before() -> None:
    # e^{3000} is 10^{1303}: beyond 1280 digits, but by less than the precision where the span is measured, which
    # may be that precision's rounding garbage; the climb goes on to the top and leaves the point undecided there
    same, seen = _confirm(2, 1, -3000.0)
    assert same is None
    assert seen == [40, 80, 160, 320, 640, 1280]


def test_the_span_is_read_from_the_walk_that_computed_the_values() -> None:
    a = NumericMember(_absorbed(1) * sp.sin(x), [x])
    sample = Sample((x,), np.array([[-6086.0, 0.5]]))
    walks: list[int] = []
    walk = a._f_mp_memo

    def counted(point):  # type: ignore[no-untyped-def]
        walks.append(1)
        return walk(point)

    a._f_mp_memo = counted  # type: ignore[method-assign]
    for j in (0, 1):
        walks.clear()
        a.precise(sample, j, 80)
        spans = a.span_digits(sample, j, 80)
        assert len(walks) == 1  # no second walk for the span
        a._span_cache.clear()  # the span a walk of its own gives is the same number
        assert a.span_digits(sample, j, 80) == spans
        assert len(walks) == 2
    assert a.span_digits(sample, 0, 80) >= 2643


def test_a_derivative_member_reads_its_span_from_the_same_walk() -> None:
    a = NumericMember(D(_absorbed(1) * sp.sin(x), x), [x])
    sample = Sample((x,), np.array([[-6086.0]]))
    a.precise(sample, 0, 80)
    kept = a._span_cache[(0, 80)]
    a._span_cache.clear()
    assert a.span_digits(sample, 0, 80) == kept >= 2643
