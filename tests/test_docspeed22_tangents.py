"""Forward-mode tangents on the numbered DAG (verifier.tangentgraph): the keyed version's balls, no SymPy hashing.

docspeed22: a derivative member asks for one forward pass per variable (the cross-entropy gradient at
K = 24: 24 passes per ball evaluation), and every pass looked each node up by its SymPy object in
three dicts. The graph numbers the nodes once per member; these tests hold it to the keyed version
(``balls.tangents``, which members with fewer variables keep): the same balls, bit for bit, and
:class:`NoTangent` for the same variables; and to what it is for: no SymPy ``__hash__`` inside a pass,
one graph per member, and none below ``numeric.TANGENT_GRAPH_FROM`` variables.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from flint import arb

from verifier import balls
from verifier.catalog import D
from verifier.numeric import NumericMember, Sample, TreeWalker, _symbol_dependence
from verifier.tangentgraph import TangentGraph


def _keyed_tangents(exprs, values, x, depends):  # the rules keyed by SymPy objects, as the corpus runs them
    return balls.tangents(exprs, values, x, depends)


x, y, z = sp.symbols("x y z", real=True)
w = sp.Symbol("w", positive=True)
s = [sp.Symbol(f"s_{i}", real=True) for i in range(5)]
q = [sp.Symbol(f"q_{i}", positive=True) for i in range(5)]
_total = sum(sp.exp(v) for v in s)
EXPRESSIONS = [
    # the cross-entropy after a softmax, as the catalog's builders write it
    [sum(-qi * sp.log(sp.exp(si) / _total) for qi, si in zip(q, s, strict=True))],
    [sp.exp(si) / _total for si in s],  # several roots sharing a sum
    [x * y * z + x**2 * y + x**3 + 1 / x + x**-3 + sp.sqrt(w) * x + w ** sp.Rational(3, 2)],
    [w**y * x, sp.log(w + x**2) * sp.exp(x * y), (x + y) ** 2 * (x - z)],
    [sp.tanh(y) * x**2 + x],  # a node without a rule that does not depend on x
    [sp.tanh(x) * y + x],  # one that does: no tangent by x, one by y
    [w**x + y],  # an exponent that depends on x
]


def _values(exprs, symbols, cols):
    walker = TreeWalker.build(exprs, symbols, balls.BallOps)
    assert walker is not None
    memo: dict[sp.Basic, object] = dict(zip(symbols, cols, strict=True))
    walker.evaluate(memo)
    return memo


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    a, b = np.asarray(a, dtype=object).ravel(), np.asarray(b, dtype=object).ravel()
    return len(a) == len(b) and all(u.mid().str(60) == v.mid().str(60) and u.rad().str(20) == v.rad().str(20)
                                    for u, v in zip(a, b, strict=True))  # fmt: skip


@pytest.mark.parametrize("exprs", EXPRESSIONS, ids=range(len(EXPRESSIONS)))
def test_every_tangent_is_the_keyed_versions_ball_and_no_tangent_is_raised_alike(exprs):
    symbols = sorted(set().union(*(e.free_symbols for e in exprs)), key=str)
    rng = np.random.default_rng(3)
    cols = []
    for v in symbols:
        col = np.empty(7, dtype=object)
        col[:] = [arb(float(u)) for u in (rng.uniform(0.2, 2.0, 7) if v.is_positive else rng.normal(size=7))]
        cols.append(col)
    with balls.precision(128):
        values = _values(exprs, symbols, cols)
        depends = _symbol_dependence(exprs)
        graph = TangentGraph(exprs, depends)
        bound = graph.bind(values)
        for v in [*symbols, sp.Symbol("elsewhere", real=True)]:
            try:
                want = _keyed_tangents(exprs, values, v, depends)
            except balls.NoTangent:
                with pytest.raises(balls.NoTangent):
                    graph.tangents(bound, v)
                continue
            got = graph.tangents(bound, v)
            assert all(_same(a, b) for a, b in zip(got, want, strict=True)), v


def test_a_node_the_dependence_map_does_not_know_is_no_guessed_zero():
    exprs = [x * y + sp.exp(x)]
    depends = _symbol_dependence(exprs)
    del depends[sp.exp(x)]
    with balls.precision(128):
        values = _values(exprs, [x, y], [arb(0.5), arb(1.5)])
        with pytest.raises(balls.NoTangent):
            TangentGraph(exprs, depends).tangents(TangentGraph(exprs, depends).bind(values), x)
        with pytest.raises(balls.NoTangent):
            _keyed_tangents(exprs, values, x, depends)


def test_a_pass_hashes_no_sympy_node_and_a_member_numbers_its_dag_once(monkeypatch):
    from verifier import numeric

    monkeypatch.setattr(numeric, "TANGENT_GRAPH_FROM", len(s))
    member = D(EXPRESSIONS[0][0], sp.Matrix(s))
    symbols = [*s, *q]
    rng = np.random.default_rng(5)
    sample = Sample(tuple(symbols), np.vstack([rng.normal(size=(5, 12)), rng.uniform(0.1, 1, size=(5, 12))]))
    m = NumericMember(member, symbols)
    built, hashed, passes = [], [0], [0]
    original_init, original_tangents = TangentGraph.__init__, TangentGraph.tangents
    original_hash = sp.Basic.__hash__

    def counting_hash(self):
        hashed[0] += 1
        return original_hash(self)

    def init(self, *a, **k):
        built.append(self)
        original_init(self, *a, **k)

    def tangents(self, vals, v):
        passes[0] += 1
        monkeypatch.setattr(sp.Basic, "__hash__", counting_hash)
        try:
            return original_tangents(self, vals, v)
        finally:
            monkeypatch.setattr(sp.Basic, "__hash__", original_hash)

    monkeypatch.setattr(TangentGraph, "__init__", init)
    monkeypatch.setattr(TangentGraph, "tangents", tangents)
    m.ball_values(sample, np.arange(6), 128)
    m.ball_values(sample, np.arange(12), 128)
    assert passes[0] == 2 * len(s) and len(built) == 1
    assert hashed[0] <= passes[0]  # the variable's own bit, nothing else


def test_a_member_with_few_variables_keeps_the_keyed_passes_and_the_same_balls(monkeypatch):
    from verifier import numeric

    member = D(EXPRESSIONS[0][0], sp.Matrix(s))
    symbols = [*s, *q]
    rng = np.random.default_rng(9)
    sample = Sample(tuple(symbols), np.vstack([rng.normal(size=(5, 9)), rng.uniform(0.1, 1, size=(5, 9))]))
    assert len(s) < numeric.TANGENT_GRAPH_FROM
    built = []
    original_init = TangentGraph.__init__

    def init(self, *a, **k):
        built.append(self)
        original_init(self, *a, **k)

    monkeypatch.setattr(TangentGraph, "__init__", init)
    keyed = NumericMember(member, symbols).ball_values(sample, np.arange(9), 128)
    assert built == []
    monkeypatch.setattr(numeric, "TANGENT_GRAPH_FROM", 1)
    numbered = NumericMember(member, symbols).ball_values(sample, np.arange(9), 128)
    assert len(built) == 1
    assert keyed is not None and numbered is not None and _same(keyed, numbered)


def test_a_samples_balls_are_its_doubles_exactly():
    """``Sample.ball_columns`` converts ``row.tolist()`` (Python floats) instead of each NumPy scalar:
    the same doubles, so the same balls, down to subnormals, -0.0 and the largest doubles."""
    row = np.array([0.1, -0.0, 5e-324, -2.2250738585072014e-308, 1.7976931348623157e308, -3.5, 1e-300, 123456789.125])
    sample = Sample((x,), row.reshape(1, -1))
    with balls.precision(128):
        (column,) = sample.ball_columns(np.arange(len(row)))
    for ball, v in zip(column, row, strict=True):
        assert ball.rad() == 0 and ball.mid().str(40) == arb(float(v)).mid().str(40)
        assert float(ball.mid()) == float(v)


class _Pair(sp.Basic):
    """A node whose two arguments are often the same object; counts how often its arguments are read."""

    reads = 0

    @property
    def args(self):
        _Pair.reads += 1
        return self._args


def _partial_by_traversal(member):  # engine._partial_cases as it was (v0.23.0): a tree walk
    from verifier.engine import _parts

    return any(isinstance(p, sp.Piecewise) and not any(c is sp.true for _, c in p.args)
               for part in _parts(member) for p in sp.preorder_traversal(part))  # fmt: skip


def test_cases_without_otherwise_are_found_walking_each_shared_node_once():
    from verifier.engine import _partial_cases

    gap = sp.Piecewise((x, x > 0))
    covered = sp.Piecewise((x, x > 0), (-x, True))
    members = [
        gap, covered, x + y, sp.exp(gap) * y, sp.Matrix([[x, covered], [y, 2 * gap]]), sp.Matrix([[x, covered]]),
        D(sp.log(1 + covered**2), x), D(sp.Matrix([x * y, gap]), sp.Matrix([x, y])),
        sp.Piecewise((covered, sp.And(x > 0, y > 0)), (0, True)),
        sp.Piecewise((1, sp.Eq(x, y) | (x > y))),
    ]
    for member in members:
        assert _partial_cases(member) is _partial_by_traversal(member), member
    node = sp.Symbol("leaf")
    for _ in range(12):
        node = _Pair(node, node)
    _Pair.reads = 0
    assert _partial_cases(node) is False
    assert _Pair.reads <= 12  # each distinct node once (a tree walk reads 2**12 - 1 of them)
