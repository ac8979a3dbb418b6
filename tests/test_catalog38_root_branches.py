r"""The size-generic argument and the roots' branches (catalog38): sound, though not complete.

The identity test reads :math:`b^{p/q}` with a random atom for :math:`b^{1/q}` that is never tied to
:math:`a^q = b`: what it proves holds for every value of that atom, so for every branch of the root. Hence
:math:`\sum_k \sqrt{x_k^2} = \sum_k x_k` (true only where every :math:`x_k \ge 0`) is never proved for every
size, while :math:`\sum_k \sqrt{x_k^2}\sqrt{x_k^2} = \sum_k x_k^2` (either sign) is. A reading tied to
:math:`a^q = b` would prove more, but only with every root of the ring tried.
"""

from __future__ import annotations

import sympy as sp

from verifier.forall import prove_for_all
from verifier.indexed import size_symbol

K = size_symbol("K")
x = sp.IndexedBase("x", real=True)
k = sp.Dummy("k", integer=True)


def _sum(body: sp.Expr) -> sp.Sum:
    return sp.Sum(body, (k, 0, K - 1))


def test_the_root_of_a_square_is_not_the_number() -> None:
    assert not prove_for_all(_sum(sp.sqrt(x[k] ** 2)), _sum(x[k]), [K], {}).proved


def test_an_even_fourth_root_is_not_the_number() -> None:
    assert not prove_for_all(_sum((x[k] ** 4) ** sp.Rational(1, 4)), _sum(x[k]), [K], {}).proved


def test_a_root_squared_on_either_branch_is_proved() -> None:
    assert prove_for_all(_sum(sp.sqrt(x[k] ** 2) * sp.sqrt(x[k] ** 2)), _sum(x[k] ** 2), [K], {}).proved


def test_a_negative_power_beside_its_positive_one_is_proved() -> None:
    base = x[k] ** 2 + 1
    assert prove_for_all(_sum(base ** sp.Rational(-3, 2) * base), _sum(base ** sp.Rational(-1, 2)), [K], {}).proved
