r"""The cuts of a piecewise step are built once per step, not once per symbol (verifier.breakpoints).

A backprop step through ReLU writes an indicator per hidden unit, ``\mathbb{1}[z_1 > 0]`` with z₁ = W₁x + b₁: a
zero set per unit, linear in ~20 symbols. ``unsampled_breakpoint`` and ``prove_by_cases`` asked ``_breakpoints``
(now ``exact_breakpoints``) for each symbol in turn, and it put every zero set over one denominator (``together``,
~10 ms each) again for each: 90 % of such a step's CPU (77 of 85 s profiled for one line of a two-layer network's
backward pass). The candidates do not depend on the symbol: built once; and an expression with no denominator is its
own numerator (no ``together``).
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier import breakpoints


def test_a_polynomial_zero_set_is_taken_as_it_is_and_a_fraction_is_split() -> None:
    x, y = sp.symbols("x y", real=True)
    assert breakpoints._with_parts(2 * x + 3 * y - 1) == (2 * x + 3 * y - 1,)
    parts = breakpoints._with_parts(x + 1 / y)
    assert parts[0] == x + 1 / y and sp.simplify(parts[1] / parts[2] - (x + 1 / y)) == 0
    assert y in parts[2].free_symbols  # the pole at y = 0 is a cut for y
    assert sp.Integer(0) in breakpoints.exact_breakpoints([x + 1 / y], y)


def test_the_cut_candidates_are_built_once_for_all_symbols(monkeypatch: pytest.MonkeyPatch) -> None:
    xs = sp.symbols("x1:6", real=True)
    exprs = [sp.Heaviside(x - k) * x for k, x in enumerate(xs)]
    built = []
    original = breakpoints.cut_candidates
    monkeypatch.setattr(breakpoints, "cut_candidates", lambda zs: built.append(1) or original(zs))
    sampled = dict.fromkeys(xs, (100.0, 200.0))  # every cut x = k lies below every sample
    assert breakpoints.unsampled_breakpoint(exprs, sampled, {}) != ""
    assert len(built) == 1


def test_the_breakpoints_found_are_those_of_each_symbol() -> None:
    x, y = sp.symbols("x y", real=True)
    zero = [x - 3, y**2 - 4, x * y - 1, sp.Abs(x) - 2]
    assert breakpoints.exact_breakpoints(zero, x) == {sp.Integer(3), sp.Integer(2), sp.Integer(-2)}
    assert breakpoints.exact_breakpoints(zero, y) == {sp.Integer(2), sp.Integer(-2)}
