"""speed57: the fresh symbols of a derivative are found by looking at each distinct sub-tree once.

``symbolic.member_entries`` asks whether a derivative's entries hold a fresh symbol (``sp.Dummy``) its
function does not, and ``values.diff_value`` collects the fresh symbols of every function and variable it
differentiates, to key its memo. SymPy's ``atoms`` walks a sub-tree again at each of its occurrences, and
the resolver's values share theirs (a definition reached through several others, a layer's normaliser in
every entry): on the corpus those two walks were ~7 % of goubasarian's profile. A tree of 2**40 occurrences
made of 41 distinct nodes is answered at once, and the answers are SymPy's ``atoms``.
"""

from __future__ import annotations

import sympy as sp

from verifier.budget import soft_limit
from verifier.symbolic import _fresh_symbols
from verifier.walker import atoms_of

x, y = sp.symbols("x y", real=True)
d, e = sp.Dummy("d", real=True), sp.Dummy("e")
g = sp.Function("g")


def _shared(depth: int, leaf: sp.Expr) -> sp.Expr:
    t = leaf
    for _ in range(depth):
        t = g(t, t)  # one new node, its argument written twice: 2**depth occurrences of the leaf
    return t


def test_fresh_symbols_of_a_deeply_shared_tree_are_found_without_walking_every_occurrence() -> None:
    with soft_limit(10, "fresh symbols"):
        assert _fresh_symbols([_shared(40, x + d)], x) is True
        assert _fresh_symbols([_shared(40, x + d)], d * y) is False
        assert _fresh_symbols([_shared(40, x + y)], x) is False
        assert atoms_of([_shared(40, x * d), e], (sp.Dummy,)) == {d, e}


def test_the_atoms_are_sympys_for_trees_and_matrices() -> None:
    trees = [x * d + sp.exp(e), sp.Integer(3), g(x, sp.sin(d)), sp.ImmutableMatrix([[x, d], [sp.exp(e) + 1, 2]]),
             sp.ImmutableSparseMatrix(2, 2, {(0, 1): d + y}), sp.Derivative(g(d), d), sp.Sum(d * x, (x, 1, 3))]
    for t in trees:
        for types in ((sp.Dummy,), (sp.Symbol,), (sp.Function, sp.exp)):
            assert atoms_of([t], types) == t.atoms(*types)
    assert atoms_of([], (sp.Dummy,)) == set()
    assert atoms_of([x, 1.5, "x"], (sp.Symbol,)) == {x}  # what is no SymPy tree is passed over
