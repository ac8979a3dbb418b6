r"""review22f: the numeric pre-check of two equations (equivalent._not_proportional) evaluates no sum,
integral or derivative at its point.

``\sum_{k=1}^{\infty} 1/k^a`` at a in [0.3, 1.7] is a slowly converging or divergent series: SymPy's
numeric evaluation of it to 30 digits took over a minute (a ⇒-led display reading an infinite sum
hung on a check meant to save time). ``equivalent._disproved`` already leaves such values to the
symbolic test; the pre-check must too (False: it decides nothing, the symbolic check decides).
"""

from __future__ import annotations

import pytest
import sympy as sp

from verifier.documents import equivalent


def _no_opaque_evaluated(monkeypatch: pytest.MonkeyPatch) -> list[sp.Expr]:
    seen: list[sp.Expr] = []
    at = equivalent.value_at

    def recorded(e: sp.Expr, point: dict[sp.Symbol, sp.Expr], digits: int = 30) -> complex | None:
        seen.append(e)
        assert not e.has(sp.Sum, sp.Integral, sp.Derivative), f"evaluated {e} numerically"
        return at(e, point, digits)

    monkeypatch.setattr(equivalent, "value_at", recorded)
    return seen


def test_an_infinite_sum_is_not_evaluated_at_the_point(monkeypatch: pytest.MonkeyPatch) -> None:
    x, a, k = sp.symbols("x a k")
    series = sp.Sum(1 / k**a, (k, 1, sp.oo))
    _no_opaque_evaluated(monkeypatch)
    assert not equivalent._not_proportional([2 * x - 2 * series], [x - series])


def test_an_integral_is_not_evaluated_at_the_point(monkeypatch: pytest.MonkeyPatch) -> None:
    x, y, t = sp.symbols("x y t")
    integral = sp.Integral(sp.exp(-(t**2) * x), (t, 0, sp.oo))
    _no_opaque_evaluated(monkeypatch)
    assert not equivalent._not_proportional([integral - y], [x - y])


def test_plain_expressions_are_still_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    x, y = sp.symbols("x y")
    seen = _no_opaque_evaluated(monkeypatch)
    assert equivalent._not_proportional([x - 1, y + 1], [x - 1, 2 * y + 2])  # the ratios differ: no c
    assert not equivalent._not_proportional([2 * x - 2, 2 * y], [x - 1, y])  # c = 2
    assert seen
