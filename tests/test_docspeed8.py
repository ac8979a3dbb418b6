"""Speed levers of docspeed8: each must give exactly what it replaces (the same numbers, the same trees)."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from verifier import domains
from verifier.documents import sharedreplace
from verifier.documents.values import rename, substitute


def _choice_version(rng: np.random.Generator, n: int, lo: float, hi: float) -> np.ndarray:
    mag = np.exp(rng.uniform(np.log(lo), np.log(hi), n))
    return mag * rng.choice([-1.0, 1.0], n)


@pytest.mark.parametrize("n", [1, 2, 7, 24, 240])
def test_signed_loguniform_draws_what_choice_drew(n: int) -> None:
    new, old = np.random.default_rng(11), np.random.default_rng(11)
    for lo, hi in [(1e-4, 1.0), (4.0, 60.0), (1e-10, 1e-2)]:
        assert np.array_equal(domains._signed_loguniform(new, n, lo, hi), _choice_version(old, n, lo, hi))
    assert new.bit_generator.state == old.bit_generator.state  # the next draws are the same too


def _dag(depth: int) -> tuple[sp.Expr, sp.Dummy]:
    """A tree whose sub-trees repeat: 2**depth occurrences, about 3*depth distinct objects."""
    d = sp.Dummy("u", real=True)
    x = sp.Symbol("x", real=True)
    e: sp.Expr = sp.exp(d * x) + 1
    for _ in range(depth):
        e = e * sp.sin(e) + sp.log(e**2 + 1)
    return e, d


def test_shared_xreplace_gives_sympys_tree() -> None:
    e, d = _dag(3)
    x, y = sp.symbols("x y", real=True)
    half = sp.Mul(d, 2, evaluate=False)  # an unevaluated node is rebuilt only where something below moved
    cases = [e, sp.Add(half, half, x, evaluate=False), sp.Integral(d * x, (x, 0, 1)) + sp.Float(2.0) * d]
    for tree in cases:
        for rule in ({d: sp.Dummy("v", real=True)}, {d: x + 1}, {x: y}, {}, {d: d}, {sp.exp(d * x): y}):
            assert sp.srepr(sharedreplace.xreplace(tree, rule)) == sp.srepr(tree.xreplace(rule))
    m = sp.ImmutableMatrix([[e, 0], [sp.sin(d), d]])
    assert sharedreplace.xreplace(m, {d: y}) == m.xreplace({d: y})


def test_shared_xreplace_rebuilds_a_repeated_subtree_once(monkeypatch: pytest.MonkeyPatch) -> None:
    d = sp.Dummy("u", real=True)
    e: sp.Basic = sp.sin(d) + 1
    for _ in range(12):  # 4096 occurrences of sin(u) + 1 (SymPy's walk visits every one), 14 objects
        e = sp.Tuple(e, e)
    calls = 0
    walk = sharedreplace._walk

    def counted(*args: object) -> object:
        nonlocal calls
        calls += 1
        return walk(*args)

    monkeypatch.setattr(sharedreplace, "_walk", counted)
    v = sp.Dummy("v", real=True)
    out = sharedreplace.xreplace(e, {d: v})
    assert out.has(v) and not out.has(d)
    assert calls <= 2 * 12 + 5  # each distinct object walked once, each repeat a hit


def test_rename_and_substitute_keep_their_results() -> None:
    e, d = _dag(3)
    c = sp.Dummy("c", real=True)
    assert sp.srepr(rename(e, {d: c})) == sp.srepr(e.xreplace({d: c}).xreplace({}))
    assert sp.srepr(substitute(e, {d: sp.Integer(2)})) == sp.srepr(e.xreplace({d: sp.Integer(2)}))


def test_trig_postorder_meets_sines_in_the_traversals_order() -> None:
    e, _ = _dag(3)
    first: list[sp.Basic] = []
    for node in sp.postorder_traversal(e):
        if isinstance(node, sp.sin | sp.cos) and node not in first:
            first.append(node)
    mine: list[sp.Basic] = []
    for node in sharedreplace.trig_postorder(e):
        if node not in mine:
            mine.append(node)
    assert mine == first and len(first) == 3
