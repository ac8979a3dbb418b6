r"""The ⇔ check (documents.equivalent) asks whether its multiplier is provably nonzero before it proves the
entries multiples: a multiplier that is no such number ends the check without the zero tests.

neylon-cs229-hw.md's ``A(z - αAᵀ∇f) = Az - Aα∇f ⇔ AAᵀ∇f = A∇f`` read under another reading made the two residual
vectors parallel with a ratio of 439 operations (sines and cosines of the arbitrary f); the zero tests of
``y - c·x`` expanded those products for ~8 s of CPU (outside the readings' 4 s allowance, which is looked at only
between readings), and then the multiplier was not provably nonzero, so the answer was None anyway (docspeed61).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sympy as sp

from verifier.documents import equivalent as eq
from verifier.documents.optimum import multiple_of

a, b, x, y = sp.symbols("a b x y", real=True)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[sp.Expr]:
    """Every expression the ⇔ check's zero test is asked about."""
    asked: list[sp.Expr] = []
    zero: Callable[[sp.Expr], bool] = eq._zero

    def spy(e: sp.Expr) -> bool:
        asked.append(e)
        return zero(e)

    monkeypatch.setattr(eq, "_zero", spy)
    return asked


def test_a_multiplier_that_may_vanish_ends_the_check_before_the_zero_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _spy(monkeypatch)
    before = (sp.ImmutableMatrix([a + b, a - b]), sp.Integer(0))
    now = (sp.ImmutableMatrix([(x - y) * (a + b), (x - y) * (a - b)]), sp.Integer(0))  # c = x - y: may be 0
    assert eq._equivalent(now, before, 1) is None
    # only the entries of the equation before (where its first nonzero entry is), never an entry's b - c·a
    assert asked and all(e in (a + b, a - b) for e in asked), asked


def test_a_nonzero_multiplier_still_proves_the_link(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _spy(monkeypatch)
    before = (sp.ImmutableMatrix([a + b, a - b]), sp.Integer(0))
    now = (sp.ImmutableMatrix([-2 * a - 2 * b, 2 * b - 2 * a]), sp.Integer(0))
    why = eq._equivalent(now, before, 7)
    assert why is not None and "c = -2" in why and "line 7" in why
    assert any(e not in (a + b, a - b) for e in asked)  # the entries were proved multiples


def test_a_nonzero_multiplier_whose_entries_are_no_multiples_is_not_a_link() -> None:
    before = (sp.ImmutableMatrix([a + b, a - b]), sp.Integer(0))
    now = (sp.ImmutableMatrix([2 * a + 2 * b, 3 * a - 3 * b]), sp.Integer(0))
    assert eq._equivalent(now, before, 1) is None


def test_multiple_of_asks_accept_before_the_zero_tests() -> None:
    asked: list[sp.Expr] = []

    def zero(e: sp.Expr) -> bool:
        asked.append(e)
        return sp.expand(e) == 0

    first, second = [a + b, a - b], [(x - y) * (a + b), (x - y) * (a - b)]
    assert multiple_of(first, second, zero) == x - y  # no test of c: the multiple itself
    count = len(asked)
    asked.clear()
    assert multiple_of(first, second, zero, accept=lambda c: c.is_number) is None
    assert asked == [a + b] and count == 3  # the lead entry only, where the whole test asks all three
    assert multiple_of(first, [3 * e for e in first], zero, accept=lambda c: c.is_number) == 3
