"""cold69: a green step's kinks are worked out only where a row of its cases singles out a point.

``engine._unexamined_point`` asks, of a PASSED step, whether a member written by cases singles out a point
(``1 & x = 0``) that no sample reaches. Where the step differentiates, or has a Heaviside or a sign, such a
point counts only off the step's kinks, and the kinks (``engine._convention_sets``: the breakpoints of the
functions differentiated, SymPy's ``atoms``) were worked out first, for every green step, though most steps
have no such row and the kinks went unused. ``atoms`` and ``preorder_traversal`` walk a shared sub-tree again at
each of its occurrences: a network's gradient spent 2-3 % of ``verify all``'s workers there, and a member shared
to depth 40 never got an answer. They are now asked at the first row that singles out a point; the answers
where they are used are the same (the last two tests).
"""

from __future__ import annotations

import sympy as sp

from verifier import engine
from verifier.budget import soft_limit
from verifier.catalog import Claim, D, Variable
from verifier.domains import Real
from verifier.engine import _unexamined_point

x, y = sp.symbols("x y", real=True)
VARIABLES = (Variable("x", (x,), None, Real(), x), Variable("y", (y,), None, Real(), y))


def _shared(depth: int, leaf: sp.Expr) -> sp.Expr:
    t = leaf
    for _ in range(depth):
        t = (t + 1) * (t + 2)  # each level holds the one below twice: 2**depth occurrences of the leaf
    return t


def test_a_derivative_of_a_deeply_shared_member_with_no_cases_is_answered_at_once() -> None:
    deep = _shared(40, sp.exp(x) + y)
    with soft_limit(10, "unexamined point"):
        assert _unexamined_point(Claim((D(deep, x), deep), VARIABLES), 1) == ""
        assert _unexamined_point(Claim((deep * sp.Heaviside(x), deep), VARIABLES), 1) == ""


def test_the_kinks_are_not_worked_out_for_a_step_without_a_row_that_singles_out_a_point(monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(engine, "_convention_sets", lambda *a: asked.append(a) or [])
    cases = sp.Piecewise((x, x > 0), (0, True))  # cases, but no row is an equation
    assert _unexamined_point(Claim((D(sp.Abs(x**3 - x), x), cases), VARIABLES), 1) == ""
    assert _unexamined_point(Claim((D(x**2, x), 2 * x), VARIABLES), 1) == ""
    assert asked == []


def test_a_point_off_every_kink_is_still_singled_out() -> None:
    # d|x^3 - x|/dx written by cases with a row at x = 2, where |x^3 - x| is smooth: the numbers never meet it
    smooth = (3 * x**2 - 1) * sp.sign(x**3 - x)
    cases = sp.Piecewise((0, sp.Eq(x, 2)), (smooth, True))
    assert _unexamined_point(Claim((D(sp.Abs(x**3 - x), x), cases), VARIABLES), 1) == "x = 2"


def test_a_point_on_a_kink_is_still_a_convention() -> None:
    # the same with the row at x = 1, a kink of |x^3 - x|: the derivative's value there is a convention
    smooth = (3 * x**2 - 1) * sp.sign(x**3 - x)
    cases = sp.Piecewise((0, sp.Eq(x, 1)), (smooth, True))
    assert _unexamined_point(Claim((D(sp.Abs(x**3 - x), x), cases), VARIABLES), 1) == ""
    # and with no derivative, Heaviside or sign anywhere, an equation's point counts wherever it is
    assert _unexamined_point(Claim((sp.Piecewise((0, sp.Eq(x, 1)), (x**2, True)), x**2), VARIABLES), 1) == "x = 1"
