"""speed56: asking whether a step's sides are written by cases walks each distinct sub-tree once.

The lead's load-dependent false PASS closure (engine._beyond_samples, stop 55) asks ``has_piecewise`` of every
PASSED step's members; SymPy's ``has`` walks a sub-tree again at each of its occurrences, and a document's
members share theirs (the entries of a matrix product, a softmax's denominator). A tree of 2**40 occurrences
made of 41 distinct nodes is answered at once, and the answer is SymPy's ``has`` on every kind.
"""

from __future__ import annotations

import sympy as sp

from verifier.breakpoints import PIECEWISE_KINDS, has_piecewise
from verifier.budget import soft_limit

x, y = sp.symbols("x y", real=True)
g = sp.Function("g")


def _shared(depth: int, leaf: sp.Expr) -> sp.Expr:
    e = leaf
    for _ in range(depth):
        e = g(e, e)  # one new node, its argument written twice: 2**depth occurrences of the leaf
    return e


def test_a_deeply_shared_tree_is_answered_without_walking_every_occurrence() -> None:
    with soft_limit(10, "has_piecewise"):
        assert has_piecewise([_shared(40, x + y)]) is False
        assert has_piecewise([_shared(40, sp.Abs(x) + y)]) is True
        assert has_piecewise([x, _shared(40, sp.Max(x, y))]) is True


def test_the_answer_is_sympys_has_for_every_kind_and_none() -> None:
    cases = [sp.Piecewise((x, x > 0), (0, True)), sp.Heaviside(x), sp.Abs(x), sp.sign(x), sp.Max(x, y),
             sp.Min(x, 2)]
    for c in cases:
        for e in (c, sp.exp(c) * y + 1, g(x, sp.sin(c)), sp.Matrix([[x, c], [y, 1]]).as_immutable()):
            assert has_piecewise([e]) is e.has(*PIECEWISE_KINDS) is True
    for e in (x * y + sp.exp(x), g(x, y), sp.Integer(3), sp.Matrix([[x, y]]).as_immutable(), sp.Eq(x, y)):
        assert has_piecewise([e]) is e.has(*PIECEWISE_KINDS) is False
    assert has_piecewise([]) is False
    assert has_piecewise([1.5, "x", x + 1]) is False  # what is no SymPy tree is passed over, as before
