"""cold58: the numeric stage's rewrites look at each distinct sub-tree of a member once.

Before a member is evaluated, ``numeric._compiled`` writes ``1 - sigma(u)`` as ``sigma(-u)``
(``stablelogistic.stable``) and gives a DiracDelta its value at a point (``numeric._without_deltas``); each
walked the member with SymPy's ``has`` and ``replace``, which visit a sub-tree again at each of its
occurrences, so a member whose entries share their sub-trees (a softmax's denominator in every entry, a
network's layers) was walked once per occurrence, and a tree shared to depth 40 was never done. With nothing
to rewrite (the usual case) the rewrites now answer from the distinct nodes and hand back the very member;
with something to rewrite they do what they did. ``engine._unexamined_point`` asks its question of the
distinct nodes too.
"""

from __future__ import annotations

import sympy as sp

from verifier.budget import soft_limit
from verifier.catalog import Claim, Variable
from verifier.domains import Real
from verifier.engine import _unexamined_point
from verifier.numeric import NumericMember, _compiled, _without_deltas
from verifier.stablelogistic import stable

x, y = sp.symbols("x y", real=True)


def _shared(depth: int, leaf: sp.Expr) -> sp.Expr:
    t = leaf
    for _ in range(depth):
        t = (t + 1) * (t + 2)  # each level holds the one below twice: 2**depth occurrences of the leaf
    return t


def _sigma(u: sp.Expr) -> sp.Expr:
    return 1 / (1 + sp.exp(-u))


def test_a_deeply_shared_member_is_compiled_without_walking_every_occurrence() -> None:
    deep = _shared(40, sp.exp(x) + y)
    with soft_limit(10, "rewrites"):
        assert stable(deep) is deep
        assert _without_deltas(deep) is deep
        assert _compiled([deep], (x, y)).exprs == [deep]
        member = NumericMember(deep, (x, y))
    assert member.exprs == [deep]


def test_the_unexamined_point_of_a_deeply_shared_member_is_found_without_walking_every_occurrence() -> None:
    deep = _shared(40, sp.exp(x) + y)
    cases = sp.Piecewise((1, sp.Eq(x, 0)), (deep, True))
    variables = (Variable("x", (x,), None, Real(), x), Variable("y", (y,), None, Real(), y))
    with soft_limit(10, "unexamined point"):
        assert _unexamined_point(Claim((deep, deep), variables), 1) == ""
        assert _unexamined_point(Claim((cases, deep), variables), 1) == "x = 0"


def test_what_is_rewritten_is_rewritten_as_before() -> None:
    trees = [
        1 - _sigma(x),  # the logistic's complement
        sp.log(1 - _sigma(x * y)) + sp.exp(x),
        2 - _sigma(x) + y,  # the complement with further terms
        sp.exp(x) + 1,  # an exponential, no logistic
        x * y + 1,  # no exponential
        sp.DiracDelta(x) + sp.exp(1 - _sigma(y)),
        sp.DiracDelta(x - 1, 1) * y,
        sp.Integer(3),
    ]
    for t in trees:
        was = t.replace(lambda n: isinstance(n, sp.Add), _stable_add_reference) if t.has(sp.exp) else t
        assert stable(t) == was
        nodelta = _without_deltas(t)
        assert nodelta == (t.replace(lambda n: isinstance(n, sp.DiracDelta),
                                     lambda n: sp.Piecewise((sp.nan, sp.Eq(n.args[0], 0)), (sp.S.Zero, True)))
                           if t.has(sp.DiracDelta) else t)
    assert stable(1 - _sigma(x)) == _sigma(-x)
    assert stable(1.5) == 1.5  # what is no SymPy tree is passed over


def _stable_add_reference(node: sp.Add) -> sp.Expr:
    from verifier.stablelogistic import _stable_add

    return _stable_add(node)
