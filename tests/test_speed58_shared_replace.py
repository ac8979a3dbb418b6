"""speed58: the numeric stage's two rewrites look at each distinct sub-tree once.

Before a member is compiled for the numeric stage, ``numeric._compiled`` writes each ``1 - 1/(1 + e^u)`` as
``1/(1 + e^{-u})`` (``stablelogistic.stable``) and each DiracDelta as its value at a point
(``numeric._without_deltas``). Both asked SymPy's ``has`` and then ``replace``, which walk (and ``replace``
rebuilds) a sub-tree again at each of its occurrences, and the resolver's values share theirs (speed56,
speed57): on the corpus the two were ~3 % of the CPU of the documents they were measured on. A tree of 2**40
occurrences made of 41 distinct nodes is rewritten at once, and the results are SymPy's ``replace``'s,
node for node.
"""

from __future__ import annotations

import sympy as sp

from verifier.budget import soft_limit
from verifier.numeric import _without_deltas
from verifier.stablelogistic import stable
from verifier.walker import has_kinds, replace_shared

x, y = sp.symbols("x y", real=True)
g = sp.Function("g")
LOGISTIC = 1 - 1 / (1 + sp.exp(x))  # SymPy writes -1/(1 + e^x) + 1: the form stable rewrites


def _shared(depth: int, leaf: sp.Expr) -> sp.Expr:
    t = leaf
    for _ in range(depth):
        t = g(t, t)  # one new node, its argument written twice: 2**depth occurrences of the leaf
    return t


def test_a_deeply_shared_tree_is_rewritten_without_walking_every_occurrence() -> None:
    with soft_limit(10, "numeric rewrites"):
        assert stable(_shared(40, LOGISTIC + y)) == _shared(40, 1 / (1 + sp.exp(-x)) + y)
        assert stable(_shared(40, x + y)) == _shared(40, x + y)
        delta = _without_deltas(_shared(40, sp.DiracDelta(x) + y))
        assert delta == _shared(40, sp.Piecewise((sp.nan, sp.Eq(x, 0)), (0, True)) + y)
        assert has_kinds([_shared(40, x), _shared(40, sp.exp(y))], (sp.exp,))
        assert not has_kinds([_shared(40, x + y)], (sp.exp, sp.DiracDelta))


def _sympys_stable(e: sp.Basic) -> sp.Basic:
    from verifier.stablelogistic import _stable_add

    return e.replace(lambda n: isinstance(n, sp.Add), _stable_add) if e.has(sp.exp) else e


def test_the_rewrites_are_sympys_replace_node_for_node() -> None:
    trees = [LOGISTIC, LOGISTIC + y, sp.log(LOGISTIC) * x, sp.log(1 - 1 / (1 + sp.exp(LOGISTIC))), x + y,
             sp.exp(x) + 1, g(LOGISTIC, x) - 1, sp.Piecewise((LOGISTIC, x > 0), (y, True)), sp.Integer(3),
             sp.Sum(LOGISTIC * y, (y, 1, 3)), sp.Derivative(g(x) * LOGISTIC, x), sp.exp(x - y) ** 2 + 1]
    for t in trees:
        assert sp.srepr(stable(t)) == sp.srepr(_sympys_stable(t))
        with_delta = t + sp.DiracDelta(x - 1) * y + sp.DiracDelta(y, 1)
        expected = with_delta.replace(lambda n: isinstance(n, sp.DiracDelta),
                                      lambda n: sp.Piecewise((sp.nan, sp.Eq(n.args[0], 0)), (sp.S.Zero, True)))
        assert sp.srepr(_without_deltas(with_delta)) == sp.srepr(expected)
        for kinds in ((sp.exp,), (sp.DiracDelta,), (sp.Piecewise, sp.Sum)):
            assert has_kinds([t], kinds) is t.has(*kinds)
    assert stable(1.5) == 1.5 and _without_deltas(x) is x  # not a tree / nothing to rewrite: as given


def test_a_rewrite_that_makes_a_node_equal_to_an_earlier_one_stops_there_as_sympy_does() -> None:
    # simultaneous replacement: a node rebuilt into one of its own (changed) arguments is not rewritten again
    query, value = (lambda n: isinstance(n, sp.Symbol)), (lambda n: n + 1 if n == x else None)
    for t in [x + y, g(x, x) * x, sp.exp(x) + x]:
        assert sp.srepr(replace_shared(t, query, value)) == sp.srepr(t.replace(query, value))
