r"""The ⇔-link test (documents/equivalent.py) decides a residual that is not 0 at a point first, before
``expand``/``cancel`` (seconds on a wrong link through matrices): the disproof only ever says "not 0",
and only where the point is one every symbol may take."""

from __future__ import annotations

import sympy as sp

from verifier.documents.equivalent import _disproved, _zero, equivalent


def test_a_residual_far_from_zero_is_disproved_and_a_true_zero_is_not() -> None:
    a, b = sp.symbols("a b")
    assert _disproved(a * b - 2 * a * b)
    assert not _zero(a * b - 2 * a * b)
    zero_in_disguise = (a**2 - b**2) / (a - b) - a - b  # 0 only after cancelling
    assert not _disproved(zero_in_disguise)
    assert _zero(zero_in_disguise)


def test_no_disproof_at_a_point_a_symbol_may_not_take() -> None:
    n = sp.Symbol("n", integer=True)
    x = sp.Symbol("x", negative=True)
    assert not _disproved(n + 1)  # the point is no integer
    assert not _disproved(x + 1)  # the point is positive
    f = sp.Function("f")
    assert not _disproved(f(sp.Symbol("y")) + 1)  # an unknown function has no value at a number
    assert not _zero(n + 1)  # the symbolic test still decides


def test_a_link_that_is_a_multiple_follows_and_a_wrong_one_does_not() -> None:
    w, y = sp.symbols("w y")
    before = (2 * w - 2 * y, sp.Integer(0))
    assert equivalent((w - y, sp.Integer(0)), before, 3) is not None
    assert equivalent((w - 2 * y, sp.Integer(0)), before, 3) is None
    assert equivalent((w**2 - y, sp.Integer(0)), before, 3) is None
